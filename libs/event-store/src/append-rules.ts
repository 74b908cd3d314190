import {
  DuplicateEventIdError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
} from './event-store.port';

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
  events: readonly EventToAppend[],
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
