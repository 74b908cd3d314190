import type { TestServer } from '../support/test-app';
import { documentedRoutes, fillPath, type DocumentedRoute } from './support/openapi-routes';
import { sampleBodyFor } from './support/sample-bodies';
import { startWithTwoProvinces, type TwoProvinces } from './support/two-provinces';

/**
 * Every field of every documented request body, given a value of the wrong shape (`null`, an array
 * where an object or a scalar belongs, an object where a scalar belongs), is a 400 naming that field,
 * never a 5xx, and writes nothing (issue 17 §3: `"religion": null` and `{"members": [[]]}` were 500s).
 * Systematic, where the fuzzer samples: the fields come from the OpenAPI document, optional ones too.
 */

interface Schema {
  readonly $ref?: string;
  readonly allOf?: readonly Schema[];
  readonly type?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
}

interface Document {
  readonly paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>
  >;
  readonly components: { readonly schemas: Record<string, Schema> };
}

/** A field of a body: its path (array items at index 0) and whether it holds an object or an array. */
interface Field {
  readonly path: readonly (string | number)[];
  readonly shape: 'object' | 'array' | 'scalar';
}

function resolve(schema: Schema, document: Document): Schema {
  if (schema.$ref)
    return resolve(document.components.schemas[schema.$ref.split('/').pop()!], document);
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolve(part, document));
    return parts.reduce<Schema>(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...merged.properties, ...part.properties },
      }),
      {},
    );
  }
  return schema;
}

function fieldsOf(schema: Schema, document: Document, prefix: (string | number)[] = []): Field[] {
  const resolved = resolve(schema, document);
  if (resolved.type === 'array' && resolved.items) {
    const items = resolve(resolved.items, document);
    const item: Field[] = items.properties
      ? [{ path: [...prefix, 0], shape: 'object' }, ...fieldsOf(items, document, [...prefix, 0])]
      : [];
    return [{ path: prefix, shape: 'array' }, ...item];
  }
  if (resolved.properties) {
    const own: Field[] = prefix.length > 0 ? [{ path: prefix, shape: 'object' }] : [];
    return [
      ...own,
      ...Object.entries(resolved.properties).flatMap(([name, property]) => {
        const child = fieldsOf(property, document, [...prefix, name]);
        return child.length > 0 ? child : [{ path: [...prefix, name], shape: 'scalar' as const }];
      }),
    ];
  }
  return prefix.length > 0 ? [{ path: prefix, shape: 'scalar' }] : [];
}

/** Values of a shape the field does not have. */
function wrongShapes(field: Field): unknown[] {
  const wrong: unknown[] = [null, [[]]];
  if (field.shape !== 'array') wrong.push([]);
  if (field.shape === 'scalar') wrong.push({});
  return wrong;
}

/** The body with the value at the path replaced, intermediate objects and arrays made as needed. */
function withValue(body: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body ?? {}) as Record<string | number, unknown>;
  let node = copy;
  for (const [index, key] of path.slice(0, -1).entries()) {
    const next = path[index + 1];
    const existing = node[key];
    if (existing === null || typeof existing !== 'object')
      node[key] = typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = value;
  return copy;
}

describe('bodies of the wrong shape, field by field', () => {
  let server: TestServer;
  let fx: TwoProvinces;
  let routes: DocumentedRoute[];
  let document: Document;

  beforeAll(async () => {
    ({ server, fx } = await startWithTwoProvinces());
    routes = await documentedRoutes(server.url);
    document = (await server.request('GET', '/api/docs-json')).body;
  }, 60_000);
  afterAll(() => server.close());

  it('answers each with a 400 naming the field, and writes nothing', async () => {
    const admin = server.token('admin', '*', 'shapes-admin');
    const head = (await server.request('GET', '/health')).body.store.headPosition;
    const params: Record<string, string> = {
      id: fx.a.candidateId,
      year: '2026',
    };
    const wrong: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const schema =
        document.paths[route.path]?.[route.method.toLowerCase()]?.requestBody?.content[
          'application/json'
        ]?.schema;
      // The generic action routes take any action's body; each action's own path is checked instead.
      if (!schema || route.pathParams.includes('action')) continue;
      const sample = sampleBodyFor(route, fx.a, fx.freshPerson);
      const unitRoute = route.path.startsWith('/api/orgs/');
      // Bodies are validated before anything is looked up: any other parameter may name nothing.
      const named = Object.fromEntries(route.pathParams.map((name) => [name, 'shape-test']));
      const path = fillPath(route.path, {
        ...named,
        ...params,
        ...(unitRoute ? { id: fx.a.communeId } : {}),
      });
      for (const field of fieldsOf(schema, document)) {
        for (const value of wrongShapes(field)) {
          const response = await server.request(route.method, path, {
            token: admin,
            body: withValue(sample, field.path, value),
          });
          sent += 1;
          const name = field.path.join('.');
          // An array's item may be named by the array (`members`: each value must be an object).
          const item = typeof field.path[field.path.length - 1] === 'number';
          const names = item ? [name, field.path.slice(0, -1).join('.')] : [name];
          const named = (response.body?.errors ?? []).some((error: { field: string }) =>
            names.some((each) => error.field === each || error.field.startsWith(`${each}.`)),
          );
          if (response.status !== 400 || !named) {
            wrong.push(
              `${route.key} ${name}=${JSON.stringify(value)}: ${response.status} ${response.text.slice(0, 160)}`,
            );
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
    expect((await server.request('GET', '/health')).body.store.headPosition).toBe(head);
  }, 120_000);
});
