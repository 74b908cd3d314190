/**
 * The event store contract (architecture.md §4). Every adapter (sqlite, postgres, esdb) implements it and
 * passes the one contract suite. No adapter's client type appears here.
 */

/** Who did it: the authenticated user, their role and the organization unit their token acts for. */
export interface Actor {
  readonly id: string;
  readonly role: string;
  readonly orgId: string;
}

/** Metadata the writer supplies with each event. */
export interface EventMetadata {
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: Actor;
  /** The business date (YYYY-MM-DD) the officer states the step happened on. */
  readonly occurredOn: string;
  readonly reason?: string;
  /** The decision or resolution number, e.g. `125-QĐ/HU`. */
  readonly documentRef?: string;
  readonly policyVersion?: string;
  /** Anything else the writer wants to keep with the event (e.g. the rules it passed). */
  readonly [key: string]: unknown;
}

export interface EventToAppend {
  /** A UUID. Appending an event whose id is already in the stream is a no-op (idempotent retry). */
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface StoredEvent extends EventToAppend {
  readonly streamId: string;
  /** 0-based position of the event within its stream. */
  readonly revision: number;
  /** Global, monotonic position in the whole store. */
  readonly position: bigint;
  /** When the store recorded it (ISO 8601 UTC), system time. */
  readonly recordedAt: string;
  /** Hash of the previous event of the stream (64 zeros for the first). */
  readonly prevHash: string;
  /**
   * SHA-256 over prevHash, type, schema version, canonical data and metadata, recordedAt, stream id,
   * revision and event id (`computeEventHash` in hash-chain.ts).
   */
  readonly hash: string;
}

/** What the writer expects the stream to be before its append. */
export type ExpectedRevision = number | 'no_stream' | 'any';

export interface AppendResult {
  /**
   * Revision of the last event of the stream after the append; on an idempotent retry, of the last event
   * of the retried batch, as the first call returned.
   */
  readonly nextRevision: number;
  /** Global position of the last event appended (or of the existing one on an idempotent retry). */
  readonly position: bigint;
  /** False when every event was already stored (idempotent retry): nothing was written. */
  readonly written: boolean;
  /**
   * The events as this append stored them (revisions, positions, recordedAt, hashes; data and metadata
   * as a read gives them back), so that the writer need not read them again. Present when the append
   * wrote them and the adapter has them at hand; absent on an idempotent retry and from adapters that
   * would need another read to know them (read the stream from `nextRevision` back then).
   */
  readonly events?: readonly StoredEvent[];
}

export interface ReadStreamOptions {
  /** First revision to read (inclusive); for backwards reads, the revision to start from. */
  readonly from?: number;
  readonly direction?: 'forwards' | 'backwards';
  readonly limit?: number;
}

export interface ReadAllOptions {
  /** Read events whose position is strictly greater than this (exclusive); default: from the start. */
  readonly after?: bigint;
  readonly limit?: number;
}

export interface SubscribeAllOptions {
  /** Resume after this position (exclusive); default: from the start. */
  readonly after?: bigint;
  /** Stops the subscription: the iterator returns once aborted. */
  readonly signal?: AbortSignal;
}

export interface EventStore {
  append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<StoredEvent>;
  /**
   * Catch-up then live, in position order, without gap or duplicate: in pages of the events read
   * together (never empty), so that a consumer catching up on millions pays one await per page, not
   * one per event.
   */
  subscribeAll(options?: SubscribeAllOptions): AsyncIterable<readonly StoredEvent[]>;
  /** Revision of the last event of the stream, or undefined when the stream does not exist. */
  streamRevision(streamId: string): Promise<number | undefined>;
  /**
   * Optional: the revisions of several streams with one query (streams that do not exist are left
   * out), for adapters where a query costs a round trip. Callers fall back on `streamRevision`.
   */
  streamRevisions?(streamIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Position of the last event in the store (0n when empty). */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}

/** The stream was not at the revision the writer expected. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | undefined,
  ) {
    super(
      `stream ${streamId}: expected revision ${String(expected)}, actual ${actual === undefined ? 'no stream' : actual}`,
    );
    this.name = 'WrongExpectedRevisionError';
  }
}

/** The store cannot be reached or answered with an unexpected failure. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * An event id of the batch is already stored in another stream. Event ids are unique in the whole store;
 * re-deciding cannot fix this, so it is not a revision conflict.
 */
export class DuplicateEventIdError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
    readonly existingStreamId: string,
  ) {
    super(`stream ${streamId}: event ${eventId} is already stored in stream ${existingStreamId}`);
    this.name = 'DuplicateEventIdError';
  }
}
