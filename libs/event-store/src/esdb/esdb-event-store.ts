import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type ReadPosition,
  type ReadRevision,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  StoreUnavailableError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeAllOptions,
} from '../event-store.port';
import { checkAppendArguments, checkExpectedRevision, priorAppendResult } from '../append-rules';
import { canonicalEvent, chainRecords } from '../event-row';
import { GENESIS_HASH } from '../hash-chain';
import {
  MigrationConflictError,
  type EventRange,
  type MigrationTarget,
} from '../migration/migration-target';
import {
  DEFAULT_PAGE_SIZE,
  nextRevision,
  readAllPlan,
  readInPages,
  streamReadPlan,
} from '../paging';
import {
  isMissingStream,
  isTransientEsdbError,
  mapEsdbError,
  type EsdbOperation,
} from './esdb-errors';
import { checkEsdbEventId, fromEsdbEvent, toEsdbEvent } from './esdb-event';
import { decodeEsdbPosition } from './esdb-position';
import { checkStreamPrefix, esdbUrlSettings } from './esdb-url';

export interface EsdbEventStoreOptions {
  /**
   * The client's connection string: `esdb://host:2113?tls=false` for one node,
   * `esdb://node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=/etc/memberflow/ca.crt` for a cluster
   * (gossip seeds), or `esdb+discover://cluster.dns.name:2113` (DNS discovery).
   */
  readonly url: string;
  /**
   * Prepended to every stream name in ESDB, so several deployments (or test runs) share one cluster and
   * each sees only its own streams. Default none. Also `?streamPrefix=` in the URL (esdb-url.ts).
   */
  readonly streamPrefix?: string;
  /** How many times opening tries to reach the server (the cluster may be electing). Default 5. */
  readonly connectAttempts?: number;
  readonly pageSize?: number;
}

/** The EventStoreDB adapter; its type mentions no client type (style.md trap 12). */
export type EsdbEventStore = EventStore & MigrationTarget;

/** How often an append with `any` re-reads the head and tries again when another writer got there first. */
const ANY_ATTEMPTS = 20;

/**
 * Opens a client and checks the server answers, trying a bounded number of times while the server or
 * cluster starts or elects a leader; then reports StoreUnavailableError naming the hosts. A malformed
 * connection string is a RangeError (openEventStore reports it as the URL's fault).
 */
