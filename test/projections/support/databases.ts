import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  openPostgresEventStore,
  openSqliteEventStore,
  type EventStore,
} from '@memberflow/event-store';
import { openReadDb, type ReadDb } from '@memberflow/projections';

export const PG_URL =
  process.env.MEMBERFLOW_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** An event store and a read database of the same kind, made for one test and destroyed after it. */
export interface Databases {
  readonly kind: 'sqlite' | 'postgres';
  /** The URLs a second process would open the same databases with. */
  readonly storeUrl: string;
  readonly readDbUrl: string;
  readonly store: EventStore;
  readonly db: ReadDb;
  /** Opens another connection to the same read database (as another process would). */
  openReadDb(): Promise<ReadDb>;
  destroy(): Promise<void>;
}

export type DatabasesFactory = () => Promise<Databases>;

async function sqliteDatabases(): Promise<Databases> {
  const dir = mkdtempSync(join(tmpdir(), 'memberflow-projections-'));
  const storeUrl = `sqlite:${join(dir, 'events.db')}`;
  const readDbUrl = `sqlite:${join(dir, 'read.db')}`;
  const store = await openSqliteEventStore({
    file: join(dir, 'events.db'),
    synchronous: 'NORMAL',
    pollIntervalMs: 20,
  });
  const db = await openReadDb(readDbUrl);
  const others: ReadDb[] = [];
  return {
    kind: 'sqlite',
    storeUrl,
    readDbUrl,
    store,
    db,
    openReadDb: async () => {
      const other = await openReadDb(readDbUrl);
      others.push(other);
      return other;
    },
    destroy: async () => {
      for (const other of others) await other.close().catch(() => undefined);
      await db.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function dropSchemas(schemas: readonly string[]): Promise<void> {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

async function postgresDatabases(): Promise<Databases> {
  const suffix = randomBytes(5).toString('hex');
  const storeSchema = `mf_test_store_${suffix}`;
  const readSchema = `mf_test_read_${suffix}`;
  const store = await openPostgresEventStore({
    url: PG_URL,
    schema: storeSchema,
    pollIntervalMs: 50,
    maxConnections: 4,
  });
  const readDbUrl = `${PG_URL}?schema=${readSchema}`;
  const db = await openReadDb(readDbUrl, { maxConnections: 4 });
  const others: ReadDb[] = [];
  return {
    kind: 'postgres',
    storeUrl: `${PG_URL}?schema=${storeSchema}&pollIntervalMs=50`,
    readDbUrl,
    store,
    db,
    openReadDb: async () => {
      const other = await openReadDb(readDbUrl, { maxConnections: 4 });
      others.push(other);
      return other;
    },
    destroy: async () => {
      for (const other of others) await other.close().catch(() => undefined);
      await db.close();
      await store.close();
      await dropSchemas([storeSchema, readSchema]);
    },
  };
}

/** Whether a PostgreSQL server answers (checked once, in a child process, before tests are defined). */
function postgresAnswers(): boolean {
  const probe = `new (require('pg').Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 })
    .connect().then(() => process.exit(0), () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe, PG_URL], { timeout: 5_000 }).status === 0;
}

let postgresChecked: boolean | undefined;

/**
 * Runs a suite on SQLite and on PostgreSQL. Without a server the PostgreSQL suite is skipped with one
 * loud line, unless CI is set: there a missing server is a failure.
 */
export function describeOnEachDatabase(
  title: string,
  suite: (open: DatabasesFactory) => void,
): void {
  describe(`${title} (SQLite)`, () => suite(sqliteDatabases));
  postgresChecked ??= postgresAnswers();
  if (postgresChecked) {
    describe(`${title} (PostgreSQL)`, () => suite(postgresDatabases));
  } else if (process.env.CI) {
    describe(`${title} (PostgreSQL)`, () => {
      it('needs a PostgreSQL server', () => {
        throw new Error(
          `no PostgreSQL server at ${PG_URL} (CI is set: PostgreSQL suites must run)`,
        );
      });
    });
  } else {
    console.warn(
      `SKIPPED: ${title} on PostgreSQL — no server at ${PG_URL} (set MEMBERFLOW_TEST_PG_URL)`,
    );
  }
}
