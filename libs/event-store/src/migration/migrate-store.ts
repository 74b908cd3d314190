import type { EventStore, StoredEvent } from '../event-store.port';
import { isMigrationTarget, type EventRange, type MigrationTarget } from './migration-target';
import { verifyCopy, type CopyVerification } from './verify-copy';

export interface MigrateStoreOptions {
  readonly source: EventStore;
  readonly target: EventStore & MigrationTarget;
  /** Events per import (one transaction on the SQL stores). Default 1,000. */
  readonly batchSize?: number;
  /** Stops the copy after the batch in flight (or the verification); run again to resume. */
  readonly signal?: AbortSignal;
  /** Called after every batch copied or verified. */
  readonly onProgress?: (progress: MigrationProgress) => void;
}

export interface MigrationProgress {
  readonly phase: 'copy' | 'verify';
  /** Events done in this phase; for the copy, including those an earlier run copied. */
  readonly done: number;
  /** Events the phase will have done at its end. */
  readonly total: number;
  /** `done` when the phase started in this run (for the rate: (done - startedFrom) / time). */
  readonly startedFrom: number;
}

export interface MigrationSummary {
  /** `interrupted`: the signal stopped the copy; the target holds a prefix of the source, resumable. */
  readonly outcome: 'complete' | 'interrupted';
  /** The target already held the start of this source (an earlier run was interrupted). */
  readonly resumed: boolean;
  /** Events in the source up to its head when this run started: what the copy covers. */
  readonly sourceEvents: number;
  /** The source's head position when this run started. */
  readonly sourceHead: bigint;
  /** Events the target held when this run started. */
  readonly copiedBefore: number;
  /** Events this run copied. */
  readonly copied: number;
  readonly copyMs: number;
  /** Set when the copy completed. */
  readonly verification?: CopyVerification;
}

/** The target holds events that are not the start of this source: nothing was written. */
export class MigrationRefusedError extends Error {
  constructor(reason: string) {
    super(
      `refusing to migrate: ${reason}. Migrate into an empty store, or resume an interrupted migration with the same source.`,
    );
    this.name = 'MigrationRefusedError';
  }
}

/**
 * Copies every event of `source` into `target` in global order, ids, metadata, recordedAt and hashes
 * intact, then verifies the copy (counts, order, ids, hashes, and every stream's chain on the target).
 *
 * Resumable without a side file: where to resume is read from the target itself. Its last event must be
 * in the source (same stream, revision, id and hash), its first the source's first, and it must hold as
 * many events as the source has up to that event; the copy continues after that event's source position.
 * A non-empty target that is not such a prefix is refused.
 *
 * Copies what the source holds when the run starts; events appended meanwhile are left to the next run
 * (which resumes), so a live deployment can be copied, then stopped, then topped up and switched.
 */