export async function openEsdbEventStore(given: EsdbEventStoreOptions): Promise<EsdbEventStore> {
  const { url, ...fromUrl } = esdbUrlSettings(given.url);
  const options = { ...fromUrl, ...definedOnly(given), url };
  if (options.streamPrefix !== undefined) checkStreamPrefix(options.streamPrefix);
  const server = serverName(url);
  let client: EventStoreDBClient;
  try {
    client = EventStoreDBClient.connectionString(url);
  } catch (error) {
    throw new RangeError(
      `not an EventStoreDB connection string: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const attempts = options.connectAttempts ?? 5;
  for (let attempt = 1; ; attempt += 1) {
    try {
      for await (const _ of client.readAll({
        direction: BACKWARDS,
        fromPosition: END,
        maxCount: 1,
      }));
      break;
    } catch (error) {
      if (attempt >= attempts || !isTransientEsdbError(error)) {
        await client.dispose().catch(() => undefined);
        const reason = error instanceof Error ? error.message : String(error);
        throw new StoreUnavailableError(
          `EventStoreDB event store unreachable at ${server} after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${reason}`,
          { cause: error },
        );
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(250 * 2 ** (attempt - 1), 4_000)),
      );
    }
  }
  // At least 2: a page of $all starts at (and skips) the event the previous page ended on.
  const pageSize = Math.max(2, options.pageSize ?? DEFAULT_PAGE_SIZE);
  return new EsdbStore(client, server, pageSize, options.streamPrefix ?? '');
}

/** The options actually given (an explicit `undefined` does not hide the URL's setting). */
function definedOnly(options: EsdbEventStoreOptions): Partial<EsdbEventStoreOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** The hosts of a connection string, for messages; never the credentials or the options. */
export function serverName(url: string): string {
  const hosts = /^[a-z+]+:\/\/(?:[^@/?]*@)?([^/?]*)/i.exec(url.trim())?.[1];
  return hosts || url.replace(/\/\/[^@/]*@/, '//***@');
}

/**
 * Streams map to ESDB streams, revisions to stream revisions, and the global position to the event's
 * commit/prepare position in `$all` (esdb-position.ts). What ESDB does for us: the expected-revision check
 * (every append names the revision the hash chain was computed on, so the chain cannot fork), atomic
 * batches, and `$all` in commit order for subscriptions (never out of order, nothing skipped). What it
 * cannot do: find an event id in another stream (no index by id), so a duplicate id across streams is
 * not detected (DuplicateEventIdError never comes from this adapter).
 */
class EsdbStore implements EsdbEventStore {
  /** Aborted by {@link close}, which ends every subscription. */
  private readonly closing = new AbortController();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly server: string,
    private readonly pageSize: number,
    /** Prepended to every stream name in ESDB; the store sees only streams that have it. */
    private readonly prefix: string,
  ) {}

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    checkAppendArguments(streamId, events, expected);
    for (const event of events) checkEsdbEventId(streamId, event.eventId);
    this.checkOpen();
    const operation: EsdbOperation = {
      server: this.server,
      action: `append to ${streamId}`,
      append: { streamId, expected },
    };
    for (let attempt = 1; ; attempt += 1) {
      const head = await this.lastOfStream(streamId);
      const prior = await this.priorAppend(streamId, events, expected, head);
      if (prior !== undefined) return prior;
      checkExpectedRevision(streamId, expected, head?.revision);

      const records = chainRecords(
        streamId,
        head,
        events.map(canonicalEvent),
        new Date().toISOString(),
      );
      try {
        // The revision the chain was computed on, whatever the writer expected: with `any` too, a
        // concurrent append makes this fail instead of forking the chain.
        await this.client.appendToStream(
          this.prefix + streamId,
          records.map((record) =>
            toEsdbEvent({
              ...record,
              data: JSON.parse(record.data) as unknown,
              metadata: JSON.parse(record.metadata) as EventToAppend['metadata'],
            }),
          ),
          { expectedRevision: head === undefined ? NO_STREAM : BigInt(head.revision) },
        );
      } catch (error) {
        const mapped = mapEsdbError(error, operation);
        // Another writer appended between our read and our append. The next round reads again: it finds
        // this batch (an idempotent retry that won), reports the conflict, or (with `any`) appends.
        if (mapped instanceof WrongExpectedRevisionError && attempt < ANY_ATTEMPTS) continue;
        throw mapped;
      }
      const last = records[records.length - 1];
      // The append reply's position is the transaction's; the event's position in $all is read back.
      const [stored] = await this.readStreamPage(streamId, BigInt(last.revision), 1, false);
      if (stored?.eventId !== last.eventId) {
        throw new StoreUnavailableError(
          `EventStoreDB at ${this.server}: event ${last.eventId} was appended to ${streamId} but is not at revision ${last.revision}`,
        );
      }
      return { nextRevision: last.revision, position: stored.position, written: true };
    }
  }

  /**
   * The result of an earlier append of this very batch, if there was one (an idempotent retry). With a
   * revision or no_stream the batch can only be where that expectation put it; with `any` the stream is
   * searched backwards, which costs a read of the stream when the batch is new (another reason not to
   * append with `any`, style.md trap 2).
   */
  private async priorAppend(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    head: StoredEvent | undefined,
  ): Promise<AppendResult | undefined> {
    if (head === undefined) return undefined;
    let candidates: StoredEvent[];
    if (expected === 'any') {
      candidates = await this.findInStream(streamId, new Set(events.map((e) => e.eventId)));
    } else {
      const from = expected === 'no_stream' ? 0 : expected + 1;
      if (from > head.revision) return undefined;
      candidates = await this.readStreamPage(streamId, BigInt(from), events.length, false);
    }
    const byId = new Map(candidates.map((event) => [event.eventId, event]));
    const places = events.map((event) => byId.get(event.eventId));
    return priorAppendResult(streamId, events, expected, places, head.revision);
  }

  /** The events of the stream whose ids are in `ids`, reading backwards until all are found or revision 0. */
  private async findInStream(streamId: string, ids: ReadonlySet<string>): Promise<StoredEvent[]> {
    const found: StoredEvent[] = [];
    for await (const event of this.readStream(streamId, { direction: 'backwards' })) {
      if (ids.has(event.eventId)) found.push(event);
      if (found.length === ids.size) break;
    }
    return found;
  }

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    const { from, backwards, limit } = streamReadPlan(options);
    return readInPages(
      from,
      (revision, size) => this.streamPageFrom(streamId, revision, size, backwards),
      nextRevision(backwards),
      { pageSize: this.pageSize, limit },
    );
  }

  /**
   * One page of a stream read. Reading backwards from a revision past the end returns nothing in ESDB
   * (it reads the index range below that revision), so such a read starts at the end instead.
   */
  private async streamPageFrom(
    streamId: string,
    revision: number,
    size: number,
    backwards: boolean,
  ): Promise<StoredEvent[]> {
    if (!backwards) return this.readStreamPage(streamId, BigInt(revision), size, false);
    const last = await this.lastOfStream(streamId);
    if (last === undefined) return [];
    if (revision < last.revision) {
      return this.readStreamPage(streamId, BigInt(revision), size, true);
    }
    // Appends after `last` was read are past the requested revision: leave them out.
    const page = await this.readStreamPage(streamId, END, size, true);
    return page.filter((event) => event.revision <= revision);
  }

  private async readStreamPage(
    streamId: string,
    fromRevision: ReadRevision,
    maxCount: number,
    backwards: boolean,
  ): Promise<StoredEvent[]> {
    const page = await this.collect(`read ${streamId}`, () =>
      this.client.readStream(this.prefix + streamId, {
        fromRevision,
        maxCount,
        direction: backwards ? BACKWARDS : FORWARDS,
      }),
    );
    return page.flatMap((resolved) => this.userEvent(resolved) ?? []);
  }

  private async lastOfStream(streamId: string): Promise<StoredEvent | undefined> {
    const [last] = await this.readStreamPage(streamId, END, 1, true);
    return last;
  }

  /**
   * $all in pages, forwards, after `after`. The 6.x client offers the server-side filter only on
   * subscriptions, so a finite read skips system events (`$`-types, `$`-streams) itself; the cursor moves
   * over them too, so a page of nothing but system events still advances.
   */
  async *readAll(options?: ReadAllOptions): AsyncGenerator<StoredEvent> {
    const { after, limit } = readAllPlan(options);
    let remaining = limit ?? Number.POSITIVE_INFINITY;
    let from: ReadPosition = after === 0n ? START : decodeEsdbPosition(after);
    let cursor = after;
    while (remaining > 0) {
      const page = await this.readAllPage(from, this.pageSize, false);
      for (const resolved of page) {
        const stored = this.userEvent(resolved);
        const position = resolved.event?.position;
        if (position !== undefined) from = position;
        if (stored === undefined || stored.position <= cursor) continue;
        cursor = stored.position;
        yield stored;
        remaining -= 1;
        if (remaining === 0) return;
      }
      if (page.length < this.pageSize) return;
    }
  }

  /**
   * The last event of $all that is not a system event (nor another prefix's), reading backwards from the
   * end in pages that grow from a few events: usually the very last event is memberflow's.
   */
  async lastEvent(): Promise<StoredEvent | undefined> {
    let from: ReadPosition = END;
    for (let size = 8; ; size = Math.min(size * 4, this.pageSize)) {
      const page = await this.readAllPage(from, size, true);
      for (const resolved of page) {
        const stored = this.userEvent(resolved);
        if (stored !== undefined) return stored;
      }
      const last = page[page.length - 1]?.event?.position;
      if (page.length < size || last === undefined) return undefined;
      // Inclusive: the next page starts with the event this one ended on, a system event.
      from = last;
    }
  }

  private readAllPage(
    fromPosition: ReadPosition,
    maxCount: number,
    backwards: boolean,
  ): Promise<AllStreamResolvedEvent[]> {
    return this.collect('read $all', () =>
      this.client.readAll({ fromPosition, maxCount, direction: backwards ? BACKWARDS : FORWARDS }),
    );
  }

  /** Catch-up then live over $all, filtered on the server (no system events), from a stored position. */
  subscribeAll(options?: SubscribeAllOptions): AsyncIterable<readonly StoredEvent[]> {
    const { after } = readAllPlan(options);
    const signal = options?.signal
      ? AbortSignal.any([options.signal, this.closing.signal])
      : this.closing.signal;
    return this.subscribe(after, signal);
  }

  /** The client hands the subscription's events over one at a time: each is a page of its own. */
  private async *subscribe(
    after: bigint,
    signal: AbortSignal,
  ): AsyncGenerator<readonly StoredEvent[]> {
    if (signal.aborted) return;
    this.checkOpen();
    // A catch-up subscription (never a persistent one, style.md trap 8) from the stored position;
    // ESDB delivers the events after it, in $all order.
    const subscription = this.client.subscribeToAll({
      fromPosition: after === 0n ? START : decodeEsdbPosition(after),
      filter:
        this.prefix === '' ? excludeSystemEvents() : streamNameFilter({ prefixes: [this.prefix] }),
    });
    const iterator = subscription[Symbol.asyncIterator]();
    let onAbort: () => void = () => undefined;
    const aborted = new Promise<'aborted'>((resolve) => {
      onAbort = () => resolve('aborted');
      signal.addEventListener('abort', onAbort, { once: true });
    });
    let cursor = after;
    try {
      for (;;) {
        // Consumed with for-await semantics (style.md trap 7): the next event is asked for only when the
        // consumer took the previous one; the race lets an abort end a subscription waiting for events.
        const next = await Promise.race([iterator.next(), aborted]).catch((error: unknown) => {
          throw mapEsdbError(error, { server: this.server, action: 'subscribe to $all' });
        });
        if (next === 'aborted' || next.done === true) return;
        const stored = this.userEvent(next.value);
        if (stored === undefined || stored.position <= cursor) continue;
        cursor = stored.position;
        yield [stored];
        if (signal.aborted) return;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      await subscription.unsubscribe().catch(() => undefined);
      await iterator.return?.().catch(() => undefined);
    }
  }

  /** The port's event, or undefined for what the port does not show (system events, link events). */
  private userEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): StoredEvent | undefined {
    const event = resolved.event;
    if (
      event === undefined ||
      event.type.startsWith('$') ||
      event.streamId.startsWith('$') ||
      !event.streamId.startsWith(this.prefix)
    ) {
      return undefined;
    }
    return fromEsdbEvent(event, event.streamId.slice(this.prefix.length));
  }

  async streamRevision(streamId: string): Promise<number | undefined> {
    return (await this.lastOfStream(streamId))?.revision;
  }

  async headPosition(): Promise<bigint> {
    return (await this.lastEvent())?.position ?? 0n;
  }

  /**
   * Writes events as another store recorded them, in order: each run of consecutive events of one stream
   * is one append, expected at the revision before the run, so nothing lands twice or out of place.
   */
  async importRecorded(events: readonly StoredEvent[]): Promise<void> {
    this.checkOpen();
    for (let start = 0; start < events.length;) {
      let end = start + 1;
      while (end < events.length && events[end].streamId === events[start].streamId) end += 1;
      const run = events.slice(start, end);
      await this.importRun(run);
      start = end;
    }
  }

  private async importRun(run: readonly StoredEvent[]): Promise<void> {
    const { streamId, revision } = run[0];
    // Within the run the links are checked here; the link to the stream's head here is guaranteed by
    // the expected revision for the revision and checked by the migration's verification for the hash.
    run.forEach((event, i) => {
      checkEsdbEventId(streamId, event.eventId);
      const prevHash = i === 0 ? (revision === 0 ? GENESIS_HASH : event.prevHash) : run[i - 1].hash;
      if (event.revision !== revision + i || event.prevHash !== prevHash) {
        throw new MigrationConflictError(
          `events to import into ${streamId} do not follow each other at revision ${event.revision}`,
        );
      }
    });
    const expectedRevision: AppendExpectedRevision =
      revision === 0 ? NO_STREAM : BigInt(revision - 1);
    try {
      await this.client.appendToStream(this.prefix + streamId, run.map(toEsdbEvent), {
        expectedRevision,
      });
    } catch (error) {
      const mapped = mapEsdbError(error, {
        server: this.server,
        action: `import into ${streamId}`,
        append: { streamId, expected: revision === 0 ? 'no_stream' : revision - 1 },
      });
      if (mapped instanceof WrongExpectedRevisionError) {
        throw new MigrationConflictError(
          `${streamId} is at revision ${mapped.actual ?? 'none'} here; the event to import is at revision ${revision}`,
        );
      }
      throw mapped;
    }
  }

  /** ESDB keeps no count: the events are read and counted (for the migration's progress and checks). */
  async countEvents(range: EventRange = {}): Promise<number> {
    let count = 0;
    for await (const event of this.readAll({ after: range.after })) {
      if (range.upTo !== undefined && event.position > range.upTo) break;
      count += 1;
    }
    return count;
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    this.closing.abort();
    await this.client.dispose();
  }

  private checkOpen(): void {
    if (this.closing.signal.aborted) {
      throw new StoreUnavailableError(`the EventStoreDB event store at ${this.server} is closed`);
    }
  }

  /** Reads a whole (bounded) client read into memory, mapping failures; a missing stream reads as empty. */
  private async collect<E>(action: string, read: () => AsyncIterable<E>): Promise<E[]> {
    this.checkOpen();
    const items: E[] = [];
    try {
      for await (const item of read()) items.push(item);
    } catch (error) {
      if (isMissingStream(error)) return [];
      throw mapEsdbError(error, { server: this.server, action });
    }
    return items;
  }
}
