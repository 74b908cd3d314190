/**
 * Test support for the audit specs: stored events chained exactly as the adapters chain them, in a
 * store held in arrays the specs can tamper with. Not used by production code.
 */
import {
  GENESIS_HASH,
  computeEventHash,
  type EventMetadata,
  type EventStore,
  type ReadStreamOptions,
  type StoredEvent,
} from '@memberflow/event-store';

export interface EventSpec {
  readonly streamId: string;
  readonly type: string;
  readonly data?: unknown;
  readonly occurredOn?: string;
  readonly recordedAt?: string;
  readonly metadata?: Partial<EventMetadata>;
}

/** Hashes an event the way the store does: over its fields and its predecessor's hash. */
export function rehash(event: Omit<StoredEvent, 'hash'>): StoredEvent {
  return { ...event, hash: computeEventHash(event.prevHash, event) };
}

/** Events appended one after the other, each stream chained from GENESIS_HASH. */
export function chained(specs: readonly EventSpec[]): StoredEvent[] {
  const heads = new Map<string, { revision: number; hash: string }>();
  return specs.map((spec, index) => {
    const head = heads.get(spec.streamId);
    const revision = head ? head.revision + 1 : 0;
    const event = rehash({
      streamId: spec.streamId,
      revision,
      position: BigInt(index + 1),
      eventId: `${spec.streamId}-e${revision}`,
      type: spec.type,
      schemaVersion: 1,
      data: spec.data ?? { n: index },
      metadata: {
        commandId: `c${index}`,
        correlationId: `c${index}`,
        causationId: `c${index}`,
        actor: { id: 'officer-1', role: 'officer', orgId: 'cell-1' },
        occurredOn: spec.occurredOn ?? '2024-03-01',
        ...spec.metadata,
      },
      recordedAt: spec.recordedAt ?? '2024-03-01T03:00:00.000Z',
      prevHash: head?.hash ?? GENESIS_HASH,
    });
    heads.set(spec.streamId, { revision, hash: event.hash });
    return event;
  });
}

/**
 * A read-only store over an array of events in position order. `heads` plays the streams table (the
 * revision the store records for each stream); by default it is derived from the events.
 */
export class MemoryStore implements EventStore {
  readonly heads: Map<string, number>;

  constructor(
    public events: StoredEvent[],
    heads?: Map<string, number>,
  ) {
    this.heads = heads ?? new Map();
    if (!heads) for (const event of events) this.heads.set(event.streamId, event.revision);
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<StoredEvent> {
    const from = options.from ?? 0;
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const events = this.events
      .filter((event) => event.streamId === streamId && event.revision >= from)
      .sort((a, b) => a.revision - b.revision)
      .slice(0, limit);
    yield* events;
  }

  async *readAll(): AsyncIterable<StoredEvent> {
    yield* [...this.events].sort((a, b) => (a.position < b.position ? -1 : 1));
  }

  subscribeAll(): AsyncIterable<readonly StoredEvent[]> {
    throw new Error('not supported');
  }

  async streamRevision(streamId: string): Promise<number | undefined> {
    return this.heads.get(streamId);
  }

  async headPosition(): Promise<bigint> {
    return this.events.reduce((max, event) => (event.position > max ? event.position : max), 0n);
  }

  async append(): Promise<never> {
    throw new Error('read-only');
  }

  async close(): Promise<void> {}
}
