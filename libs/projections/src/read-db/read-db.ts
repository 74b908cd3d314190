import type { Database, Statement } from 'better-sqlite3';
import { DataSource, type QueryRunner } from 'typeorm';
import { preparePrivateSqliteFile } from '@memberflow/event-store';
import { parseReadDbUrl } from './read-db-url';
import { RUNNER_MIGRATIONS } from './migrations';

/** What a statement may bind: booleans are stored as 0/1 so both databases read them alike. */
export type SqlValue = string | number | bigint | null | readonly (string | number | null)[];
export type Dialect = 'sqlite' | 'postgres';
export type SqlRow = Record<string, unknown>;

/**
 * Runs one statement written with `?` placeholders; returns the rows it selects or returns. An array
 * is bound as a PostgreSQL array (lists of keys use one).
 */
export interface Sql {
  readonly dialect: Dialect;
  query<Row extends object = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

/**
 * Column types the read models' DDL is written with. Keys, dates and paths compare byte-wise on both
 * databases (`COLLATE "C"` on PostgreSQL), so prefix ranges over materialized paths and date ranges
 * behave the same everywhere.
 */
export interface ColumnTypes {
  readonly key: string;
  readonly text: string;
  readonly int: string;
  readonly bigint: string;
}

/** A connection held until released: PostgreSQL session-level advisory locks live on one. */
export interface Session extends Sql {
  release(): Promise<void>;
}

export interface ReadDb extends Sql {
  readonly dialect: Dialect;
  readonly types: ColumnTypes;
  /**
   * A write transaction. SQLite runs one at a time per process on its writer connection and takes the
   * write lock up front (BEGIN IMMEDIATE), so writers in several processes queue instead of failing on a
   * lock upgrade; reads ({@link query}) use another connection and never see a half-applied batch.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  session(): Promise<Session>;
  close(): Promise<void>;
}

export interface OpenReadDbOptions {
  /** How long a SQLite writer waits for another process's write lock. Default 10 s. */
  readonly busyTimeoutMs?: number;
  /** PostgreSQL pool size. Default 10. */
  readonly maxConnections?: number;
}

/** Opens the read database a URL names and brings the runner's own tables up to date (migrations). */
export async function openReadDb(url: string, options: OpenReadDbOptions = {}): Promise<ReadDb> {
  const location = parseReadDbUrl(url);
  const db =
    location.kind === 'sqlite'
      ? await SqliteReadDb.open(location.file, options)
      : await PostgresReadDb.open(location.url, location.schema, options);
  try {
    await db.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function run<Row>(
  runner: QueryRunner,
  sql: string,
  params: readonly SqlValue[] | undefined,
): Promise<Row[]> {
  const result = await runner.query(sql, params ? [...params] : [], true);
  return (result.records ?? []) as Row[];
}

const SQLITE_TYPES: ColumnTypes = { key: 'TEXT', text: 'TEXT', int: 'INTEGER', bigint: 'INTEGER' };
const POSTGRES_TYPES: ColumnTypes = {
  key: 'TEXT COLLATE "C"',
  text: 'TEXT',
  int: 'INTEGER',
  bigint: 'BIGINT',
};

const MIGRATIONS_TABLE = 'mf_migrations';

/** The SQLite page cache of each read DB connection, in KiB. */
const SQLITE_CACHE_KIB = 4_000;

/**
 * SQLite in WAL mode through TypeORM's better-sqlite3 driver: a writer connection for the runner's
 * transactions and a reader connection for queries. `synchronous = NORMAL`: a power cut may lose the
 * last batches, never tear one, and the checkpoint rolls back with its rows, so they are re-applied.
 */
class SqliteReadDb implements ReadDb {
  readonly dialect = 'sqlite';
  readonly types = SQLITE_TYPES;
  private readonly writerStatements: SqliteStatements;
  private readonly readerStatements: SqliteStatements;
  /** The tail of the queue of transactions on the writer connection. */
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly writer: DataSource,
    private readonly reader: DataSource,
  ) {
    this.writerStatements = new SqliteStatements(connectionOf(writer));
    this.readerStatements = new SqliteStatements(connectionOf(reader));
  }

  static async open(file: string, options: OpenReadDbOptions): Promise<SqliteReadDb> {
    preparePrivateSqliteFile(file);
    const source = (): DataSource =>
      new DataSource({
        type: 'better-sqlite3',
        database: file,
        timeout: options.busyTimeoutMs ?? 10_000,
        migrations: RUNNER_MIGRATIONS,
        migrationsTableName: MIGRATIONS_TABLE,
        prepareDatabase: (connection: { pragma(source: string): unknown }) => {
          connection.pragma('journal_mode = WAL');
          connection.pragma('synchronous = NORMAL');
          // 4 MB of pages per connection (better-sqlite3's default is 16 MB, and index builds sort
          // within it): the process's memory must not grow with the read model, and the file's
          // pages stay in the OS cache. A rebuild measured no slower with it.
          connection.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
        },
      });
    const writer = await source().initialize();
    const reader = await source().initialize();
    return new SqliteReadDb(writer, reader);
  }

  async migrate(): Promise<void> {
    await this.writer.runMigrations({ transaction: 'all' });
  }

  async query<Row extends object = SqlRow>(
    sql: string,
    params?: readonly SqlValue[],
  ): Promise<Row[]> {
    return this.readerStatements.run<Row>(sql, params);
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const next = this.writes.then(() => this.inTransaction(work));
    this.writes = next.catch(() => undefined);
    return next;
  }

  private async inTransaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const statements = this.writerStatements;
    const tx: Sql = {
      dialect: 'sqlite',
      query: async (sql, params) => statements.run(sql, params),
    };
    statements.run('BEGIN IMMEDIATE');
    try {
      const result = await work(tx);
      statements.run('COMMIT');
      return result;
    } catch (error) {
      statements.run('ROLLBACK');
      throw error;
    }
  }

  /** Locks on SQLite are leases in a table (see projection-locks.ts): a session is one transaction. */
  async session(): Promise<Session> {
    return {
      dialect: 'sqlite',
      query: (sql, params) => this.transaction((tx) => tx.query(sql, params)),
      release: async () => undefined,
    };
  }

  async close(): Promise<void> {
    await this.writes;
    await this.writer.destroy();
    await this.reader.destroy();
  }
}

/** Statements kept prepared per connection, the least recently used dropped beyond this many. */
const PREPARED_STATEMENTS = 64;

/**
 * Runs statements straight on a better-sqlite3 connection. A flush sends multi-row upserts of a few
 * hundred rows whose preparation costs more than their run: they stay prepared from one flush to the
 * next (TypeORM's runner keeps 20, first in first out, and spreads every parameter as an argument).
 */
class SqliteStatements {
  private readonly prepared = new Map<string, Statement>();

