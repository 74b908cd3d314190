import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
  checkExpectedRevision,
  priorAppendResult,
  type StoredEventPlace,
} from '../append-rules';
import {
  EVENT_COLUMNS,
  chainRecords,
  recordToStoredEvent,
  toStoredEvent,
  type EventRow,
  type StreamHead,
} from '../event-row';
import { canonicalJson } from '../hash-chain';
import { GroupCommit, type AppendOutcome, type AppendRequest } from '../group-commit';
import { AppendNotifier, subscribeFromPosition } from '../live-subscription';
import { chainImport, type EventRange, type MigrationTarget } from '../migration/migration-target';
import {
  DEFAULT_PAGE_SIZE,
  nextRevision,
  readAllPlan,
  readInPages,
  streamReadPlan,
} from '../paging';
import { migrate } from './sqlite-schema';

export type SqliteSynchronous = 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';

export interface SqliteEventStoreOptions {
  /** The database file; its directory is created when missing. */
  readonly file: string;
  /**
   * FULL (default): an acknowledged append survives a power cut. NORMAL is faster in WAL mode but may
   * lose the last appends on power loss (never on a process crash).
   */
  readonly synchronous?: SqliteSynchronous;
  /** How long a write waits for another process's write lock before failing. */
  readonly busyTimeoutMs?: number;
  /** How often a live subscription looks for appends made by other processes. */
  readonly pollIntervalMs?: number;
  readonly pageSize?: number;
}

/** What the connection actually runs with, read back from SQLite. */
export interface SqliteStorageSettings {
  readonly journalMode: string;
  readonly synchronous: SqliteSynchronous;
}

const MAX_INT64 = 2n ** 63n - 1n;

const SYNCHRONOUS_BY_CODE: readonly SqliteSynchronous[] = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

