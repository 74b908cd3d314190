import fc from 'fast-check';
import { addDays, dayOfWeek } from '../kernel/local-date';
import {
  CalendarConfigError,
  createVietnamCalendar,
  createWorkingDayCalendar,
  parseCalendarConfig,
} from './working-day-calendar';

const vietnam = createVietnamCalendar();

describe('the Vietnamese working-day calendar', () => {
  it('does not count weekends', () => {
    expect(vietnam.isWorkingDay('2025-03-14')).toBe(true); // Friday
    expect(vietnam.isWorkingDay('2025-03-15')).toBe(false); // Saturday
    expect(vietnam.isWorkingDay('2025-03-16')).toBe(false); // Sunday
    expect(vietnam.addWorkingDays('2025-03-14', 1)).toBe('2025-03-17');
  });

  it('skips the Tết week of 2025 (Saturday 25/1 to Sunday 2/2)', () => {
    for (let date = '2025-01-25'; date <= '2025-02-02'; date = addDays(date, 1)) {
      expect(vietnam.isWorkingDay(date)).toBe(false);
    }
    expect(vietnam.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
  });

  it('puts a 30-working-day deadline from the Friday before Tết 2025 one week later than without Tết', () => {
    // From Friday 24/1/2025: 25/1–2/2 off. Then 3–7/2 (5), 10–14/2 (10), 17–21/2 (15), 24–28/2 (20),
    // 3–7/3 (25), 10–14/3 (30): Friday 14/3/2025. Without Tết: six weeks, Friday 7/3/2025.
    expect(vietnam.addWorkingDays('2025-01-24', 30)).toBe('2025-03-14');
    expect(createWorkingDayCalendar({ holidays: [] }).addWorkingDays('2025-01-24', 30)).toBe(
      '2025-03-07',
    );
    expect(vietnam.workingDaysBetween('2025-01-24', '2025-03-14')).toBe(30);
  });

  it('puts a 30-working-day deadline from the Friday before Tết 2026 after the nine days off', () => {
    // From Friday 13/2/2026: 14–22/2 off. Then 23–27/2 (5), 2–6/3 (10), 9–13/3 (15), 16–20/3 (20),
    // 23–27/3 (25), 30/3–3/4 (30): Friday 3/4/2026.
    expect(vietnam.addWorkingDays('2026-02-13', 30)).toBe('2026-04-03');
  });

  it('counts a 60-working-day admission deadline across New Year and Tết', () => {
    // From Friday 20/12/2024: 23–27/12 (5), 30–31/12 (7), 1/1 off, 2–3/1 (9), 6–10/1 (14), 13–17/1 (19),
    // 20–24/1 (24), Tết 25/1–2/2 off, 3–7/2 (29), 10–14/2 (34), 17–21/2 (39), 24–28/2 (44), 3–7/3 (49),
    // 10–14/3 (54), 17–21/3 (59), Monday 24/3 (60).
    expect(vietnam.addWorkingDays('2024-12-20', 60)).toBe('2025-03-24');
  });

  it('counts the Saturday worked for a swapped weekday, and not the swapped weekday', () => {
    // 2024: Monday 29/4 off, paid back on Saturday 4/5.
    expect(vietnam.isWorkingDay('2024-04-29')).toBe(false);
    expect(vietnam.addWorkingDays('2024-04-26', 1)).toBe('2024-05-02');
    expect(vietnam.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    // 2026: Friday 2/1 off, paid back on Saturday 10/1.
    expect(vietnam.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(vietnam.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
  });

  it('gives the compensatory day when a holiday falls on a weekend (Hùng Kings on Sunday 26/4/2026)', () => {
    expect(vietnam.isWorkingDay('2026-04-27')).toBe(false);
    expect(vietnam.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
  });

  it('is extensible by configuration: a deployment adds and removes days', () => {
    const adjusted = createVietnamCalendar({
      add: ['2026-11-24'],
      remove: ['2026-02-20', '2026-01-10'],
      workedWeekendDays: ['2026-11-28'],
    });
    expect(adjusted.isWorkingDay('2026-11-24')).toBe(false);
    expect(adjusted.isWorkingDay('2026-02-20')).toBe(true);
    expect(adjusted.isWorkingDay('2026-01-10')).toBe(false); // the shipped worked Saturday withdrawn
    expect(adjusted.isWorkingDay('2026-11-28')).toBe(true);
    expect(vietnam.isWorkingDay('2026-11-24')).toBe(true); // the shipped calendar is unchanged
  });

  it('adds zero working days to a date as the date itself', () => {
    expect(vietnam.addWorkingDays('2025-01-26', 0)).toBe('2025-01-26');
  });

  it('refuses a negative or fractional number of working days and malformed dates', () => {
    expect(() => vietnam.addWorkingDays('2025-01-01', -1)).toThrow(RangeError);
    expect(() => vietnam.addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => vietnam.isWorkingDay('2025-02-29')).toThrow(RangeError);
  });

  it('counts no working days in an empty or reversed interval', () => {
    expect(vietnam.workingDaysBetween('2025-03-14', '2025-03-14')).toBe(0);
    expect(vietnam.workingDaysBetween('2025-03-14', '2025-03-01')).toBe(0);
  });
});

describe('createWorkingDayCalendar', () => {
  it('takes another weekend (a six-day week)', () => {
    const sixDays = createWorkingDayCalendar({ holidays: ['2025-03-17'], weekend: [0] });
    expect(sixDays.isWorkingDay('2025-03-15')).toBe(true);
    expect(sixDays.addWorkingDays('2025-03-14', 2)).toBe('2025-03-18');
    expect(sixDays.workingDaysBetween('2025-03-14', '2025-03-22')).toBe(6);
  });

  it('refuses a weekend that is not days of the week, or the whole week', () => {
    expect(() => createWorkingDayCalendar({ holidays: [], weekend: [7] })).toThrow(RangeError);
    expect(() =>
      createWorkingDayCalendar({ holidays: [], weekend: [0, 1, 2, 3, 4, 5, 6] }),
    ).toThrow(RangeError);
  });

  it('lets a holiday win over a worked weekend day on the same date', () => {
    const calendar = createWorkingDayCalendar({
      holidays: ['2025-03-15'],
      workedWeekendDays: ['2025-03-15'],
    });
    expect(calendar.isWorkingDay('2025-03-15')).toBe(false);
    expect(calendar.workingDaysBetween('2025-03-14', '2025-03-17')).toBe(1);
  });
});

describe('working-day arithmetic (properties)', () => {
  const BASE = '2019-12-01';
  const dateArbitrary = fc
    .integer({ min: 0, max: 365 * 12 })
    .map((offset) => addDays(BASE, offset));
  const calendarArbitrary = fc
    .record({
      holidays: fc.array(dateArbitrary, { maxLength: 200 }),
      worked: fc.array(dateArbitrary, { maxLength: 20 }),
      weekend: fc.subarray([0, 1, 2, 3, 4, 5, 6], { maxLength: 3 }),
    })
    .map(({ holidays, worked, weekend }) =>
      createWorkingDayCalendar({ holidays, weekend, workedWeekendDays: worked }),
    );
  const anyCalendar = fc.oneof(fc.constant(vietnam), calendarArbitrary);

  it('workingDaysBetween is the inverse of addWorkingDays', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        dateArbitrary,
        fc.integer({ min: 0, max: 400 }),
        (calendar, from, days) => {
          const due = calendar.addWorkingDays(from, days);
          expect(calendar.workingDaysBetween(from, due)).toBe(days);
          if (days > 0) expect(calendar.isWorkingDay(due)).toBe(true);
        },
      ),
    );
  });

  it('workingDaysBetween counts the working days of (from, to] one by one', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        dateArbitrary,
        fc.integer({ min: -10, max: 500 }),
        (calendar, from, span) => {
          const to = addDays(from, span);
          let expected = 0;
          for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
            if (calendar.isWorkingDay(date)) expected += 1;
          }
          expect(calendar.workingDaysBetween(from, to)).toBe(expected);
        },
      ),
    );
  });

  it('the due date is the first date by which that many working days have passed', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        dateArbitrary,
        fc.integer({ min: 0, max: 500 }),
        (calendar, from, span) => {
          const to = addDays(from, span);
          const count = calendar.workingDaysBetween(from, to);
          expect(calendar.addWorkingDays(from, count) <= to).toBe(true);
          expect(calendar.addWorkingDays(from, count + 1) > to).toBe(true);
        },
      ),
    );
  });

  it('a weekend day is never a working day unless it is worked', () => {
    fc.assert(
      fc.property(dateArbitrary, (date) => {
        const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
        if (weekend && !['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22'].includes(date)) {
          expect(vietnam.isWorkingDay(date)).toBe(false);
        }
      }),
    );
  });
});

