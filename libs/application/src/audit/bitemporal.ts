import { addDays, isLocalDate, type LocalDate } from '@memberflow/domain';
import type { StoredEvent } from '@memberflow/event-store';

/** Business dates are stated in Vietnam's time (UTC+7, no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The first instant after a business date: midnight of the next day in Vietnam, as UTC milliseconds. */
export function endOfBusinessDay(date: LocalDate): number {
  return Date.parse(`${addDays(date, 1)}T00:00:00Z`) - VIETNAM_OFFSET_MS;
}

/**
 * A late entry: recorded after the end of the business day it happened on (a ceremony held on 3 March
 * and recorded on 10 March). Normal, but an auditor asking "as known at" needs to see it.
 */
export function isLate(event: Pick<StoredEvent, 'recordedAt' | 'metadata'>): boolean {
  return Date.parse(event.recordedAt) >= endOfBusinessDay(event.metadata.occurredOn);
}

/** Whole days between the end of the business day and the record time (0 when not late). */
export function daysLate(event: Pick<StoredEvent, 'recordedAt' | 'metadata'>): number {
  const late = Date.parse(event.recordedAt) - endOfBusinessDay(event.metadata.occurredOn);
  return late < 0 ? 0 : Math.floor(late / 86_400_000) + 1;
}

/** The two axes of a bitemporal question. */
export interface TimePoint {
  /** Business time: the events that had happened by the end of this date. */
  readonly asOf: LocalDate;
  /** System time: the events the store had recorded by this instant (ISO 8601 UTC). */
  readonly knownAt: string;
}

export type Exclusion = 'asOf' | 'knownAt';

/** One event of the stream and how the question treats it. */
export interface EventVerdict {
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly occurredOn: string;
  readonly recordedAt: string;
  readonly late: boolean;
  readonly daysLate: number;
  readonly included: boolean;
  /** Why it was left out: it happened after asOf, it was recorded after knownAt, or both. */
  readonly excludedBy: readonly Exclusion[];
}

export interface TimeTravel<State> {
  readonly asOf: LocalDate;
  readonly knownAt: string;
  readonly state: State;
  /** Revision of the last event folded; undefined when none was. */
  readonly revision: number | undefined;
  readonly events: readonly EventVerdict[];
  /** The late entries that matter to the question (happened by asOf), included or not. */
  readonly lateEvents: readonly EventVerdict[];
  readonly summary: {
    readonly included: number;
    readonly excludedByAsOf: number;
    readonly excludedByKnownAt: number;
    /** Late entries that happened by asOf but were recorded after knownAt: the answer has changed since. */
    readonly lateExcludedByKnownAt: number;
    readonly lateIncluded: number;
  };
}

/**
 * The state folded from the events that had happened by `asOf` (occurredOn ≤ asOf) and were recorded by
 * `knownAt` (recordedAt ≤ knownAt), in stream order: the order the decider saw them in when it decided.
 */
export function timeTravel<State>(
  events: readonly StoredEvent[],
  point: TimePoint,
  fold: { readonly initialState: State; evolve(state: State, event: StoredEvent): State },
): TimeTravel<State> {
  const knownAtMs = Date.parse(point.knownAt);
  let state = fold.initialState;
  let revision: number | undefined;
  const verdicts: EventVerdict[] = [];
  for (const event of events) {
    const excludedBy: Exclusion[] = [];
    if (event.metadata.occurredOn > point.asOf) excludedBy.push('asOf');
    if (Date.parse(event.recordedAt) > knownAtMs) excludedBy.push('knownAt');
    const included = excludedBy.length === 0;
    if (included) {
      state = fold.evolve(state, event);
      revision = event.revision;
    }
    verdicts.push({
      revision: event.revision,
      eventId: event.eventId,
      type: event.type,
      occurredOn: event.metadata.occurredOn,
      recordedAt: event.recordedAt,
      late: isLate(event),
      daysLate: daysLate(event),
      included,
      excludedBy,
    });
  }
  const lateEvents = verdicts.filter((v) => v.late && !v.excludedBy.includes('asOf'));
  return {
    asOf: point.asOf,
    knownAt: new Date(knownAtMs).toISOString(),
    state,
    revision,
    events: verdicts,
    lateEvents,
    summary: {
      included: verdicts.filter((v) => v.included).length,
      excludedByAsOf: verdicts.filter((v) => v.excludedBy.includes('asOf')).length,
      excludedByKnownAt: verdicts.filter((v) => v.excludedBy.includes('knownAt')).length,
      lateExcludedByKnownAt: lateEvents.filter((v) => !v.included).length,
      lateIncluded: lateEvents.filter((v) => v.included).length,
    },
  };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads `knownAt`: an ISO 8601 instant with its zone (`2024-03-06T10:00:00Z`, `...+07:00`), or a business
 * date meaning the end of that day in Vietnam ("what did we know on 31/12/2021"). Undefined when neither.
 */
export function parseKnownAt(value: string): string | undefined {
  if (isLocalDate(value)) return new Date(endOfBusinessDay(value) - 1).toISOString();
  if (!ISO_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
