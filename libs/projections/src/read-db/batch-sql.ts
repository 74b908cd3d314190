import type { Sql, SqlRow, SqlValue } from './read-db';

/** Rows per statement: few round trips, and well under both databases' limits on bound parameters. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 500;

/** How an insert treats a row whose key exists: overwrite it, add to its counters, or keep it. */
export type OnConflict = 'replace' | 'add' | 'ignore';

export interface TableWrite {
  readonly table: string;
  readonly columns: readonly string[];
  /** The primary key (a prefix of `columns` is not required). */
  readonly key: readonly string[];
  readonly onConflict: OnConflict;
}

function conflictClause({ table, columns, key, onConflict }: TableWrite): string {
  if (onConflict === 'ignore') return `ON CONFLICT (${key.join(', ')}) DO NOTHING`;
  const values = columns.filter((column) => !key.includes(column));
  if (values.length === 0) return `ON CONFLICT (${key.join(', ')}) DO NOTHING`;
  const set = values
    .map((column) =>
      onConflict === 'add'
        ? `${column} = ${table}.${column} + excluded.${column}`
        : `${column} = excluded.${column}`,
    )
    .join(', ');
  return `ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set}`;
}

/**
 * Writes rows with multi-row upserts: on SQLite a few hundred rows per statement (fewer round trips;
 * far below its limit on bound parameters), on PostgreSQL thousands as one JSON parameter. Rows are
 * taken from the iterable one statement's worth at a time, so a large flush never holds all its
 * parameters at once.
 */
export async function writeRows(
  tx: Sql,
  write: TableWrite,
  rows: Iterable<readonly SqlValue[]>,
): Promise<void> {
  if (tx.dialect === 'postgres') return writeJsonRows(tx, write, rows);
  const width = write.columns.length;
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / width)));
  const tuple = `(${new Array<string>(width).fill('?').join(', ')})`;
  const head = `INSERT INTO ${write.table} (${write.columns.join(', ')}) VALUES `;
  const tail = ` ${conflictClause(write)}`;
  const statement = (rows: number): string =>
    head + new Array<string>(rows).fill(tuple).join(', ') + tail;
  // Built once: the same text for every full statement (the driver keeps it prepared by its text).
  let full: string | undefined;
  for (const chunk of chunksOf(write, rows, perStatement)) {
    const sql =
      chunk.length === perStatement ? (full ??= statement(perStatement)) : statement(chunk.length);
    await tx.query(sql, chunk.flat());
  }
}

/** The rows `perStatement` at a time, each checked to have a value for every column. */
function* chunksOf(
  write: TableWrite,
  rows: Iterable<readonly SqlValue[]>,
  perStatement: number,
): Generator<(readonly SqlValue[])[]> {
  let chunk: (readonly SqlValue[])[] = [];
  for (const row of rows) {
    if (row.length !== write.columns.length) {
      throw new RangeError(`${write.table}: row of ${row.length} values`);
    }
    chunk.push(row);
    if (chunk.length === perStatement) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Rows per statement on PostgreSQL, where a statement's rows are one JSON document. */
const JSON_ROWS = 1_000;

/**
 * PostgreSQL: the rows as one JSON array of arrays per statement, each value cast by the server to
 * its column's type. Binding every value as a parameter cost the client more than the server's whole
 * insert: a rebuild's profile had ~20 % of it in the driver's parameter encoding and in numbering the
 * placeholders of 30,000-parameter statements.
 */
async function writeJsonRows(
  tx: Sql,
  write: TableWrite,
  rows: Iterable<readonly SqlValue[]>,
): Promise<void> {
  let sql: string | undefined;
  for (const chunk of chunksOf(write, rows, JSON_ROWS)) {
    sql ??= await jsonInsert(tx, write);
    await tx.query(sql, [JSON.stringify(chunk.map(withoutBigints))]);
  }
}

/**
 * Column types by table, looked up once per process: a read model's table is named after its
 * projection's version and generation (generation-catalog.ts), so its columns never change under its
 * name, and a flush (on a live read model, one per batch) must not ask the catalog again.
 */
const columnTypes = new Map<string, ReadonlyMap<string, string>>();

async function typesOf(tx: Sql, table: string): Promise<ReadonlyMap<string, string>> {
  let types = columnTypes.get(table);
  if (types === undefined) {
    const rows = await tx.query<{ name: string; type: string }>(
      `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
       WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped`,
      [table],
    );
    types = new Map(rows.map(({ name, type }) => [name, type]));
    columnTypes.set(table, types);
  }
  return types;
}

/** The insert of a JSON array of rows into `write.table`, with the types of its columns. */
async function jsonInsert(tx: Sql, write: TableWrite): Promise<string> {
  const { table, columns } = write;
  const types = await typesOf(tx, table);
  const values = columns.map((column, index) => {
    const type = types.get(column);
    if (type === undefined) throw new RangeError(`${table} has no column ${column}`);
    return `(element->>${index})::${type}`;
  });
  return (
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} ` +
    `FROM jsonb_array_elements(?::jsonb) AS element ${conflictClause(write)}`
  );
}

/** The row as JSON can hold it: a bigint as its decimal text (which the cast reads back). */
function withoutBigints(row: readonly SqlValue[]): readonly SqlValue[] {
  for (const value of row) {
    if (typeof value === 'bigint') {
      return row.map((each) => (typeof each === 'bigint' ? each.toString() : each));
    }
  }
  return row;
}

/**
 * Runs `sql` (with one `(?)` standing for the list) for `values`, e.g. `SELECT … WHERE id IN (?)`, and
 * returns every row: on SQLite once per slice of a few hundred values, on PostgreSQL once with the
 * values as an array (`= ANY`).
 */
export async function queryIn<Row extends object = SqlRow>(
  tx: Sql,
  sql: string,
  values: readonly string[],
  before: readonly SqlValue[] = [],
): Promise<Row[]> {
  if (values.length === 0) return [];
  if (tx.dialect === 'postgres') {
    return tx.query<Row>(sql.replace(' IN (?)', ' = ANY(?::text[])'), [...before, values]);
  }
  const rows: Row[] = [];
  for (let start = 0; start < values.length; start += MAX_ROWS) {
    const slice = values.slice(start, start + MAX_ROWS);
    const list = `(${new Array<string>(slice.length).fill('?').join(', ')})`;
    rows.push(...(await tx.query<Row>(sql.replace('(?)', list), [...before, ...slice])));
  }
  return rows;
}

/** A number column as a number whichever driver read it (PostgreSQL returns BIGINT and sums as text). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  if (value === null || value === undefined) return 0;
  throw new TypeError(`not a number: ${String(value)}`);
}

export function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** Rows made one at a time as {@link writeRows} takes them (no array of every row). */
export function* rowsOf<Item>(
  items: Iterable<Item>,
  toRows: (item: Item) => Iterable<readonly SqlValue[]>,
): Generator<readonly SqlValue[]> {
  for (const item of items) yield* toRows(item);
}
