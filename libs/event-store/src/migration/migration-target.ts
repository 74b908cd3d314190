import type { EventStore, StoredEvent } from '../event-store.port';
import { GENESIS_HASH } from '../hash-chain';

/** Positions in (after, upTo]; either end open when left out. */
export interface EventRange {
  readonly after?: bigint;
  readonly upTo?: bigint;
}

/**
 * What `migrate-store` needs of a store beyond the port. Every adapter implements it; it stays off
 * {@link EventStore} because nothing but a migration may write events it did not chain itself.
 */
export interface MigrationTarget {
  /**
   * Writes events exactly as another store recorded them (event id, stream, revision, type, schema
   * version, data, metadata, recordedAt, prevHash, hash), in the order given, at positions of its own.
   * Each event must continue its stream here: the next revision, linked to the stream's last hash; else
   * {@link MigrationConflictError}. SQL stores write the whole batch or none of it; EventStoreDB writes
   * each run of one stream's events atomically, in order.
   */
  importRecorded(events: readonly StoredEvent[]): Promise<void>;
  /** The event with the highest position, or undefined when the store is empty. */
  lastEvent(): Promise<StoredEvent | undefined>;
  /** How many events have a position in the range. */
  countEvents(range?: EventRange): Promise<number>;
}

export function isMigrationTarget(store: EventStore): store is EventStore & MigrationTarget {
  const candidate = store as Partial<MigrationTarget>;
  return (
    typeof candidate.importRecorded === 'function' &&
    typeof candidate.lastEvent === 'function' &&
    typeof candidate.countEvents === 'function'
  );
}

/** An imported event does not continue its stream in the target. */
export class MigrationConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationConflictError';
  }
}

/** The last event of a stream as a store keeps it: its revision and hash. */
export interface ImportHead {
  readonly revision: number;
  readonly hash: string;
}

/**
 * Checks that each event of an import batch continues its stream (the next revision, linked by hash to
 * the previous event), starting from the heads the target has now. Returns the streams' heads after the
 * batch, to be written with it. Pure: the SQL adapters run it inside their write transaction.
 */
export function chainImport(
  heads: ReadonlyMap<string, ImportHead>,
  events: readonly StoredEvent[],
): Map<string, ImportHead> {
  const after = new Map<string, ImportHead>();
  for (const event of events) {
    const head = after.get(event.streamId) ?? heads.get(event.streamId);
    const revision = head === undefined ? 0 : head.revision + 1;
    const prevHash = head?.hash ?? GENESIS_HASH;
    if (event.revision !== revision) {
      throw new MigrationConflictError(
        `${event.streamId} expects revision ${revision} next here, the event to import (${event.eventId}) is at revision ${event.revision}`,
      );
    }
    if (event.prevHash !== prevHash) {
      throw new MigrationConflictError(
        `${event.streamId}#${event.revision} (${event.eventId}) does not link to the stream's last hash here`,
      );
    }
    after.set(event.streamId, { revision: event.revision, hash: event.hash });
  }
  return after;
}
