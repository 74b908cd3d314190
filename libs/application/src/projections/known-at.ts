import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeAllOptions,
} from '@memberflow/event-store';
import {
  openReadDb,
  PROJECTIONS,
  ProjectionRunner,
  ServingTables,
  StatisticsQueries,
} from '@memberflow/projections';

/**
 * The store as it was when its last event at or before `until` had been written: a read-only view for
 * replaying projections as of a record time. Its subscription ends its catch-up at `until` and then
 * waits, as a live subscription to a store that receives nothing would.
 */
export class StoreUpTo implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly until: bigint,
  ) {}

  append(): Promise<AppendResult> {
    return Promise.reject(new Error('a store seen as of a past time is read-only'));
  }

  async *readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    for await (const event of this.store.readStream(streamId, options)) {
      if (event.position <= this.until) yield event;
    }
  }

  async *readAll(options?: ReadAllOptions): AsyncIterable<StoredEvent> {
    for await (const event of this.store.readAll(options)) {
      if (event.position > this.until) return;
      yield event;
    }
  }

  /** The store's own pages cut at `until`; then it waits, as a subscription to a quiet store would. */
  async *subscribeAll(options: SubscribeAllOptions = {}): AsyncIterable<readonly StoredEvent[]> {
    const after = options.after ?? 0n;
    const signal = options.signal;
    if (after < this.until) {
      // Leaving the loop ends the store's subscription (it is paused on the page it just gave).
      for await (const page of this.store.subscribeAll({ after, signal })) {
        const known = page.filter((event) => event.position <= this.until);
        if (known.length > 0) yield known;
        if (known.length < page.length || known[known.length - 1].position === this.until) break;
      }
    }
    if (signal && !signal.aborted) {
      await new Promise<void>((resolve) =>
        signal.addEventListener('abort', () => resolve(), { once: true }),
      );
    }
  }

  async streamRevision(streamId: string): Promise<number | undefined> {
    let revision: number | undefined;
    for await (const event of this.readStream(streamId)) revision = event.revision;
    return revision;
  }

  async headPosition(): Promise<bigint> {
    const head = await this.store.headPosition();
    return head < this.until ? head : this.until;
  }

  async close(): Promise<void> {
    // The view does not own the store it reads.
  }
}

/**
 * The last position recorded at or before `knownAt` (ISO instant). Record times follow positions: every
 * adapter takes `recordedAt` under its write lock.
 */
export async function positionKnownAt(store: EventStore, knownAt: string): Promise<bigint> {
  let position = 0n;
  for await (const event of store.readAll()) {
    if (event.recordedAt > knownAt) break;
    position = event.position;
  }
  return position;
}

/**
 * Statistics as the system knew them at a record time ("what did we report on 31/12/2021?"): every
 * projection is replayed into a scratch read database from the events recorded by then, queried, and
 * thrown away. It costs a rebuild (seconds for a province), which an auditor's question can afford.
 */
export async function withStatisticsKnownAt<T>(
  store: EventStore,
  knownAt: string,
  query: (statistics: StatisticsQueries) => Promise<T>,
): Promise<T> {
  const until = await positionKnownAt(store, knownAt);
  const dir = mkdtempSync(join(tmpdir(), 'memberflow-known-at-'));
  const db = await openReadDb(`sqlite:${join(dir, 'read.db')}`);
  const serving = new ServingTables(db);
  const runner = new ProjectionRunner(new StoreUpTo(store, until), db, PROJECTIONS, {
    onSwap: () => serving.invalidate(),
  });
  try {
    runner.start();
    await runner.waitUntilCaughtUp(120_000);
    return await query(new StatisticsQueries(db, serving));
  } finally {
    await runner.stop();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
