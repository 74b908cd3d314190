import {
  DuplicateEventIdError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
} from './event-store.port';
import { chainRecords, recordToStoredEvent, type EventRecord, type StreamHead } from './event-row';
import type { AppendOutcome, AppendRequest } from './group-commit';

/**
 * What every adapter decides the same way when appending, kept free of I/O: the adapter runs these
 * inside its write transaction with what it read there.
 */

/** Refuses a malformed call before any I/O; these are programming errors, not conflicts. */
export function checkAppendArguments(
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): void {
  if (streamId.length === 0) throw new RangeError('append: the stream id is empty');
  if (events.length === 0) throw new RangeError(`append to ${streamId}: no events`);
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new RangeError(`append to ${streamId}: expected revision ${expected} is not a revision`);
  }
  const ids = new Set<string>();
  for (const event of events) {
    if (ids.has(event.eventId)) {
      throw new RangeError(`append to ${streamId}: event ${event.eventId} appears twice`);
    }
    ids.add(event.eventId);
    if (!Number.isSafeInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new RangeError(
        `append to ${streamId}: event ${event.eventId} has schema version ${event.schemaVersion}`,
      );
    }
  }
}

/** Where an event id of the batch is already stored. */
export interface StoredEventPlace {
  readonly streamId: string;
  readonly revision: number;
  readonly position: bigint;
}

/**
 * Recognizes a retry of an append that already succeeded: every event id is stored, in this stream, in
 * the same order, at the place the same expected revision put them. Returns the original result
 * (`written: false`), or undefined when none of the ids is stored yet. Anything in between is a conflict.
 *
 * @param stored where each event of the batch is stored, by index; undefined when it is not
 * @param actual the stream's current revision, for the conflict's message
 */
export function priorAppendResult(
  streamId: string,
  events: readonly Pick<EventToAppend, 'eventId'>[],
  expected: ExpectedRevision,
  stored: readonly (StoredEventPlace | undefined)[],
  actual: number | undefined,
): AppendResult | undefined {
  if (stored.every((place) => place === undefined)) return undefined;
  stored.forEach((place, index) => {
    if (place !== undefined && place.streamId !== streamId) {
      throw new DuplicateEventIdError(streamId, events[index].eventId, place.streamId);
    }
  });
  const first = stored[0]?.revision;
  const inPlace =
    first !== undefined &&
    stored.every((place, index) => place?.revision === first + index) &&
    (expected === 'any' || (expected === 'no_stream' ? first === 0 : first === expected + 1));
  const last = stored[stored.length - 1];
  if (!inPlace || last === undefined)
    throw new WrongExpectedRevisionError(streamId, expected, actual);
  return { nextRevision: last.revision, position: last.position, written: false };
}

/** Throws the typed conflict unless the stream is where the writer expects it. */
export function checkExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  actual: number | undefined,
): void {
  const matches =
    expected === 'any' || (expected === 'no_stream' ? actual === undefined : actual === expected);
  if (!matches) throw new WrongExpectedRevisionError(streamId, expected, actual);
}

/** An event row an append of the group writes, at its position. */
export interface PlannedRow {
  readonly record: EventRecord;
  readonly position: bigint;
}

/**
 * What one append of a group comes to: its result and the rows it writes (none for an idempotent
 * retry), or its own error. The result's `events` are made from the rows by {@link plannedOutcome}.
 */
export type PlannedAppend =
  | { readonly ok: true; readonly result: AppendResult; readonly rows: readonly PlannedRow[] }
  | { readonly ok: false; readonly error: unknown };

/** The outcome an append of the plan is answered with, its events as a read would give them back. */
export function plannedOutcome(planned: PlannedAppend): AppendOutcome {
  if (!planned.ok || planned.rows.length === 0) return planned;
  const events = planned.rows.map((row) => recordToStoredEvent(row.record, row.position));
  return { ok: true, result: { ...planned.result, events } };
}

/** What a group of appends comes to, decided in memory before anything is written. */
export interface GroupPlan {
  /** One per append of the group, in order. */
  readonly appends: readonly PlannedAppend[];
  /** The rows to insert, in position order. */
  readonly records: readonly EventRecord[];
  /** The position of each record. */
  readonly positions: readonly bigint[];
  /** The new head of every stream the group writes to. */
  readonly heads: ReadonlyMap<string, StreamHead>;
}

/**
 * Decides a group of appends one after the other, as if each were alone and in that order: each sees
 * the streams and event ids the appends before it in the group wrote, keeps its own expected-revision
 * check and idempotent retry, and gets its own outcome, so that one append's conflict never affects
 * another's. For adapters that write the whole group with a few statements (PostgreSQL): they read the
 * heads of the group's streams, where its event ids are already stored and the last position, under the
 * append lock, then write `records` and `heads`.
 *
 * @param heads the current head of each stream of the group that exists
 * @param places where each event id of the group is already stored, if it is
 */
export function planGroup(
  group: readonly AppendRequest[],
  heads: ReadonlyMap<string, StreamHead>,
  places: ReadonlyMap<string, StoredEventPlace>,
  lastPosition: bigint,
  recordedAt: string,
): GroupPlan {
  const nextHeads = new Map(heads);
  const nextPlaces = new Map(places);
  const written = new Map<string, StreamHead>();
  const records: EventRecord[] = [];
  const positions: bigint[] = [];
  const appends = group.map(({ streamId, events, expected }): PlannedAppend => {
    try {
      const head = nextHeads.get(streamId);
      const stored = events.map((event) => nextPlaces.get(event.eventId));
      const prior = priorAppendResult(streamId, events, expected, stored, head?.revision);
      if (prior !== undefined) return { ok: true, result: prior, rows: [] };
      checkExpectedRevision(streamId, expected, head?.revision);
      const rows = chainRecords(streamId, head, events, recordedAt).map((record) => {
        const position = lastPosition + BigInt(records.length + 1);
        records.push(record);
        positions.push(position);
        nextPlaces.set(record.eventId, { streamId, revision: record.revision, position });
        return { record, position };
      });
      const last = rows[rows.length - 1];
      const newHead = { revision: last.record.revision, hash: last.record.hash };
      nextHeads.set(streamId, newHead);
      written.set(streamId, newHead);
      return {
        ok: true,
        result: { nextRevision: newHead.revision, position: last.position, written: true },
        rows,
      };
    } catch (error) {
      return { ok: false, error };
    }
  });
  return { appends, records, positions, heads: written };
}
