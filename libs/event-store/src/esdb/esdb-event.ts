import {
  jsonEvent,
  type EventData,
  type JSONType,
  type RecordedEvent,
} from '@eventstore/db-client';
import type { EventMetadata, StoredEvent } from '../event-store.port';
import { encodeEsdbPosition, isKnownLogPosition } from './esdb-position';

/**
 * How a memberflow event sits in EventStoreDB:
 * - the ESDB event id is the event id (a lower-case UUID), the ESDB type is the event type;
 * - the ESDB data is the event data, as JSON (`application/json`, readable in the server's UI);
 * - the ESDB metadata is an envelope: the port's metadata, and what the store adds (schema version,
 *   recordedAt and the hash chain), with `$correlationId`/`$causationId` where ESDB's own tools look.
 * The ESDB stream is the stream and its revision the revision. ESDB's own `created` time is not used:
 * the hash covers `recordedAt`, which must be known before the append.
 */
export interface EsdbEnvelope {
  readonly $correlationId: string;
  readonly $causationId: string;
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
  readonly metadata: EventMetadata;
}

/** An event as memberflow writes it to EventStoreDB: new (chained at append) or imported verbatim. */
export interface EsdbWrite {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * EventStoreDB keeps event ids as UUIDs and gives them back in lower case; any other spelling would come
 * back different from what was hashed, so it is refused before anything is written.
 */
export function checkEsdbEventId(streamId: string, eventId: string): void {
  if (!UUID.test(eventId)) {
    throw new RangeError(
      `append to ${streamId}: event id ${JSON.stringify(eventId)} is not a lower-case UUID, which EventStoreDB requires`,
    );
  }
}

export function toEsdbEvent(event: EsdbWrite): EventData {
  const envelope: EsdbEnvelope = {
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    prevHash: event.prevHash,
    hash: event.hash,
    metadata: event.metadata,
  };
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    // The client serializes with JSON.stringify; any JSON value round-trips, not only its JSONType.
    data: event.data as JSONType,
    metadata: envelope,
  });
}

/** An event in EventStoreDB that memberflow did not write (or cannot read): the store refuses to guess. */
export class EsdbForeignEventError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
    reason: string,
  ) {
    super(
      `EventStoreDB event ${eventId} in stream ${streamId} is not a memberflow event: ${reason}`,
    );
    this.name = 'EsdbForeignEventError';
  }
}

/** Thrown when the server does not say where an event is in the log (servers before 22.6). */
export class EsdbPositionMissingError extends Error {
  constructor(streamId: string, eventId: string) {
    super(
      `EventStoreDB gave no log position for event ${eventId} of ${streamId}; memberflow needs EventStoreDB 22.6 or later`,
    );
    this.name = 'EsdbPositionMissingError';
  }
}

/**
 * The port's event for a recorded ESDB event; refuses what memberflow did not write.
 *
 * @param streamId the port's name of the stream (the ESDB name without the store's prefix)
 */
export function fromEsdbEvent(
  recorded: RecordedEvent,
  streamId: string = recorded.streamId,
): StoredEvent {
  const eventId = recorded.id;
  if (!recorded.isJson) throw new EsdbForeignEventError(streamId, eventId, 'its data is not JSON');
  const envelope = readEnvelope(recorded.metadata);
  if (typeof envelope === 'string') throw new EsdbForeignEventError(streamId, eventId, envelope);
  if (!isKnownLogPosition(recorded.position)) throw new EsdbPositionMissingError(streamId, eventId);
  return {
    position: encodeEsdbPosition(recorded.position),
    streamId,
    revision: Number(recorded.revision),
    eventId,
    type: recorded.type,
    schemaVersion: envelope.schemaVersion,
    data: recorded.data,
    metadata: envelope.metadata,
    recordedAt: envelope.recordedAt,
    prevHash: envelope.prevHash,
    hash: envelope.hash,
  };
}

/** The envelope, or what is wrong with it. */
function readEnvelope(metadata: unknown): EsdbEnvelope | string {
  if (typeof metadata !== 'object' || metadata === null || metadata instanceof Uint8Array) {
    return 'its metadata is not a JSON object';
  }
  const envelope = metadata as Partial<Record<keyof EsdbEnvelope, unknown>>;
  const text = ['recordedAt', 'prevHash', 'hash'] as const;
  for (const key of text) {
    if (typeof envelope[key] !== 'string') return `its metadata has no ${key}`;
  }
  if (!Number.isSafeInteger(envelope.schemaVersion)) return 'its metadata has no schemaVersion';
  if (typeof envelope.metadata !== 'object' || envelope.metadata === null) {
    return 'its metadata has no memberflow metadata';
  }
  return envelope as EsdbEnvelope;
}
