/**
 * Someone with write access to the database, outside the API: edits, deletes and reorders stored rows
 * with plain SQL, in the SQLite file or in PostgreSQL.
 */
import Database from 'better-sqlite3';
import { Client } from 'pg';

export interface Tamper {
  /** Rewrites an event's data in place (its stored hash is left as it was). */
  editData(eventId: string, data: unknown): Promise<void>;
  /** Rewrites one metadata field in place (e.g. the actor). */
  editMetadata(eventId: string, metadata: unknown): Promise<void>;
  deleteEvent(eventId: string): Promise<void>;
  /** Swaps the revision numbers of two events of a stream: the stream reads them in the other order. */
  swapRevisions(streamId: string, a: number, b: number): Promise<void>;
  /** Swaps the global positions of two events: the log reads them in the other order. */
  swapPositions(eventIdA: string, eventIdB: string): Promise<void>;
  close(): Promise<void>;
}

/** Runs one statement and answers how many rows it changed. */
type Execute = (sql: string, params: unknown[]) => Promise<number>;

/** The same statements for both engines, with `$n` placeholders rewritten for SQLite. */
function tamperWith(execute: Execute, events: string, close: () => Promise<void>): Tamper {
  /** Every statement must hit exactly one row, or the test would prove nothing. */
  const run = async (sql: string, params: unknown[]): Promise<void> => {
    const changed = await execute(sql, params);
    if (changed !== 1) throw new Error(`tampering changed ${changed} rows, not 1: ${sql}`);
  };
  return {
    editData: (eventId, data) =>
      run(`UPDATE ${events} SET data = $1 WHERE event_id = $2`, [JSON.stringify(data), eventId]),
    editMetadata: (eventId, metadata) =>
      run(`UPDATE ${events} SET metadata = $1 WHERE event_id = $2`, [
        JSON.stringify(metadata),
        eventId,
      ]),
    deleteEvent: (eventId) => run(`DELETE FROM ${events} WHERE event_id = $1`, [eventId]),
    swapRevisions: async (streamId, a, b) => {
      // UNIQUE (stream_id, revision) holds after each statement: go through a free revision.
      await run(`UPDATE ${events} SET revision = -1 WHERE stream_id = $1 AND revision = $2`, [
        streamId,
        a,
      ]);
      await run(`UPDATE ${events} SET revision = $1 WHERE stream_id = $2 AND revision = $3`, [
        a,
        streamId,
        b,
      ]);
      await run(`UPDATE ${events} SET revision = $1 WHERE stream_id = $2 AND revision = -1`, [
        b,
        streamId,
      ]);
    },
    swapPositions: async (eventIdA, eventIdB) => {
      // Each statement moves one row and reads the other: A := -(a+b), B := a, A := b.
      const of = (id: string) => `(SELECT position FROM ${events} WHERE event_id = ${id})`;
      await run(`UPDATE ${events} SET position = -(position + ${of('$2')}) WHERE event_id = $1`, [
        eventIdA,
        eventIdB,
      ]);
      await run(`UPDATE ${events} SET position = -${of('$2')} - position WHERE event_id = $1`, [
        eventIdB,
        eventIdA,
      ]);
      await run(`UPDATE ${events} SET position = -position - ${of('$2')} WHERE event_id = $1`, [
        eventIdA,
        eventIdB,
      ]);
    },
    close,
  };
}

export function sqliteTamper(file: string): Tamper {
  const db = new Database(file, { timeout: 5000 });
  return tamperWith(
    async (sql, params) => {
      // $n placeholders become ?, with the values repeated in the order they appear.
      const order = [...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]) - 1);
      return db.prepare(sql.replace(/\$\d+/g, '?')).run(...order.map((index) => params[index]))
        .changes;
    },
    'events',
    async () => {
      db.close();
    },
  );
}

export async function postgresTamper(url: string, schema = 'memberflow'): Promise<Tamper> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return tamperWith(
    async (sql, params) => (await client.query(sql, params)).rowCount ?? 0,
    `"${schema}".events`,
    () => client.end(),
  );
}
