import { DatabaseError, Pool, type PoolConfig, type QueryResultRow } from 'pg';
import {
  StoreUnavailableError,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeAllOptions,
} from '../event-store.port';
import {
  checkAppendArguments,
  planGroup,
  plannedOutcome,
  type StoredEventPlace,
} from '../append-rules';
import {
  EVENT_COLUMNS,
  canonicalEvent,
  toStoredEvent,
  type EventRecord,
  type EventRow,
  type StreamHead,
} from '../event-row';
import { GroupCommit, type AppendOutcome, type AppendRequest } from '../group-commit';
import { AppendNotifier, subscribeFromPosition } from '../live-subscription';
import { BatchedLookups } from './batched-lookups';
import {
  DEFAULT_PAGE_SIZE,
  nextRevision,
  readAllPlan,
  readInPages,
  streamReadPlan,
} from '../paging';
import { canonicalJson } from '../hash-chain';
import {
  chainImport,
  type EventRange,
  type ImportHead,
  type MigrationTarget,
} from '../migration/migration-target';
import { AppendListener } from './append-listener';
import { migrate, storeTables, type StoreTables } from './postgres-schema';
import { postgresUrlSettings } from './postgres-url';
import { statement, statementNames, withTransaction, type Query } from './transaction';

export interface PostgresEventStoreOptions {
  /**
   * `postgres://user:password@host:port/database`, optionally with the store's settings as parameters
   * (`?schema=province_a&max=20`, see postgres-url.ts); options given here win over the URL's.
   */
  readonly url: string;
  /** The PostgreSQL schema holding the store's tables; created when missing. Default `memberflow`. */
  readonly schema?: string;
  /** Connections in the pool (one more is used to LISTEN for appends). Default 10. */
  readonly maxConnections?: number;
  /** How many times opening tries to reach the server before giving up. Default 5. */
  readonly connectAttempts?: number;
  /** How long one connection attempt may take. Default 5,000 ms. */
  readonly connectTimeoutMs?: number;
  /** How often a live subscription looks for appends when no notification came. Default 500 ms. */
  readonly pollIntervalMs?: number;
  readonly pageSize?: number;
}

/**
 * Opens the store, creating or migrating its schema. An unreachable server is retried a bounded number of
 * times (the server may still be starting), then reported as a StoreUnavailableError naming host:port.
 */
export async function openPostgresEventStore(
  given: PostgresEventStoreOptions,
): Promise<PostgresEventStore> {
  const { url, ...fromUrl } = postgresUrlSettings(given.url);
  const options: PostgresEventStoreOptions = { ...fromUrl, ...definedOnly(given), url };
  const tables = storeTables(options.schema ?? 'memberflow');
  const server = serverName(options.url);
  const connection: PoolConfig = {
    connectionString: options.url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
  };
  const pool = new Pool({ ...connection, max: options.maxConnections ?? 10 });
  // An idle connection that dies emits 'error' on the pool, which would crash the process unhandled;
  // the pool drops it, and the next query reports the outage where someone can act on it.
  pool.on('error', () => undefined);
  try {
    await reachServer(pool, server, options.connectAttempts ?? 5);
    await migrate(pool, tables).catch((error: unknown) => {
      throw new StoreUnavailableError(
        `PostgreSQL event store at ${server}: cannot prepare schema ${tables.schema}: ${reason(error)}`,
        { cause: error },
      );
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresEventStore(pool, tables, server, connection, options);
}

/** The options actually given (an explicit `undefined` does not hide the URL's setting). */
function definedOnly(options: PostgresEventStoreOptions): Partial<PostgresEventStoreOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

async function reachServer(pool: Pool, server: string, attempts: number): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await pool.query('SELECT 1');
      return;
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) {
        throw new StoreUnavailableError(
          `PostgreSQL event store unreachable at ${server} after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${reason(error)}`,
          { cause: error },
        );
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(250 * 2 ** (attempt - 1), 4_000)),
      );
    }
  }
}

/**
 * Network failures, a server starting or shutting down (SQLSTATE class 57) or out of connections (53) are
 * worth retrying; a wrong password or a missing database is not.
 */
function isTransient(error: unknown): boolean {
  if (!(error instanceof DatabaseError)) return true;
  return error.code !== undefined && /^(08|53|57)/.test(error.code);
}

/** host:port of the URL, for messages; never the credentials. */
function serverName(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(
      'the PostgreSQL URL is not a URL (expected postgres://user@host:port/database)',
    );
  }
  return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
}

/** The driver's message; Node reports a refused connection to every address as an AggregateError. */
function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return error.errors.map(reason).join('; ');
  if (error instanceof Error)
    return error.message || ('code' in error ? String(error.code) : error.name);
  return String(error);
}

