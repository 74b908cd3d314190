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
 * Writes rows with multi-row upserts, a few hundred rows per statement (fewer round trips; far below
 * both databases' limits on bound parameters). Rows are taken from the iterable one statement's worth
 * at a time, so a large flush never holds all its parameters at once.
 */
export async function writeRows(
  tx: Sql,
  write: TableWrite,
  rows: Iterable<readonly SqlValue[]>,
): Promise<void> {
  const width = write.columns.length;
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / width)));
  const tuple = `(${new Array<string>(width).fill('?').join(', ')})`;
  const head = `INSERT INTO ${write.table} (${write.columns.join(', ')}) VALUES `;
  const tail = ` ${conflictClause(write)}`;
  const statement = (rows: number): string =>
    head + new Array<string>(rows).fill(tuple).join(', ') + tail;
  // Built once: the same text for every full statement (the driver keeps it prepared by its text).
  let full: string | undefined;
  let params: SqlValue[] = [];
  let count = 0;
  const send = async (): Promise<void> => {
    if (count === 0) return;
    await tx.query(count === perStatement ? (full ??= statement(count)) : statement(count), params);
    params = [];
    count = 0;
  };
  for (const row of rows) {
    if (row.length !== width) throw new RangeError(`${write.table}: row of ${row.length} values`);
    for (const value of row) params.push(value);
    count += 1;
    if (count === perStatement) await send();
  }
  await send();
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
