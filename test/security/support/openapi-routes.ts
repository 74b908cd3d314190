/** One operation of the OpenAPI document: what a client can call. */
export interface DocumentedRoute {
  readonly method: string;
  /** As the document writes it, with `{param}` placeholders. */
  readonly path: string;
  /** `METHOD /path`: the key of the route-by-role matrix. */
  readonly key: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly headerParams: readonly string[];
  readonly hasBody: boolean;
  /** No bearer requirement in the document (health, docs). */
  readonly documentedPublic: boolean;
}

interface Parameter {
  readonly name: string;
  readonly in: string;
}

interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: unknown;
  readonly security?: readonly unknown[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/** Every operation of the document served at `/api/docs-json`, in document order. */
export async function documentedRoutes(baseUrl: string): Promise<DocumentedRoute[]> {
  const response = await fetch(`${baseUrl}/api/docs-json`);
  if (!response.ok) throw new Error(`/api/docs-json answered ${response.status}`);
  const document = (await response.json()) as {
    paths: Record<string, Partial<Record<string, Operation>>>;
  };
  const routes: DocumentedRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = operations[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      const named = (where: string) => parameters.filter((p) => p.in === where).map((p) => p.name);
      routes.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]),
        queryParams: named('query'),
        headerParams: named('header'),
        hasBody:
          operation.requestBody !== undefined ||
          ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()),
        documentedPublic: (operation.security ?? []).length === 0,
      });
    }
  }
  return routes;
}

/** The path with each `{param}` replaced (values are URL-encoded). */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeSegment(value);
  });
}

/** encodeURIComponent, except that text it cannot encode (a lone surrogate) goes as its UTF-8 bytes. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')]
      .map((byte) => `%${byte.toString(16).padStart(2, '0')}`)
      .join('');
  }
}