/** A row of `groupState`: the last position, a stream's head, or where an event id is stored. */
interface GroupStateRow {
  readonly kind: 'position' | 'head' | 'place';
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly value: string;
}

/**
 * Global order (ADR 0002): every append takes one transaction-level advisory lock per store before it
 * reads the head position, and holds it until it has committed. Appends therefore commit in position
 * order, and a reader that sees position N sees every position below it: no event is ever skipped by a
 * subscription, at the cost of one append at a time per store.
 *
 * Group commit (ADR 0004) pays that cost once for many appends: the appends that arrive while a group
 * is being written form the next group, written in one transaction (one lock, a few statements, one
 * commit). Each append of the group is decided on its own in memory (planGroup), so its conflict never
 * affects another's.
 */
export class PostgresEventStore implements EventStore, MigrationTarget {
  private readonly notifier = new AppendNotifier();
  private readonly listener: AppendListener;
  /** Aborted by {@link close}, which ends every live subscription. */
  private readonly closing = new AbortController();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly sql;
  private readonly appends = new GroupCommit((group) => this.writeGroup(group));
  /** Revision lookups made together (concurrent commands checking their streams) share one query. */
  private readonly revisionLookups = new BatchedLookups<number>(async (streamIds) => {
    const rows = await this.query<{ streamId: string; revision: number }>(this.sql.revisions, [
      streamIds,
    ]);
    return new Map(rows.map((row) => [row.streamId, row.revision]));
  });
  /** The store's statements run prepared: each connection parses and plans them once. */
  private readonly names: ReadonlyMap<string, string>;

