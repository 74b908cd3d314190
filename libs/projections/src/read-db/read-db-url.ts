/** Where the read models live (`MEMBERFLOW_READ_DB`, architecture.md §9). */
export type ReadDbLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema: string };

export class ReadDbUrlError extends Error {
  constructor(url: string, reason: string) {
    super(`read database URL ${JSON.stringify(url.replace(/:[^:/@]*@/, ':***@'))}: ${reason}`);
    this.name = 'ReadDbUrlError';
  }
}

const FORMS =
  'expected sqlite:<path> (or a bare path) or postgres://user@host:port/database[?schema=name]';
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads a read-database URL: `sqlite:./data/read.db`, a bare path, or `postgres://…`; a PostgreSQL URL
 * may name the schema the read models live in (`?schema=`, default `memberflow_read`), so that one
 * database can hold the event store and the read models side by side.
 */
export function parseReadDbUrl(url: string): ReadDbLocation {
  const trimmed = url.trim();
  if (trimmed === '') throw new ReadDbUrlError(url, `empty; ${FORMS}`);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'sqlite', file: trimmed };
  if (scheme === 'sqlite') {
    const rest = trimmed.slice('sqlite:'.length);
    const file = rest.startsWith('//') ? rest.slice(2) : rest;
    if (file === '') throw new ReadDbUrlError(url, `no file path; ${FORMS}`);
    return { kind: 'sqlite', file };
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!URL.canParse(trimmed)) throw new ReadDbUrlError(url, `not a URL; ${FORMS}`);
    const parsed = new URL(trimmed);
    const schema = parsed.searchParams.get('schema') ?? 'memberflow_read';
    if (!SCHEMA_NAME.test(schema)) {
      throw new ReadDbUrlError(url, `schema "${schema}" must be lower-case letters, digits and _`);
    }
    parsed.searchParams.delete('schema');
    return { kind: 'postgres', url: parsed.toString(), schema };
  }
  throw new ReadDbUrlError(url, `unknown scheme "${scheme}:"; ${FORMS}`);
}
