import { dayOfWeek } from '../kernel/local-date';
import { createVietnamCalendar } from './working-day-calendar';
import {
  FIRST_HOLIDAY_YEAR,
  LAST_HOLIDAY_YEAR,
  LUNAR_DATES,
  VIETNAM_HOLIDAYS,
  statutoryHolidayYear,
  vietnamHolidayYear,
} from './vietnam-holidays';

const isWeekend = (date: string): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

describe('Vietnamese public holidays', () => {
  it('ships every year from 2020 to 2035, each marked announced, partly announced or computed', () => {
    expect(VIETNAM_HOLIDAYS.map((year) => year.year)).toEqual(
      Array.from(
        { length: LAST_HOLIDAY_YEAR - FIRST_HOLIDAY_YEAR + 1 },
        (_, i) => FIRST_HOLIDAY_YEAR + i,
      ),
    );
    expect(
      Object.fromEntries(VIETNAM_HOLIDAYS.map((year) => [year.year, year.status])),
    ).toMatchObject({
      2020: 'announced',
      2025: 'announced',
      // Issue 18: 2026 was partly announced here; its National Day (announced 13/10/2025) completes it.
      2026: 'announced',
      2027: 'computed',
      2030: 'computed',
    });
  });

  it('has the lunar new year dates of the Vietnamese calendar (2030: 2 February, a day before China)', () => {
    expect(
      Object.fromEntries(
        Object.entries(LUNAR_DATES).map(([year, dates]) => [year, dates.lunarNewYear]),
      ),
    ).toMatchObject({
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2028: '2028-01-26',
      2029: '2029-02-13',
      2030: '2030-02-02',
    });
  });

  it.each(VIETNAM_HOLIDAYS.map((year) => [year.year, year] as const))(
    '%i: New Year, Tết, Hùng Kings, 30/4, 1/5 and 2/9 are days off',
    (year, holidays) => {
      const lunar = LUNAR_DATES[year];
      for (const date of [
        `${year}-01-01`,
        lunar.lunarNewYear,
        lunar.hungKings,
        `${year}-04-30`,
        `${year}-05-01`,
        `${year}-09-02`,
      ]) {
        expect(holidays.daysOff).toContain(date);
      }
      for (const date of holidays.workedWeekendDays) expect(isWeekend(date)).toBe(true);
    },
  );

  it.each(VIETNAM_HOLIDAYS.map((year) => [year.year, year] as const))(
    '%i loses as many working days as the statute gives (10 under the 2012 code, 11 from 2021)',
    (year, holidays) => {
      const weekdaysOff = new Set(holidays.daysOff.filter((date) => !isWeekend(date))).size;
      expect(weekdaysOff - holidays.workedWeekendDays.length).toBe(year === 2020 ? 10 : 11);
    },
  );

  it('computes an unannounced year from the statute: 2027', () => {
    expect(vietnamHolidayYear(2027).daysOff.filter((date) => !isWeekend(date))).toEqual([
      '2027-01-01',
      // Tết: eve Friday 5/2, Sat 6/2 (Tết) and Sun 7/2 compensated on Wed 10/2 and Thu 11/2.
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16', // Hùng Kings
      '2027-04-30',
      '2027-05-03', // 1/5 on a Saturday
      '2027-09-02', // Thursday, with Friday 3/9
      '2027-09-03',
    ]);
  });

  it('joins 2/9 to the weekend as the announcements of 2021–2025 did', () => {
    const neighbour = (year: number): string[] =>
      statutoryHolidayYear(year).daysOff.filter(
        (date) => date >= `${year}-08-30` && date <= `${year}-09-05`,
      );
    expect(neighbour(2021)).toEqual(['2021-09-02', '2021-09-03']);
    expect(neighbour(2022)).toEqual(['2022-09-01', '2022-09-02']);
    expect(neighbour(2023)).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
    expect(neighbour(2024)).toEqual(['2024-09-02', '2024-09-03']);
    expect(neighbour(2025)).toEqual(['2025-09-01', '2025-09-02']);
  });

  it('refuses a year without lunar dates', () => {
    expect(() => statutoryHolidayYear(2040)).toThrow(RangeError);
  });
});

describe('2026, fully announced (issue 18)', () => {
  const year = vietnamHolidayYear(2026);
  const vietnam = createVietnamCalendar();

  it('gives National Day 29/8–2/9, Monday 31/8 swapped with Saturday 22/8', () => {
    expect(year.daysOff.filter((date) => date >= '2026-08-01' && date <= '2026-09-30')).toEqual([
      '2026-08-29',
      '2026-08-30',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(year.workedWeekendDays).toEqual(['2026-01-10', '2026-08-22']);
    expect(vietnam.isWorkingDay('2026-08-22')).toBe(true); // the Saturday worked
    expect(vietnam.isWorkingDay('2026-08-28')).toBe(true); // the Friday before
    expect(vietnam.isWorkingDay('2026-08-31')).toBe(false); // the Monday swapped
    expect(vietnam.isWorkingDay('2026-09-03')).toBe(true); // back on Thursday
    // From Friday 21/8: Saturday 22/8 is the next working day; from Friday 28/8, Thursday 3/9.
    expect(vietnam.addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    expect(vietnam.addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
  });

  it('keeps Tết Bính Ngọ as announced: 14–22/2, nine days, the eve (16/2) and mùng 1 (17/2) among them', () => {
    expect(year.daysOff.filter((date) => date.startsWith('2026-02'))).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
  });

  it('loses the statutory 11 weekdays, the swaps paid back', () => {
    const weekdaysOff = year.daysOff.filter((date) => !isWeekend(date)).length;
    expect(weekdaysOff - year.workedWeekendDays.length).toBe(11);
  });
});
