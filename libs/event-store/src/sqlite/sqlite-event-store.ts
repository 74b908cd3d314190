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
import { checkAppendArguments, plannedOutcome } from '../append-rules';
import {
  EVENT_COLUMNS,
  canonicalEvent,
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
import {
  SYNCHRONOUS_LEVELS,
  openSqliteConnection,
  sqliteStoreError,
  type SqliteConnectionOptions,
  type SqliteSynchronous,
} from './sqlite-connection';
import { SQLITE_WRITE_SQL, SqliteGroupWriter, type InsertedEvent } from './sqlite-group-writer';
import { SqliteWriterThread } from './sqlite-writer-thread';
import { migrate } from './sqlite-schema';

export type { SqliteSynchronous } from './sqlite-connection';

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

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Groups are cut small enough that 16 concurrent callers make at least two, and two may be out on the
 * writer thread at once: while the thread writes one, the event loop decides the commands of the
 * callers the group before answered (ADR 0007; sizes measured there).
 */
const MAX_GROUP = 8;
const GROUPS_IN_FLIGHT = 2;

/** Opens (creating when needed) a store in one SQLite file, in WAL mode. */
export async function openSqliteEventStore(
  options: SqliteEventStoreOptions,
): Promise<SqliteEventStore> {
  const synchronous = options.synchronous ?? 'FULL';
  if (!SYNCHRONOUS_LEVELS.includes(synchronous)) {
    throw new RangeError(
      `synchronous must be one of ${SYNCHRONOUS_LEVELS.join(', ')}, got ${synchronous}`,
    );
  }
  const connection: SqliteConnectionOptions = {
    file: options.file,
    synchronous,
    busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
  };
  let db: Database.Database | undefined;
  try {
    db = openSqliteConnection(connection);
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
  return new SqliteEventStore(db, options, connection);
}

interface StreamHeadRow {
  readonly revision: number;
  readonly hash: string;
}

/**
 * better-sqlite3 is synchronous: every query runs to completion on the calling tick. Appends take the
 * write lock up front (BEGIN IMMEDIATE), so appends from several processes queue on the busy timeout
 * instead of failing on a lock upgrade. Positions are assigned inside that lock, so they become visible
 * in order.
 *
 * Group commit (ADR 0004): the appends that arrive together are written in one transaction with one
 * commit, hence one fsync; each is decided on its own before anything is written, so its conflict or
 * failure leaves the others' rows intact, and it is acknowledged only once the shared commit is durable.
 * Groups are written by a writer thread with a connection of its own, up to {@link GROUPS_IN_FLIGHT} out
 * at once, so this thread decides the next commands meanwhile; a lone append that finds the thread idle
 * is written here, where it costs no round trip (ADR 0007). Reads stay on this connection, which WAL
 * lets read while the other writes.
 */
export class SqliteEventStore implements EventStore, MigrationTarget {
  private readonly notifier = new AppendNotifier();
  /** Aborted by {@link close}, which ends every live subscription. */
  private readonly closing = new AbortController();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;

  private readonly selectHead;
  private readonly selectRevisions;
  private readonly insertEvent;
  private readonly upsertHead;
  private readonly selectForwards;
  private readonly selectBackwards;
  private readonly selectAfter;
  private readonly selectHeadPosition;
  private readonly selectLast;
  private readonly countRange;
  private readonly appends: GroupCommit;
  /** Writes a lone append on this connection, on the calling thread. */
  private readonly inlineWriter: SqliteGroupWriter;
  private readonly writerThread: SqliteWriterThread;
  private readonly importInTransaction;

  constructor(
    private readonly db: Database.Database,
    private readonly options: SqliteEventStoreOptions,
    connection: SqliteConnectionOptions,
  ) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.selectHead = db.prepare<[string], StreamHeadRow>(SQLITE_WRITE_SQL.selectHead);
    this.selectRevisions = db.prepare<[string], { streamId: string; revision: number }>(
      `SELECT stream_id AS streamId, revision FROM streams
        WHERE stream_id IN (SELECT value FROM json_each(?))`,
    );
    this.insertEvent = db.prepare<InsertedEvent>(SQLITE_WRITE_SQL.insertEvent);
    this.upsertHead = db.prepare<[string, number, string]>(SQLITE_WRITE_SQL.upsertHead);
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
    this.inlineWriter = new SqliteGroupWriter(db, (error) => this.storeError(error));
    this.writerThread = new SqliteWriterThread(connection);
    this.appends = new GroupCommit((group) => this.writeGroup(group), {
      maxGroup: MAX_GROUP,
      maxInFlight: GROUPS_IN_FLIGHT,
    });
    this.importInTransaction = db.transaction(this.importRows.bind(this));
  }

  /** Reads the journal mode and synchronous level this connection actually runs with. */
  storageSettings(): SqliteStorageSettings {
    return this.query(() => ({
      journalMode: String(this.db.pragma('journal_mode', { simple: true })),
      synchronous: SYNCHRONOUS_LEVELS[Number(this.db.pragma('synchronous', { simple: true }))],
    }));
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    checkAppendArguments(streamId, events, expected);
    this.checkOpen();
    this.writerThread.prepare();
    return this.appends.submit({ streamId, events: events.map(canonicalEvent), expected });
  }

  /**
   * One transaction, one commit (one fsync) for the whole group (SqliteGroupWriter). Written here only
   * when it is a lone append and no group is out on the thread: a group out may not have committed yet,
   * and positions must follow the order groups were handed over.
   */
  private async writeGroup(group: readonly AppendRequest[]): Promise<readonly AppendOutcome[]> {
    this.checkOpen();
    const planned =
      group.length === 1 && this.writerThread.groupsOut === 0
        ? this.inlineWriter.write(group)
        : await this.writerThread.write(group);
    const outcomes = planned.map(plannedOutcome);
    if (outcomes.some((outcome) => outcome.ok && outcome.result.written)) this.notifier.notify();
    return outcomes;
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
      this.insertEvent.run(
        null,
        event.streamId,
        event.revision,
        event.eventId,
        event.type,
        event.schemaVersion,
        canonicalJson(event.data),
        canonicalJson(event.metadata),
        event.recordedAt,
        event.prevHash,
        event.hash,
      );
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

  subscribeAll(options?: SubscribeAllOptions): AsyncIterable<readonly StoredEvent[]> {
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
    // One statement, hence one read transaction, for all of them: cheaper than a lookup each.
    return this.query(
      () =>
        new Map(
          this.selectRevisions
            .all(JSON.stringify(streamIds))
            .map((row) => [row.streamId, row.revision]),
        ),
    );
  }

  async headPosition(): Promise<bigint> {
    return this.query(() => this.selectHeadPosition.get() ?? 0n);
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    // Appends accepted before close are written (and answered) before the file is closed.
    await this.appends.drain();
    await this.writerThread.close();
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

  private storeError(error: unknown): unknown {
    return sqliteStoreError(this.options.file, error);
  }
}