describe('parseCalendarConfig', () => {
  it('reads the JSON text of a deployment configuration', () => {
    expect(
      parseCalendarConfig(
        '{ "holidays": { "add": ["2027-02-05"], "remove": ["2027-02-11"] }, "workedWeekendDays": ["2027-02-20"] }',
      ),
    ).toEqual({ add: ['2027-02-05'], remove: ['2027-02-11'], workedWeekendDays: ['2027-02-20'] });
  });

  it('takes every key as optional', () => {
    expect(parseCalendarConfig({})).toEqual({ add: [], remove: [], workedWeekendDays: [] });
    expect(parseCalendarConfig({ holidays: { add: ['2030-11-24'] } })).toEqual({
      add: ['2030-11-24'],
      remove: [],
      workedWeekendDays: [],
    });
  });

  it('names every problem at once', () => {
    let error: unknown;
    try {
      parseCalendarConfig({
        holidays: { add: ['2027-02-30', 5], remvoe: [] },
        workedWeekendDays: '2027-02-20',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarConfigError);
    expect((error as CalendarConfigError).problems).toEqual([
      'unknown key holidays.remvoe (expected add, remove)',
      'holidays.add[0] is not a date (YYYY-MM-DD): "2027-02-30"',
      'holidays.add[1] is not a date (YYYY-MM-DD): 5',
      'workedWeekendDays must be an array of dates (YYYY-MM-DD)',
    ]);
  });

  it('refuses text that is not JSON, and a value that is not an object', () => {
    expect(() => parseCalendarConfig('{ holidays')).toThrow(CalendarConfigError);
    expect(() => parseCalendarConfig(['2027-02-05'])).toThrow(CalendarConfigError);
  });
});
