import type { Pool } from 'pg';
import { withTransaction } from './transaction';

/** The tables of one store, all inside the PostgreSQL schema it is configured with. */
export interface StoreTables {
  readonly schema: string;
  readonly events: string;
  readonly streams: string;
  readonly migrations: string;
  /** The NOTIFY channel appends are announced on. */
  readonly channel: string;
  /** Names the advisory lock every append of this store takes. */
  readonly appendLock: string;
}

/** Lower-case identifiers only, so names never need escaping beyond double quotes. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

export function storeTables(schema: string): StoreTables {
  if (!SCHEMA_NAME.test(schema)) {
    throw new RangeError(
      `PostgreSQL schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _ (at most 48)`,
    );
  }
  return {
    schema: `"${schema}"`,
    events: `"${schema}".events`,
    streams: `"${schema}".streams`,
    migrations: `"${schema}".schema_migrations`,
    channel: `${schema}_appended`,
    appendLock: `memberflow.append:${schema}`,
  };
}

/**
 * One migration per schema change, applied in order and recorded in `schema_migrations`. Appended to,
 * never edited. Data and metadata are TEXT holding canonical JSON, not jsonb: jsonb would reorder keys and
 * refuse some escapes, and the bytes read back must be the bytes that were hashed.
 */
const MIGRATIONS: readonly ((tables: StoreTables) => string)[] = [
  (t) => `
    CREATE TABLE ${t.events} (
      -- Assigned by the append under the store's advisory lock (ADR 0002), not by a sequence.
      position       BIGINT  PRIMARY KEY,
      stream_id      TEXT    NOT NULL,
      revision       INTEGER NOT NULL,
      event_id       TEXT    NOT NULL UNIQUE,
      type           TEXT    NOT NULL,
      schema_version INTEGER NOT NULL,
      data           TEXT    NOT NULL,
      metadata       TEXT    NOT NULL,
      recorded_at    TEXT    NOT NULL,
      prev_hash      TEXT    NOT NULL,
      hash           TEXT    NOT NULL,
      UNIQUE (stream_id, revision)
    );
    -- One row per stream, so the expected-revision check and the chain's head are one lookup.
    CREATE TABLE ${t.streams} (
      stream_id TEXT    PRIMARY KEY,
      revision  INTEGER NOT NULL,
      head_hash TEXT    NOT NULL
    );
  `,
];

/**
 * Creates the schema and brings its tables up to date. Several processes may start at once: a
 * transaction-level advisory lock lets one migrate while the others wait, then find nothing to do.
 */
export async function migrate(pool: Pool, tables: StoreTables): Promise<void> {
  // Failures are reported by the caller, which knows which server it opened.
  const asIs = (error: unknown): Error =>
    error instanceof Error ? error : new Error(String(error));
  await withTransaction(pool, asIs, async (query) => {
    await query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `memberflow.migrate:${tables.schema}`,
    ]);
    await query(`CREATE SCHEMA IF NOT EXISTS ${tables.schema}`);
    await query(
      `CREATE TABLE IF NOT EXISTS ${tables.migrations} (
         version    INTEGER     PRIMARY KEY,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
       )`,
    );
    const [{ applied }] = await query<{ applied: number }>(
      `SELECT coalesce(max(version), 0) AS applied FROM ${tables.migrations}`,
    );
    if (applied > MIGRATIONS.length) {
      throw new Error(
        `schema ${tables.schema} is at version ${applied}, newer than this build knows (${MIGRATIONS.length}); upgrade memberflow`,
      );
    }
    for (let version = applied + 1; version <= MIGRATIONS.length; version += 1) {
      await query(MIGRATIONS[version - 1](tables));
      await query(`INSERT INTO ${tables.migrations} (version) VALUES ($1)`, [version]);
    }
  });
}