export async function migrateStore(options: MigrateStoreOptions): Promise<MigrationSummary> {
  const { source, target, signal, onProgress } = options;
  const batchSize = options.batchSize ?? 1_000;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batch size ${batchSize} is not a positive integer`);
  }
  const resume = await resumePoint(source, target);
  const sourceHead = await source.headPosition();
  const sourceEvents = await countEvents(source, { upTo: sourceHead });
  const summary = {
    resumed: resume.copied > 0,
    sourceEvents,
    sourceHead,
    copiedBefore: resume.copied,
  };
  const report = (done: number): void =>
    onProgress?.({ phase: 'copy', done, total: sourceEvents, startedFrom: resume.copied });

  const started = Date.now();
  let copied = 0;
  report(resume.copied);
  // One import in flight while the next batch is read: the source's reads overlap the target's writes,
  // and batches still land one after the other, in order.
  let inFlight: Promise<void> | undefined;
  const settle = async (): Promise<void> => {
    const pending = inFlight;
    inFlight = undefined;
    await pending;
  };
  const startImport = (batch: StoredEvent[]): void => {
    inFlight = target.importRecorded(batch).then(async () => {
      copied += batch.length;
      report(resume.copied + copied);
      // SQLite answers synchronously: without a turn of the event loop, signals (Ctrl-C) and timers
      // would wait for the whole copy.
      await turnOfEventLoop();
    });
  };
  try {
    let batch: StoredEvent[] = [];
    if (!signal?.aborted) {
      for await (const event of source.readAll({ after: resume.after })) {
        if (event.position > sourceHead) break;
        batch.push(event);
        if (batch.length < batchSize) continue;
        await settle();
        if (signal?.aborted) break;
        startImport(batch);
        batch = [];
      }
    }
    await settle();
    if (!signal?.aborted && batch.length > 0) {
      startImport(batch);
      await settle();
    }
  } finally {
    // A failed read must not leave an import running unobserved.
    await inFlight?.catch(() => undefined);
  }
  const interrupted = signal?.aborted === true;
  const copyMs = Date.now() - started;
  if (interrupted) return { ...summary, outcome: 'interrupted', copied, copyMs };

  const verification = await verifyCopy(source, target, {
    upTo: sourceHead,
    signal,
    onProgress: (done) =>
      onProgress?.({ phase: 'verify', done, total: sourceEvents, startedFrom: 0 }),
  });
  // Stopped while verifying: the copy is whole; the next run copies nothing and verifies.
  if (!verification.ok && verification.interrupted) {
    return { ...summary, outcome: 'interrupted', copied, copyMs };
  }
  return { ...summary, outcome: 'complete', copied, copyMs, verification };
}

/** Where the copy continues in the source, and how many events the target already holds. */
async function resumePoint(
  source: EventStore,
  target: EventStore & MigrationTarget,
): Promise<{ after: bigint; copied: number }> {
  const last = await target.lastEvent();
  if (last === undefined) return { after: 0n, copied: 0 };
  const [first, sourceFirst] = await Promise.all([
    firstOf(target.readAll({ limit: 1 })),
    firstOf(source.readAll({ limit: 1 })),
  ]);
  if (first === undefined || sourceFirst === undefined || !sameEvent(first, sourceFirst)) {
    throw new MigrationRefusedError(
      `the target is not empty and its first event (${describe(first)}) is not the source's first (${describe(sourceFirst)})`,
    );
  }
  const inSource = await firstOf(
    source.readStream(last.streamId, { from: last.revision, limit: 1 }),
  );
  if (inSource === undefined || !sameEvent(inSource, last)) {
    throw new MigrationRefusedError(
      `the target's last event (${describe(last)}) is not in the source at the same place with the same hash`,
    );
  }
  const [copied, expected] = await Promise.all([
    target.countEvents(),
    countEvents(source, { upTo: inSource.position }),
  ]);
  if (copied !== expected) {
    throw new MigrationRefusedError(
      `the target holds ${copied} events, the source ${expected} up to the target's last event, so the target is not a copy of the start of this source`,
    );
  }
  return { after: inSource.position, copied };
}

/** Counts with the store's own count when it has one, else by reading. */
export async function countEvents(store: EventStore, range: EventRange): Promise<number> {
  if (isMigrationTarget(store)) return store.countEvents(range);
  let count = 0;
  for await (const event of store.readAll({ after: range.after })) {
    if (range.upTo !== undefined && event.position > range.upTo) break;
    count += 1;
  }
  return count;
}

function sameEvent(a: StoredEvent, b: StoredEvent): boolean {
  return (
    a.eventId === b.eventId &&
    a.streamId === b.streamId &&
    a.revision === b.revision &&
    a.hash === b.hash
  );
}

function describe(event: StoredEvent | undefined): string {
  return event === undefined
    ? 'none'
    : `${event.streamId}#${event.revision}, event ${event.eventId}`;
}

function turnOfEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function firstOf<T>(iterable: AsyncIterable<T>): Promise<T | undefined> {
  for await (const item of iterable) return item;
  return undefined;
}