  constructor(private readonly connection: Database) {}

  run<Row>(sql: string, params: readonly SqlValue[] = []): Row[] {
    let statement = this.prepared.get(sql);
    if (statement) {
      this.prepared.delete(sql);
    } else {
      statement = this.connection.prepare(sql);
      if (this.prepared.size >= PREPARED_STATEMENTS) {
        this.prepared.delete(this.prepared.keys().next().value as string);
      }
    }
    this.prepared.set(sql, statement);
    if (statement.reader) return statement.all(params) as Row[];
    statement.run(params);
    return [];
  }
}

/** The better-sqlite3 connection under a TypeORM data source (which runs the migrations). */
function connectionOf(source: DataSource): Database {
  return (source.driver as unknown as { databaseConnection: Database }).databaseConnection;
}

/** PostgreSQL: one pool; the read models live in their own schema, put first on the search path. */
class PostgresReadDb implements ReadDb {
  readonly dialect = 'postgres';
  readonly types = POSTGRES_TYPES;

  private constructor(
    private readonly source: DataSource,
    private readonly schema: string,
  ) {}

  static async open(
    url: string,
    schema: string,
    options: OpenReadDbOptions,
  ): Promise<PostgresReadDb> {
    const source = new DataSource({
      type: 'postgres',
      url,
      schema,
      migrations: RUNNER_MIGRATIONS,
      migrationsTableName: MIGRATIONS_TABLE,
      extra: { max: options.maxConnections ?? 10, options: `-c search_path=${schema}` },
    });
    await source.initialize();
    return new PostgresReadDb(source, schema);
  }

  /** Processes starting together on a new database take turns (an advisory lock) to create it. */
  async migrate(): Promise<void> {
    const session = await this.session();
    const lock = "hashtext('memberflow:read-db:migrations')";
    try {
      await session.query(`SELECT pg_advisory_lock(${lock})`);
      try {
        await session.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
        await this.source.runMigrations({ transaction: 'all' });
      } finally {
        // The connection goes back to the pool: it must not keep the session's lock.
        await session.query(`SELECT pg_advisory_unlock(${lock})`);
      }
    } finally {
      await session.release();
    }
  }

  async query<Row extends object = SqlRow>(
    sql: string,
    params?: readonly SqlValue[],
  ): Promise<Row[]> {
    const runner = this.source.createQueryRunner();
    try {
      return await run<Row>(runner, toNumbered(sql), params);
    } finally {
      await runner.release();
    }
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const runner = this.source.createQueryRunner();
    await runner.connect();
    const tx: Sql = {
      dialect: 'postgres',
      query: (sql, params) => run(runner, toNumbered(sql), params),
    };
    try {
      await runner.startTransaction();
      const result = await work(tx);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  async session(): Promise<Session> {
    const runner = this.source.createQueryRunner();
    await runner.connect();
    return {
      dialect: 'postgres',
      query: (sql, params) => run(runner, toNumbered(sql), params),
      release: () => runner.release(),
    };
  }

  async close(): Promise<void> {
    await this.source.destroy();
  }
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the SQL of this library has no `?` in literals). */
function toNumbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}
