import type { Pool, QueryResultRow } from 'pg';

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
): Promise<T> {
  const client = await pool.connect().catch((error: unknown) => {
    throw driverError(error);
  });
  const query: Query = async (text, values) => {
    try {
      return (await client.query(text, values)).rows;
    } catch (error) {
      throw driverError(error);
    }
  };
  let broken: Error | undefined;
  try {
    await query('BEGIN ISOLATION LEVEL READ COMMITTED');
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
    client.release(broken);
  }
}
