import {
  DuplicateEventIdError,
  StoreUnavailableError,
  WrongExpectedRevisionError,
  type ExpectedRevision,
} from '../event-store.port';
import type { PlannedAppend } from '../append-rules';
import type { AppendRequest } from '../group-commit';
import type { SqliteConnectionOptions } from './sqlite-connection';

/** What the writer thread is started with. */
export interface WriterThreadData {
  readonly connection: SqliteConnectionOptions;
}

/** To the writer thread: a group to write, or the end. */
export type ToWriter =
  | { readonly kind: 'write'; readonly id: number; readonly group: readonly AppendRequest[] }
  | { readonly kind: 'close' };

/**
 * From the writer thread: what became of each append (its rows rather than parsed events: strings
 * cross between threads far more cheaply than objects), or the failure of the whole group.
 */
export type FromWriter =
  | { readonly id: number; readonly appends: readonly WirePlannedAppend[] }
  | { readonly id: number; readonly failure: WireError };

export type WirePlannedAppend =
  Extract<PlannedAppend, { ok: true }> | { readonly ok: false; readonly error: WireError };

/**
 * An error as it crosses between threads. A structured clone keeps only an error's message and
 * standard name, so the port's typed errors travel as their fields and are built again on arrival,
 * the same classes the caller would get from a write on its own thread.
 */
export type WireError =
  | {
      readonly kind: 'wrong_expected_revision';
      readonly streamId: string;
      readonly expected: ExpectedRevision;
      readonly actual: number | undefined;
    }
  | {
      readonly kind: 'duplicate_event_id';
      readonly streamId: string;
      readonly eventId: string;
      readonly existingStreamId: string;
    }
  | { readonly kind: 'store_unavailable'; readonly message: string }
  | { readonly kind: 'other'; readonly name: string; readonly message: string };

export function toWireError(error: unknown): WireError {
  if (error instanceof WrongExpectedRevisionError) {
    const { streamId, expected, actual } = error;
    return { kind: 'wrong_expected_revision', streamId, expected, actual };
  }
  if (error instanceof DuplicateEventIdError) {
    const { streamId, eventId, existingStreamId } = error;
    return { kind: 'duplicate_event_id', streamId, eventId, existingStreamId };
  }
  if (error instanceof StoreUnavailableError)
    return { kind: 'store_unavailable', message: error.message };
  return error instanceof Error
    ? { kind: 'other', name: error.name, message: error.message }
    : { kind: 'other', name: 'Error', message: String(error) };
}

export function fromWireError(wire: WireError): Error {
  switch (wire.kind) {
    case 'wrong_expected_revision':
      return new WrongExpectedRevisionError(wire.streamId, wire.expected, wire.actual);
    case 'duplicate_event_id':
      return new DuplicateEventIdError(wire.streamId, wire.eventId, wire.existingStreamId);
    case 'store_unavailable':
      return new StoreUnavailableError(wire.message);
    case 'other':
      return Object.assign(new Error(wire.message), { name: wire.name });
  }
}

export function toWirePlannedAppend(planned: PlannedAppend): WirePlannedAppend {
  return planned.ok ? planned : { ok: false, error: toWireError(planned.error) };
}

export function fromWirePlannedAppend(wire: WirePlannedAppend): PlannedAppend {
  return wire.ok ? wire : { ok: false, error: fromWireError(wire.error) };
}
