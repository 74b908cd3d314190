import { isLocalDate, todayInVietnam } from '@memberflow/domain';
import { MEMBER_EVENT_TYPES } from '@memberflow/domain/member';
import type { FieldError } from '../http/problem';
import { ProblemException } from '../http/problem';
import { parseKnownAt, type TimePoint, type HistoryEntry } from '@memberflow/application';

/** A query string value as Express hands it over: absent, once, or repeated. */
export type QueryValue = string | readonly string[] | undefined;

/** Which events of a history to show: business dates (inclusive) and event types. */
export interface HistoryFilter {
  readonly from?: string;
  readonly to?: string;
  readonly types?: readonly string[];
}

function single(value: QueryValue, name: string, errors: FieldError[]): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  errors.push({ field: name, messages: ['must be given once'] });
  return undefined;
}

function invalidQuery(errors: readonly FieldError[]): ProblemException {
  const fields = errors.map((error) => error.field).join(', ');
  return new ProblemException(
    400,
    'invalid_query',
    { vi: `Tham số truy vấn không hợp lệ: ${fields}`, en: `Invalid query parameters: ${fields}` },
    { errors },
  );
}

/** `from`, `to` (YYYY-MM-DD, on the business date) and `type` (repeated or comma-separated). */
export function parseHistoryFilter(query: {
  from?: QueryValue;
  to?: QueryValue;
  type?: QueryValue;
}): HistoryFilter {
  const errors: FieldError[] = [];
  const from = single(query.from, 'from', errors);
  const to = single(query.to, 'to', errors);
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !isLocalDate(value)) {
      errors.push({ field: name, messages: ['must be a real date, YYYY-MM-DD'] });
    }
  }
  if (from && to && isLocalDate(from) && isLocalDate(to) && from > to) {
    errors.push({ field: 'to', messages: ['must not be before from'] });
  }
  const raw =
    query.type === undefined ? [] : typeof query.type === 'string' ? [query.type] : query.type;
  const types = raw
    .flatMap((value) => value.split(','))
    .map((type) => type.trim())
    .filter(Boolean);
  const unknown = types.filter((type) => !(MEMBER_EVENT_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) {
    errors.push({
      field: 'type',
      messages: [
        `unknown event type ${unknown.join(', ')}; known: ${MEMBER_EVENT_TYPES.join(', ')}`,
      ],
    });
  }
  if (errors.length > 0) throw invalidQuery(errors);
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(types.length === 0 ? {} : { types }),
  };
}

export function matchesFilter(entry: HistoryEntry, filter: HistoryFilter): boolean {
  if (filter.from !== undefined && entry.occurredOn < filter.from) return false;
  if (filter.to !== undefined && entry.occurredOn > filter.to) return false;
  if (filter.types !== undefined && !filter.types.includes(entry.type)) return false;
  return true;
}

/** `asOf` (default: today in Vietnam) and `knownAt` (default: now). */
export function parseTimePoint(
  query: { asOf?: QueryValue; knownAt?: QueryValue },
  now: Date = new Date(),
): TimePoint {
  const errors: FieldError[] = [];
  const asOf = single(query.asOf, 'asOf', errors) ?? todayInVietnam(now);
  if (!isLocalDate(asOf))
    errors.push({ field: 'asOf', messages: ['must be a real date, YYYY-MM-DD'] });
  const rawKnownAt = single(query.knownAt, 'knownAt', errors);
  const knownAt = rawKnownAt === undefined ? now.toISOString() : parseKnownAt(rawKnownAt);
  if (knownAt === undefined) {
    errors.push({
      field: 'knownAt',
      messages: [
        'must be an ISO 8601 time with its zone (2024-03-06T10:00:00Z) or a date (YYYY-MM-DD: the end of that day in Vietnam)',
      ],
    });
  }
  if (errors.length > 0 || knownAt === undefined) throw invalidQuery(errors);
  return { asOf, knownAt };
}