  constructor(
    private readonly pool: Pool,
    private readonly tables: StoreTables,
    private readonly server: string,
    connection: PoolConfig,
    options: PostgresEventStoreOptions,
  ) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.listener = new AppendListener(connection, tables.channel, this.notifier);
    const { events, streams } = tables;
    this.sql = {
      // A group's transaction takes the store's lock in the round trip that begins it: the lock is a
      // statement of its own, so in READ COMMITTED the statements after it see every append before.
      beginLocked: `BEGIN ISOLATION LEVEL READ COMMITTED;
                    SELECT pg_advisory_xact_lock(hashtext('${tables.appendLock}'))`,
      // What a group's appends are decided against, in one round trip: the last position (read under the
      // lock: nobody else assigns any), the heads of its streams and where its event ids already are.
      groupState: `SELECT 'position' AS kind, NULL::text AS id, NULL::text AS "streamId", NULL::int AS revision,
                          (SELECT coalesce(max(position), 0) FROM ${events})::text AS value
                   UNION ALL
                   SELECT 'head', stream_id, stream_id, revision, head_hash
                     FROM ${streams} WHERE stream_id = ANY($1::text[])
                   UNION ALL
                   SELECT 'place', event_id, stream_id, revision, position::text
                     FROM ${events} WHERE event_id = ANY($2::text[])`,
      // The group's rows, its streams' new heads and the notification, in one statement. The
      // notification is delivered when the transaction commits, to this store's listeners everywhere.
      groupWrite: `WITH inserted AS (
                     INSERT INTO ${events} (position, stream_id, revision, event_id, type, schema_version,
                                            data, metadata, recorded_at, prev_hash, hash)
                     SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::text[],
                                          $6::int[], $7::text[], $8::text[], $9::text[], $10::text[],
                                          $11::text[])
                     RETURNING 1),
                   upserted AS (
                     INSERT INTO ${streams} (stream_id, revision, head_hash)
                     SELECT * FROM unnest($12::text[], $13::int[], $14::text[])
                     ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision,
                                                           head_hash = excluded.head_hash
                     RETURNING 1)
                   SELECT pg_notify($15, ''), (SELECT count(*) FROM inserted) AS events,
                          (SELECT count(*) FROM upserted) AS heads`,
      forwards: `SELECT ${EVENT_COLUMNS} FROM ${events}
                  WHERE stream_id = $1 AND revision >= $2::bigint ORDER BY revision LIMIT $3`,
      backwards: `SELECT ${EVENT_COLUMNS} FROM ${events}
                   WHERE stream_id = $1 AND revision <= $2::bigint ORDER BY revision DESC LIMIT $3`,
      after: `SELECT ${EVENT_COLUMNS} FROM ${events} WHERE position > $1 ORDER BY position LIMIT $2`,
      revisions: `SELECT stream_id AS "streamId", revision FROM ${streams} WHERE stream_id = ANY($1::text[])`,
      headPosition: `SELECT coalesce(max(position), 0)::text AS position FROM ${events}`,
      last: `SELECT ${EVENT_COLUMNS} FROM ${events} ORDER BY position DESC LIMIT 1`,
      count: `SELECT count(*)::int AS count FROM ${events} WHERE position > $1 AND position <= $2`,
      heads: `SELECT stream_id AS "streamId", revision, head_hash AS hash FROM ${streams}
               WHERE stream_id = ANY($1::text[])`,
      importEvents: `INSERT INTO ${events} (position, stream_id, revision, event_id, type, schema_version, data,
                                           metadata, recorded_at, prev_hash, hash)
                     SELECT (SELECT coalesce(max(position), 0) FROM ${events}) + e.ord, e.stream_id, e.revision,
                            e.event_id, e.type, e.schema_version, e.data, e.metadata, e.recorded_at,
                            e.prev_hash, e.hash
                       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[],
                                   $7::text[], $8::text[], $9::text[], $10::text[])
                            WITH ORDINALITY AS e(stream_id, revision, event_id, type, schema_version, data,
                                                 metadata, recorded_at, prev_hash, hash, ord)`,
      upsertHeads: `INSERT INTO ${streams} (stream_id, revision, head_hash)
                    SELECT * FROM unnest($1::text[], $2::int[], $3::text[])
                    ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision,
                                                          head_hash = excluded.head_hash`,
    };
    this.names = statementNames(Object.values(this.sql));
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    checkAppendArguments(streamId, events, expected);
    this.checkOpen();
    return this.appends.submit({ streamId, events: events.map(canonicalEvent), expected });
  }

  /**
   * Writes a group in one transaction. Should the server refuse the group's statements as a whole
   * (something in one append it cannot store), each append is written again alone, so that the bad one
   * fails alone; a retried append that did commit is recognized by its event ids (idempotent retry).
   */
  private async writeGroup(group: readonly AppendRequest[]): Promise<readonly AppendOutcome[]> {
    try {
      return await this.writeTogether(group);
    } catch (error) {
      if (group.length === 1) throw error;
      const outcomes: AppendOutcome[] = [];
      for (const request of group) {
        const [outcome] = await this.writeTogether([request]).catch(
          (alone: unknown): AppendOutcome[] => [{ ok: false, error: alone }],
        );
        outcomes.push(outcome);
      }
      return outcomes;
    }
  }

  /** One transaction, four round trips whatever the size of the group: lock, read, write, commit. */
  private async writeTogether(group: readonly AppendRequest[]): Promise<readonly AppendOutcome[]> {
    const outcomes = await withTransaction(
      this.pool,
      this.storeError,
      (query) => this.appendGroupRows(query, group),
      this.sql.beginLocked,
      this.names,
    );
    if (outcomes.some((outcome) => outcome.ok && outcome.result.written)) this.notifier.notify();
    return outcomes;
  }

  private async appendGroupRows(
    query: Query,
    group: readonly AppendRequest[],
  ): Promise<readonly AppendOutcome[]> {
    const streamIds = [...new Set(group.map((request) => request.streamId))];
    const eventIds = group.flatMap((request) => request.events.map((event) => event.eventId));
    const rows = await query<GroupStateRow>(this.sql.groupState, [streamIds, eventIds]);
    let position = 0n;
    const heads = new Map<string, StreamHead>();
    const places = new Map<string, StoredEventPlace>();
    for (const row of rows) {
      if (row.kind === 'position') position = BigInt(row.value);
      else if (row.kind === 'head') heads.set(row.id, { revision: row.revision, hash: row.value });
      else
        places.set(row.id, {
          streamId: row.streamId,
          revision: row.revision,
          position: BigInt(row.value),
        });
    }
    // recordedAt is taken under the lock, so it never goes backwards along positions.
    const plan = planGroup(group, heads, places, position, new Date().toISOString());
    const outcomes = plan.appends.map(plannedOutcome);
    if (plan.records.length === 0) return outcomes;
    const column = <K extends keyof EventRecord>(key: K): EventRecord[K][] =>
      plan.records.map((record) => record[key]);
    const written = [...plan.heads];
    await query(this.sql.groupWrite, [
      plan.positions.map(String),
      column('streamId'),
      column('revision'),
      column('eventId'),
      column('type'),
      column('schemaVersion'),
      column('data'),
      column('metadata'),
      column('recordedAt'),
      column('prevHash'),
      column('hash'),
      written.map(([streamId]) => streamId),
      written.map(([, head]) => head.revision),
      written.map(([, head]) => head.hash),
      this.tables.channel,
    ]);
    return outcomes;
  }

  /** Under the append lock, like an append: positions continue in order whoever else writes. */
  async importRecorded(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.checkOpen();
    await withTransaction(this.pool, this.storeError, async (query) => {
      await query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.tables.appendLock]);
      const streamIds = [...new Set(events.map((event) => event.streamId))];
      const rows = await query<ImportHead & { streamId: string }>(this.sql.heads, [streamIds]);
      const after = chainImport(new Map(rows.map((row) => [row.streamId, row])), events);
      const column = <T>(pick: (event: StoredEvent) => T): T[] => events.map(pick);
      await query(this.sql.importEvents, [
        column((e) => e.streamId),
        column((e) => e.revision),
        column((e) => e.eventId),
        column((e) => e.type),
        column((e) => e.schemaVersion),
        column((e) => canonicalJson(e.data)),
        column((e) => canonicalJson(e.metadata)),
        column((e) => e.recordedAt),
        column((e) => e.prevHash),
        column((e) => e.hash),
      ]);
      const heads = [...after];
      await query(this.sql.upsertHeads, [
        heads.map(([streamId]) => streamId),
        heads.map(([, head]) => head.revision),
        heads.map(([, head]) => head.hash),
      ]);
      await query('SELECT pg_notify($1, $2)', [this.tables.channel, '']);
    });
    this.notifier.notify();
  }

  async lastEvent(): Promise<StoredEvent | undefined> {
    const [last] = await this.selectEvents(this.sql.last, []);
    return last;
  }

  async countEvents(range: EventRange = {}): Promise<number> {
    const [row] = await this.query<{ count: number }>(this.sql.count, [
      (range.after ?? 0n).toString(),
      (range.upTo ?? 2n ** 63n - 1n).toString(),
    ]);
    return row.count;
  }

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    const { from, backwards, limit } = streamReadPlan(options);
    const text = backwards ? this.sql.backwards : this.sql.forwards;
    return readInPages(
      from,
      (revision, size) => this.selectEvents(text, [streamId, revision, size]),
      nextRevision(backwards),
      { pageSize: this.pageSize, limit },
    );
  }

  readAll(options?: ReadAllOptions): AsyncIterable<StoredEvent> {
    const { after, limit } = readAllPlan(options);
    return readInPages(after, this.fetchAfter, (last) => last.position, {
      pageSize: this.pageSize,
      limit,
    });
  }

  subscribeAll(options?: SubscribeAllOptions): AsyncIterable<readonly StoredEvent[]> {
    const { after } = readAllPlan(options);
    this.listener.start();
    const signal = options?.signal
      ? AbortSignal.any([options.signal, this.closing.signal])
      : this.closing.signal;
    return subscribeFromPosition(
      {
        fetchAfter: this.fetchAfter,
        notifier: this.notifier,
        pageSize: this.pageSize,
        pollIntervalMs: this.pollIntervalMs,
      },
      after,
      signal,
    );
  }

  private readonly fetchAfter = (after: bigint, size: number): Promise<StoredEvent[]> =>
    this.selectEvents(this.sql.after, [after.toString(), size]);

  private async selectEvents(text: string, values: unknown[]): Promise<StoredEvent[]> {
    const rows = await this.query<EventRow>(text, values);
    return rows.map(toStoredEvent);
  }

  async streamRevisions(streamIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
    const found = new Map<string, number>();
    const revisions = await Promise.all(streamIds.map((id) => this.revisionLookups.get(id)));
    streamIds.forEach((id, index) => {
      const revision = revisions[index];
      if (revision !== undefined) found.set(id, revision);
    });
    return found;
  }

  streamRevision(streamId: string): Promise<number | undefined> {
    return this.revisionLookups.get(streamId);
  }

  async headPosition(): Promise<bigint> {
    const [row] = await this.query<{ position: string }>(this.sql.headPosition, []);
    return BigInt(row.position);
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    // Appends accepted before close are written (and answered) before the pool ends.
    await this.appends.drain();
    if (this.closing.signal.aborted) return;
    this.closing.abort();
    await this.listener.stop();
    await this.pool.end();
  }

  private async query<R extends QueryResultRow>(text: string, values: unknown[]): Promise<R[]> {
    this.checkOpen();
    try {
      return (await this.pool.query<R>(statement(text, values, this.names))).rows;
    } catch (error) {
      throw this.storeError(error);
    }
  }

  private checkOpen(): void {
    if (this.closing.signal.aborted) {
      throw new StoreUnavailableError(`the PostgreSQL event store at ${this.server} is closed`);
    }
  }

  /** What the driver or server raised, as the port reports it. */
  private readonly storeError = (error: unknown): Error =>
    new StoreUnavailableError(`PostgreSQL event store at ${this.server}: ${reason(error)}`, {
      cause: error,
    });
}
