import { isLocalDate, type LocalDate } from '../kernel/local-date';
import type { WorkingDayCalendar } from './calendar';
import { VIETNAM_HOLIDAYS } from './vietnam-holidays';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01, day 0 of the epoch, was a Thursday. */
const EPOCH_DAY_OF_WEEK = 4;

/** Saturday and Sunday (0 = Sunday ... 6 = Saturday). */
export const DEFAULT_WEEKEND: readonly number[] = [0, 6];

export interface WorkingDayCalendarOptions {
  /** Days off besides the weekend. */
  readonly holidays: Iterable<LocalDate>;
  /** Days of the week that are rest days (0 = Sunday ... 6 = Saturday); Saturday and Sunday by default. */
  readonly weekend?: readonly number[];
  /** Weekend days that are worked (the Saturday that pays back a bridged weekday). A holiday wins. */
  readonly workedWeekendDays?: Iterable<LocalDate>;
}

// Arithmetic runs on day numbers (days since 1970-01-01), so a deadline of hundreds of working days
// parses and formats a date once, not once per day.
function toDayNumber(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${String(date)}`);
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    MS_PER_DAY
  );
}

function fromDayNumber(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function weekdayOf(day: number): number {
  return (((day + EPOCH_DAY_OF_WEEK) % 7) + 7) % 7;
}

/** How many of the sorted `days` lie in (from, to]. */
function countInInterval(days: readonly number[], from: number, to: number): number {
  return firstIndexAbove(days, to) - firstIndexAbove(days, from);
}

/** The index of the first element greater than `value` in a sorted array (binary search). */
function firstIndexAbove(days: readonly number[], value: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function createWorkingDayCalendar(options: WorkingDayCalendarOptions): WorkingDayCalendar {
  const weekend = new Set(options.weekend ?? DEFAULT_WEEKEND);
  for (const day of weekend) {
    if (!Number.isInteger(day) || day < 0 || day > 6)
      throw new RangeError(`not a day of the week (0–6): ${day}`);
  }
  if (weekend.size === 7) throw new RangeError('a week needs at least one working day');

  const holidays = new Set([...options.holidays].map(toDayNumber));
  const worked = new Set(
    [...(options.workedWeekendDays ?? [])].map(toDayNumber).filter((day) => !holidays.has(day)),
  );
  const isWorking = (day: number): boolean =>
    !holidays.has(day) && (!weekend.has(weekdayOf(day)) || worked.has(day));

  // For counting over long intervals without walking them: the exceptions to the weekly pattern.
  const holidaysOnWeekdays = [...holidays]
    .filter((day) => !weekend.has(weekdayOf(day)))
    .sort((a, b) => a - b);
  const workedOnWeekends = [...worked]
    .filter((day) => weekend.has(weekdayOf(day)))
    .sort((a, b) => a - b);
  const workdaysPerWeek = 7 - weekend.size;

  /** Days in (from, to] whose day of the week is not a weekend day. */
  function weekdaysBetween(from: number, to: number): number {
    const span = to - from;
    let count = Math.floor(span / 7) * workdaysPerWeek;
    for (let day = from + Math.floor(span / 7) * 7 + 1; day <= to; day += 1) {
      if (!weekend.has(weekdayOf(day))) count += 1;
    }
    return count;
  }

  return {
    isWorkingDay: (date) => isWorking(toDayNumber(date)),

    addWorkingDays(from, days) {
      if (!Number.isInteger(days) || days < 0) {
        throw new RangeError(`working days to add must be a whole number ≥ 0: ${days}`);
      }
      let day = toDayNumber(from);
      for (let remaining = days; remaining > 0;) {
        day += 1;
        if (isWorking(day)) remaining -= 1;
      }
      return fromDayNumber(day);
    },

    workingDaysBetween(from, to) {
      const start = toDayNumber(from);
      const end = toDayNumber(to);
      if (end <= start) return 0;
      return (
        weekdaysBetween(start, end) -
        countInInterval(holidaysOnWeekdays, start, end) +
        countInInterval(workedOnWeekends, start, end)
      );
    },
  };
}

/**
 * Changes a deployment makes to the shipped Vietnamese holidays, e.g. a year's schedule announced after
 * the release, or a new holiday the law adds.
 */
export interface CalendarAdjustments {
  /** Days off to add. */
  readonly add?: readonly LocalDate[];
  /** Shipped days whose status is withdrawn: a day off that is worked after all, or a worked weekend day that is not. */
  readonly remove?: readonly LocalDate[];
  /** Weekend days worked to pay back a bridged weekday, beyond the shipped ones. */
  readonly workedWeekendDays?: readonly LocalDate[];
}

/** The Vietnamese working-day calendar: the shipped holidays (vietnam-holidays.ts) with a deployment's changes. */
export function createVietnamCalendar(adjustments: CalendarAdjustments = {}): WorkingDayCalendar {
  const removed = new Set(adjustments.remove ?? []);
  const shippedDaysOff = VIETNAM_HOLIDAYS.flatMap((year) => year.daysOff);
  const shippedWorked = VIETNAM_HOLIDAYS.flatMap((year) => year.workedWeekendDays);
  return createWorkingDayCalendar({
    holidays: [...shippedDaysOff.filter((date) => !removed.has(date)), ...(adjustments.add ?? [])],
    workedWeekendDays: [
      ...shippedWorked.filter((date) => !removed.has(date)),
      ...(adjustments.workedWeekendDays ?? []),
    ],
  });
}

/** A configuration the calendar cannot use; `problems` names every wrong entry. */
export class CalendarConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid holiday calendar configuration: ${problems.join('; ')}`);
    this.name = 'CalendarConfigError';
  }
}

