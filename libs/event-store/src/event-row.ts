import type { EventMetadata, EventToAppend, StoredEvent } from './event-store.port';
import { GENESIS_HASH, canonicalJson, computeEventHashOfCanonical } from './hash-chain';

/**
 * An event as the SQL adapters keep it: data and metadata as canonical JSON text (so the bytes read
 * back are the bytes that were hashed), everything else in columns of its own.
 */
export interface EventRecord {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** The last event of a stream, as the streams table keeps it. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

/**
 * An event to append with its data and metadata serialized as canonical JSON: the very bytes that are
 * hashed and stored. Serialized once, when the append is made, so that a value JSON cannot carry fails
 * that append alone, before it joins a group.
 */
export interface CanonicalEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
}

export function canonicalEvent(event: EventToAppend): CanonicalEvent {
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: canonicalJson(event.data),
    metadata: canonicalJson(event.metadata),
  };
}

/**
 * Numbers the batch after the stream's head and links each event to its predecessor's hash. All events
 * of one append share the time the store recorded them.
 */
export function chainRecords(
  streamId: string,
  head: StreamHead | undefined,
  events: readonly CanonicalEvent[],
  recordedAt: string,
): EventRecord[] {
  let prevHash = head?.hash ?? GENESIS_HASH;
  const firstRevision = head === undefined ? 0 : head.revision + 1;
  return events.map((event, index) => {
    const fields = {
      streamId,
      revision: firstRevision + index,
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      recordedAt,
    };
    const hash = computeEventHashOfCanonical(prevHash, fields, event.data, event.metadata);
    const record: EventRecord = {
      ...fields,
      data: event.data,
      metadata: event.metadata,
      prevHash,
      hash,
    };
    prevHash = hash;
    return record;
  });
}

/**
 * The select list every SQL adapter reads events with; the aliases give rows the shape of
 * {@link EventRow} in SQLite and PostgreSQL alike.
 */
export const EVENT_COLUMNS =
  'position, stream_id AS "streamId", revision, event_id AS "eventId", type, ' +
  'schema_version AS "schemaVersion", data, metadata, recorded_at AS "recordedAt", ' +
  'prev_hash AS "prevHash", hash';

/** A row selected with {@link EVENT_COLUMNS}; integer columns come back as each driver returns them. */
export interface EventRow extends Omit<EventRecord, 'revision' | 'schemaVersion'> {
  readonly position: bigint | string;
  readonly revision: number | bigint;
  readonly schemaVersion: number | bigint;
}

/** A record just written at `position`, as reading it back would give it (data and metadata parsed). */
export function recordToStoredEvent(record: EventRecord, position: bigint): StoredEvent {
  return {
    position,
    streamId: record.streamId,
    revision: record.revision,
    eventId: record.eventId,
    type: record.type,
    schemaVersion: record.schemaVersion,
    data: JSON.parse(record.data) as unknown,
    metadata: JSON.parse(record.metadata) as EventMetadata,
    recordedAt: record.recordedAt,
    prevHash: record.prevHash,
    hash: record.hash,
  };
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    position: BigInt(row.position),
    streamId: row.streamId,
    revision: Number(row.revision),
    eventId: row.eventId,
    type: row.type,
    schemaVersion: Number(row.schemaVersion),
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as EventMetadata,
    recordedAt: row.recordedAt,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
