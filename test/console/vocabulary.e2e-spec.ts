import { formatDate, formatNumber, formatPercent } from '../../apps/console/src/i18n/format';
import { LABELS } from '../../apps/console/src/i18n/labels';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * What the console names comes from one place (issue 19): its own labels in labels.ts, everything
 * the domain names from the OpenAPI document. Every field of every form the console generates has a
 * label in both languages, every value of every enum in them a label from the api.
 */

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  items?: Schema;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  'x-label'?: { vi: string; en: string };
  'x-labels'?: Record<string, { vi: string; en: string }>;
}

describe('the console’s labels', () => {
  let server: TestServer;
  let document: {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
    components: { schemas: Record<string, Schema> };
  };
  beforeAll(async () => {
    server = await startTestServer();
    document = (await server.request('GET', '/api/docs-json')).body;
  });
  afterAll(() => server.close());

  const resolve = (schema: Schema): Schema => {
    if (schema.$ref)
      return resolve(document.components.schemas[schema.$ref.split('/').pop() as string]);
    if (schema.allOf?.length === 1 && !schema.properties) return resolve(schema.allOf[0]);
    return schema;
  };

  /** The forms the console generates: every member action's body, sourcing a candidate included. */
  const formSchemas = () =>
    Object.entries(document.paths)
      .filter(
        ([path]) =>
          path === '/api/members' || /^\/api\/members\/\{id\}\/actions\/[a-z-]+$/.test(path),
      )
      .map(([path, item]) => {
        const body = item.post?.requestBody as { content: Record<string, { schema: Schema }> };
        return [path, resolve(body.content['application/json'].schema)] as const;
      });

  it('has a label in both languages for every field of every generated form', () => {
    const missing: string[] = [];
    const visit = (where: string, schema: Schema) => {
      for (const [name, raw] of Object.entries(resolve(schema).properties ?? {})) {
        const property = resolve(raw);
        const label = raw['x-label'] ?? property['x-label'];
        if (!label?.vi || !label?.en) missing.push(`${where}.${name}`);
        const nested = property.items ? resolve(property.items) : property;
        if (nested.properties) visit(`${where}.${name}`, nested);
        const values = (nested.enum ?? []).filter((value) => typeof value === 'string');
        const labels = nested['x-labels'] ?? {};
        for (const value of values as string[]) {
          if (!labels[value]?.vi)
            missing.push(`${where}.${name} = ${value} (no x-labels from the api)`);
        }
      }
    };
    const forms = formSchemas();
    expect(forms.length).toBeGreaterThan(25);
    for (const [path, schema] of forms) visit(path, schema);
    expect(missing).toEqual([]);
  });

  it('names stages, actions and unit kinds from the api', () => {
    const view = document.components.schemas.MemberView;
    const stages = resolve(view.properties?.stage as Schema);
    expect(Object.keys(stages['x-labels'] ?? {})).toEqual(stages.enum);
    const actions = resolve(view.properties?.availableActions?.items as Schema);
    expect(Object.keys(actions['x-labels'] ?? {})).toEqual(actions.enum);
    const kinds = resolve(document.components.schemas.OrgView.properties?.kind as Schema);
    expect(Object.keys(kinds['x-labels'] ?? {})).toEqual(kinds.enum);
  });

  it('writes every label in both languages, and no label twice', () => {
    const all = Object.values(LABELS);
    expect(all.filter((label) => !label.vi.trim() || !label.en.trim())).toEqual([]);
    const keys = Object.entries(LABELS).map(
      ([key, label]) => `${label.vi}|${label.en}|${key.split('.')[0]}`,
    );
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});

describe('the console’s formats', () => {
  it('writes dates, numbers and percentages the Vietnamese way, and the English way', () => {
    expect(formatDate('2022-03-14', 'vi')).toBe('14/03/2022');
    expect(formatNumber(30044, 'vi')).toBe('30.044');
    expect(formatPercent(71.76, 'vi')).toBe('71,76%');
    expect(formatNumber(1234567.5, 'vi', 1)).toBe('1.234.567,5');
    expect(formatDate('2022-03-14', 'en')).toBe('14 Mar 2022');
    expect(formatNumber(30044, 'en')).toBe('30,044');
    expect(formatPercent(71.76, 'en')).toBe('71.76%');
    expect(formatPercent(102, 'vi')).toBe('102%');
  });
});
