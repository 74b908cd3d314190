import { createHash } from 'node:crypto';
import type { Pool, QueryConfig, QueryResultRow } from 'pg';

/**
 * Names for a store's statements, so that each connection parses and plans each of them once
 * (prepared statements) instead of on every call. Only single statements with parameters qualify.
 */
export function statementNames(texts: Iterable<string>): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const text of texts) {
    if (text.includes(';')) continue;
    names.set(text, `mf_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`);
  }
  return names;
}

/** The query as the driver takes it: prepared when the statement has a name. */
export function statement(
  text: string,
  values: unknown[] | undefined,
  names: ReadonlyMap<string, string> | undefined,
): QueryConfig {
  const name = names?.get(text);
  return name === undefined ? { text, values } : { name, text, values };
}

/** Runs one statement of a transaction and returns its rows. */
export type Query = <R extends QueryResultRow>(text: string, values?: unknown[]) => Promise<R[]>;

/**
 * Runs `work` in a READ COMMITTED transaction on a connection of its own: commits what it did, or rolls
 * back and rethrows what it threw. READ COMMITTED on purpose: each statement sees what committed before it
 * started, which the append relies on after waiting for its lock.
 *
 * Failures of the driver or server (connecting, any statement, COMMIT) go through `driverError`; what
 * `work` throws itself (a revision conflict, say) passes through as it is.
 */
export async function withTransaction<T>(
  pool: Pool,
  driverError: (error: unknown) => Error,
  work: (query: Query) => Promise<T>,
  /**
   * The statements that open the transaction, sent in one round trip (simple query protocol, so no
   * parameters): `BEGIN ISOLATION LEVEL READ COMMITTED` followed by what the transaction does first.
   */
  begin = 'BEGIN ISOLATION LEVEL READ COMMITTED',
  /** Statements to run prepared (see {@link statementNames}). */
  names?: ReadonlyMap<string, string>,
): Promise<T> {
  const client = await pool.connect().catch((error: unknown) => {
    throw driverError(error);
  });
  // A checked-out client has no error listener (the pool removes its own): a cut connection would
  // emit an unhandled 'error' and end the process. The failure reaches the statement in flight anyway.
  let connectionLost: Error | undefined;
  const onError = (error: Error) => (connectionLost ??= error);
  client.on('error', onError);
  const query: Query = async (text, values) => {
    try {
      return (await client.query(statement(text, values, names))).rows;
    } catch (error) {
      throw driverError(error);
    }
  };
  let broken: Error | undefined;
  try {
    await query(begin);
    const result = await work(query);
    await query('COMMIT');
    return result;
  } catch (error) {
    // When the connection itself failed, ROLLBACK fails too: report the first error, drop the connection.
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(broken ?? connectionLost);
  }
}