/**
 * Reads a deployment's holiday configuration (the caller reads the file; the domain does no I/O):
 *
 * ```json
 * { "holidays": { "add": ["2027-02-05"], "remove": ["2027-02-11"] }, "workedWeekendDays": ["2027-02-20"] }
 * ```
 *
 * Every key is optional. Accepts the JSON text or the value it parses to.
 * @throws CalendarConfigError listing every problem found.
 */
export function parseCalendarConfig(input: unknown): CalendarAdjustments {
  const problems: string[] = [];
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new CalendarConfigError([`not JSON: ${(error as Error).message}`]);
    }
  }
  if (!isRecord(value)) throw new CalendarConfigError(['the configuration must be an object']);

  const dates = (path: string, list: unknown): LocalDate[] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      problems.push(`${path} must be an array of dates (YYYY-MM-DD)`);
      return [];
    }
    list.forEach((date, index) => {
      if (!isLocalDate(date))
        problems.push(`${path}[${index}] is not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    });
    return list.filter(isLocalDate);
  };

  allowOnly(value, ['holidays', 'workedWeekendDays'], '', problems);
  const holidays = value.holidays ?? {};
  if (!isRecord(holidays)) problems.push('holidays must be an object { add?, remove? }');
  else allowOnly(holidays, ['add', 'remove'], 'holidays.', problems);
  const holidayLists = isRecord(holidays) ? holidays : {};
  const adjustments: CalendarAdjustments = {
    add: dates('holidays.add', holidayLists.add),
    remove: dates('holidays.remove', holidayLists.remove),
    workedWeekendDays: dates('workedWeekendDays', value.workedWeekendDays),
  };
  if (problems.length > 0) throw new CalendarConfigError(problems);
  return adjustments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Unknown keys are reported: a misspelt "remvoe" must not be silently ignored. */
function allowOnly(
  record: Record<string, unknown>,
  keys: readonly string[],
  prefix: string,
  problems: string[],
): void {
  for (const key of Object.keys(record)) {
    if (!keys.includes(key))
      problems.push(`unknown key ${prefix}${key} (expected ${keys.join(', ')})`);
  }
}