/** Opens (creating when needed) a store in one SQLite file, in WAL mode. */
export async function openSqliteEventStore(
  options: SqliteEventStoreOptions,
): Promise<SqliteEventStore> {
  const synchronous = options.synchronous ?? 'FULL';
  if (!SYNCHRONOUS_BY_CODE.includes(synchronous)) {
    throw new RangeError(
      `synchronous must be one of ${SYNCHRONOUS_BY_CODE.join(', ')}, got ${synchronous}`,
    );
  }
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(options.file), { recursive: true });
    db = new Database(options.file, { timeout: options.busyTimeoutMs ?? 5000 });
    const journalMode = db.pragma('journal_mode = WAL', { simple: true });
    if (journalMode !== 'wal')
      throw new Error(`cannot switch to WAL (journal mode is ${String(journalMode)})`);
    db.pragma(`synchronous = ${synchronous}`);
    migrate(db);
  } catch (error) {
    db?.close();
    throw new StoreUnavailableError(
      `cannot open the SQLite event store ${options.file}: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  return new SqliteEventStore(db, options);
}

interface StreamHeadRow {
  readonly revision: number;
  readonly hash: string;
}

interface EventPlaceRow {
  readonly streamId: string;
  readonly revision: number;
  readonly position: bigint;
}

/**
 * better-sqlite3 is synchronous: every query runs to completion on the calling tick, and one connection
 * serializes this process's appends. Appends take the write lock up front (BEGIN IMMEDIATE), so appends
 * from several processes queue on the busy timeout instead of failing on a lock upgrade. Positions are
 * assigned inside that lock, so they become visible in order.
 *
 * Group commit (ADR 0004): the appends that arrive together are written in one transaction with one
 * commit, hence one fsync, each inside a SAVEPOINT of its own: its conflict or failure rolls back only
 * its own rows, and it is acknowledged only once the shared commit is durable.
 */
export class SqliteEventStore implements EventStore, MigrationTarget {
  private readonly notifier = new AppendNotifier();
  /** Aborted by {@link close}, which ends every live subscription. */
  private readonly closing = new AbortController();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;

  private readonly selectHead;
  private readonly selectPlace;
  private readonly insertEvent;
  private readonly upsertHead;
  private readonly selectForwards;
  private readonly selectBackwards;
  private readonly selectAfter;
  private readonly selectHeadPosition;
  private readonly selectLast;
  private readonly countRange;
  private readonly appendInTransaction;
  private readonly appendGroup;
  private readonly appends: GroupCommit;
  private readonly importInTransaction;

  constructor(
    private readonly db: Database.Database,
    private readonly options: SqliteEventStoreOptions,
  ) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.selectHead = db.prepare<[string], StreamHeadRow>(
      'SELECT revision, head_hash AS hash FROM streams WHERE stream_id = ?',
    );
    this.selectPlace = db
      .prepare<[string], EventPlaceRow>(
        'SELECT stream_id AS streamId, revision, position FROM events WHERE event_id = ?',
      )
      .safeIntegers(true);
    this.insertEvent = db.prepare(
      `INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata,
                           recorded_at, prev_hash, hash)
       VALUES (@streamId, @revision, @eventId, @type, @schemaVersion, @data, @metadata,
               @recordedAt, @prevHash, @hash)`,
    );
    this.upsertHead = db.prepare(
      `INSERT INTO streams (stream_id, revision, head_hash) VALUES (?, ?, ?)
       ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, head_hash = excluded.head_hash`,
    );
    this.selectForwards = db
      .prepare<[string, number, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
      )
      .safeIntegers(true);
    this.selectBackwards = db
      .prepare<[string, number, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      )
      .safeIntegers(true);
    this.selectAfter = db
      .prepare<[bigint, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .safeIntegers(true);
    this.selectHeadPosition = db
      .prepare<[], bigint>('SELECT coalesce(max(position), 0) FROM events')
      .pluck()
      .safeIntegers(true);
    this.selectLast = db
      .prepare<[], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY position DESC LIMIT 1`)
      .safeIntegers(true);
    this.countRange = db
      .prepare<[bigint, bigint], number>(
        'SELECT count(*) FROM events WHERE position > ? AND position <= ?',
      )
      .pluck();
    // Called inside appendGroup's transaction, it runs as a SAVEPOINT (better-sqlite3 nests them so).
    this.appendInTransaction = db.transaction(this.appendRows.bind(this));
    this.appendGroup = db.transaction((group: readonly AppendRequest[]) =>
      group.map((request) => this.appendOne(request)),
    );
    this.appends = new GroupCommit((group) => this.writeGroup(group));
    this.importInTransaction = db.transaction(this.importRows.bind(this));
  }

  /** Reads the journal mode and synchronous level this connection actually runs with. */
  storageSettings(): SqliteStorageSettings {
    return this.query(() => ({
      journalMode: String(this.db.pragma('journal_mode', { simple: true })),
      synchronous: SYNCHRONOUS_BY_CODE[Number(this.db.pragma('synchronous', { simple: true }))],
    }));
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    checkAppendArguments(streamId, events, expected);
    this.checkOpen();
    return this.appends.submit({ streamId, events, expected });
  }

  /** One transaction (BEGIN IMMEDIATE … COMMIT) for the whole group, a savepoint for each append. */
  private writeGroup(group: readonly AppendRequest[]): readonly AppendOutcome[] {
    const outcomes =
      group.length === 1
        ? [this.appendAlone(group[0])]
        : this.query(() => this.appendGroup.immediate(group));
    if (outcomes.some((outcome) => outcome.ok && outcome.result.written)) this.notifier.notify();
    return outcomes;
  }

  /** An append with nothing else to write: its own transaction, no savepoint needed. */
  private appendAlone({ streamId, events, expected }: AppendRequest): AppendOutcome {
    try {
      const result = this.query(() =>
        this.appendInTransaction.immediate(streamId, events, expected),
      );
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error };
    }
  }

  private appendOne({ streamId, events, expected }: AppendRequest): AppendOutcome {
    try {
      return { ok: true, result: this.appendInTransaction(streamId, events, expected) };
    } catch (error) {
      return { ok: false, error: this.storeError(error) };
    }
  }

  private appendRows(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult {
    const head: StreamHead | undefined = this.selectHead.get(streamId);
    const places = events.map((event) => this.placeOf(event.eventId));
    const prior = priorAppendResult(streamId, events, expected, places, head?.revision);
    if (prior !== undefined) return prior;
    checkExpectedRevision(streamId, expected, head?.revision);
    // Taken under the write lock, so recordedAt never goes backwards along positions.
    const records = chainRecords(streamId, head, events, new Date().toISOString());
    const stored = records.map((record) =>
      recordToStoredEvent(record, BigInt(this.insertEvent.run(record).lastInsertRowid)),
    );
    const last = stored[stored.length - 1];
    this.upsertHead.run(streamId, last.revision, last.hash);
    return { nextRevision: last.revision, position: last.position, written: true, events: stored };
  }

  private placeOf(eventId: string): StoredEventPlace | undefined {
    const row = this.selectPlace.get(eventId);
    return (
      row && { streamId: row.streamId, revision: Number(row.revision), position: row.position }
    );
  }

  async importRecorded(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.query(() => this.importInTransaction.immediate(events));
    this.notifier.notify();
  }

  private importRows(events: readonly StoredEvent[]): void {
    const heads = new Map<string, StreamHead>();
    for (const streamId of new Set(events.map((event) => event.streamId))) {
      const head = this.selectHead.get(streamId);
      if (head !== undefined) heads.set(streamId, head);
    }
    const after = chainImport(heads, events);
    for (const event of events) {
      this.insertEvent.run({
        streamId: event.streamId,
        revision: event.revision,
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: canonicalJson(event.data),
        metadata: canonicalJson(event.metadata),
        recordedAt: event.recordedAt,
        prevHash: event.prevHash,
        hash: event.hash,
      });
    }
    for (const [streamId, head] of after) this.upsertHead.run(streamId, head.revision, head.hash);
  }

  async lastEvent(): Promise<StoredEvent | undefined> {
    return this.query(() => {
      const row = this.selectLast.get();
      return row && toStoredEvent(row);
    });
  }

  async countEvents(range: EventRange = {}): Promise<number> {
    return this.query(() => this.countRange.get(range.after ?? 0n, range.upTo ?? MAX_INT64) ?? 0);
  }

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    const { from, backwards, limit } = streamReadPlan(options);
    const select = backwards ? this.selectBackwards : this.selectForwards;
    return readInPages(
      from,
      async (revision, size) =>
        this.query(() => select.all(streamId, revision, size).map(toStoredEvent)),
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

  subscribeAll(options?: SubscribeAllOptions): AsyncIterable<StoredEvent> {
    const { after } = readAllPlan(options);
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

  private readonly fetchAfter = async (after: bigint, size: number): Promise<StoredEvent[]> =>
    this.query(() => this.selectAfter.all(after, size).map(toStoredEvent));

  async streamRevision(streamId: string): Promise<number | undefined> {
    return this.query(() => this.selectHead.get(streamId)?.revision);
  }

  async streamRevisions(streamIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return this.query(() => {
      const revisions = new Map<string, number>();
      for (const streamId of streamIds) {
        const head = this.selectHead.get(streamId);
        if (head !== undefined) revisions.set(streamId, head.revision);
      }
      return revisions;
    });
  }

  async headPosition(): Promise<bigint> {
    return this.query(() => this.selectHeadPosition.get() ?? 0n);
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    // Appends accepted before close are written (and answered) before the file is closed.
    await this.appends.drain();
    if (this.closing.signal.aborted) return;
    this.closing.abort();
    this.db.close();
  }

  /** Runs a query, reporting SQLite's own failures (disk full, locked past the timeout, closed) as the port's. */
  private query<T>(run: () => T): T {
    this.checkOpen();
    try {
      return run();
    } catch (error) {
      throw this.storeError(error);
    }
  }

  private checkOpen(): void {
    if (this.closing.signal.aborted) {
      throw new StoreUnavailableError(`the SQLite event store ${this.options.file} is closed`);
    }
  }

  /** SQLite's own failures as the port's StoreUnavailableError; the port's errors pass as they are. */
  private storeError(error: unknown): unknown {
    if (!(error instanceof Database.SqliteError)) return error;
    return new StoreUnavailableError(`SQLite event store ${this.options.file}: ${error.message}`, {
      cause: error,
    });
  }
}
