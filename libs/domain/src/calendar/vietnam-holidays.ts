import { addDays, dayOfWeek, type LocalDate } from '../kernel/local-date';

/**
 * Vietnamese public holidays as data, per year.
 *
 * The law: Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), art. 112, in force from 1/1/2021:
 * New Year 1/1 (1 day); Tết Nguyên Đán (5 days); Hùng Kings' day 10/3 lunar (1 day); Victory day 30/4
 * (1 day); Labour day 1/5 (1 day); National day 2/9 plus the day before or after it (2 days): 11 days.
 * Until 2020 (Labour Code 2012, art. 115) National day was 2/9 alone: 10 days. When a holiday falls on
 * the weekly rest day, the rest day is taken on the next working day (art. 111(3)).
 *
 * Party offices keep the civil-service schedule, which the government announces each year (which 5 days
 * of Tết, which day next to 2/9, and swaps: a weekday bridged to a weekend, paid back by working a
 * Saturday). Years are marked:
 * - `announced`: the days off as the government announced them for civil servants;
 * - `partly-announced`: some periods announced, the rest computed from the statute (said which);
 * - `computed`: not yet announced; computed from the statute (see `statutoryHolidayYear`).
 * A deployment corrects or completes any year by configuration (`createVietnamCalendar`), no code change.
 */

export type HolidayYearStatus = 'announced' | 'partly-announced' | 'computed';

export interface HolidayYear {
  readonly year: number;
  readonly status: HolidayYearStatus;
  /** Every day off of the year, weekends inside a holiday block included, sorted. */
  readonly daysOff: readonly LocalDate[];
  /** Saturdays (or Sundays) worked to pay back a bridged weekday (hoán đổi ngày làm việc). */
  readonly workedWeekendDays: readonly LocalDate[];
  /** Where the dates come from. */
  readonly source: string;
}

/**
 * Tết (1st day of the 1st lunar month) and Hùng Kings' day (10th day of the 3rd lunar month) in Vietnam.
 * Computed with Hồ Ngọc Đức's published lunar-calendar algorithm for UTC+7 (the Vietnamese calendar) and
 * checked against the announced holidays of 2020–2026. Note 2030: Vietnam's Tết is 2/2/2030, a day before
 * China's (3/2/2030), because the new moon falls just before midnight at UTC+7 (23:07) but after it at UTC+8.
 */
export const LUNAR_DATES: Readonly<
  Record<number, { readonly lunarNewYear: LocalDate; readonly hungKings: LocalDate }>
> = {
  2020: { lunarNewYear: '2020-01-25', hungKings: '2020-04-02' },
  2021: { lunarNewYear: '2021-02-12', hungKings: '2021-04-21' },
  2022: { lunarNewYear: '2022-02-01', hungKings: '2022-04-10' },
  2023: { lunarNewYear: '2023-01-22', hungKings: '2023-04-29' },
  2024: { lunarNewYear: '2024-02-10', hungKings: '2024-04-18' },
  2025: { lunarNewYear: '2025-01-29', hungKings: '2025-04-07' },
  2026: { lunarNewYear: '2026-02-17', hungKings: '2026-04-26' },
  2027: { lunarNewYear: '2027-02-06', hungKings: '2027-04-16' },
  2028: { lunarNewYear: '2028-01-26', hungKings: '2028-04-04' },
  2029: { lunarNewYear: '2029-02-13', hungKings: '2029-04-23' },
  2030: { lunarNewYear: '2030-02-02', hungKings: '2030-04-12' },
  2031: { lunarNewYear: '2031-01-23', hungKings: '2031-04-01' },
  2032: { lunarNewYear: '2032-02-11', hungKings: '2032-04-19' },
  2033: { lunarNewYear: '2033-01-31', hungKings: '2033-04-09' },
  2034: { lunarNewYear: '2034-02-19', hungKings: '2034-04-28' },
  2035: { lunarNewYear: '2035-02-08', hungKings: '2035-04-17' },
};

export const FIRST_HOLIDAY_YEAR = 2020;
export const LAST_HOLIDAY_YEAR = 2035;

/** A block of days off as announced: "from ... to the end of ..." (từ ngày ... đến hết ngày ...). */
type DayRange = readonly [from: LocalDate, to: LocalDate];

interface Announcement {
  readonly status: Exclude<HolidayYearStatus, 'computed'>;
  readonly daysOff: readonly DayRange[];
  readonly workedWeekendDays?: readonly LocalDate[];
  readonly source: string;
}

/**
 * The civil-service schedules as announced. Each range is a block of consecutive days off; a block's
 * weekend days are listed too (they are rest days anyway), which keeps the data as the announcements
 * word it. Ministry of Labour (MOLISA) notices up to the 2025 schedule, Ministry of Home Affairs since.
 */
const ANNOUNCED: Readonly<Record<number, Announcement>> = {
  2020: {
    status: 'announced',
    daysOff: [
      ['2020-01-01', '2020-01-01'],
      ['2020-01-23', '2020-01-29'], // Tết Canh Tý: 29 Chạp to mùng 5, 7 days
      ['2020-04-02', '2020-04-02'], // Hùng Kings
      ['2020-04-30', '2020-05-01'],
      ['2020-09-02', '2020-09-02'], // one day only under the Labour Code 2012
    ],
    source: 'MOLISA notice on the 2020 holidays (Labour Code 2012: 10 days)',
  },
  2021: {
    status: 'announced',
    daysOff: [
      ['2021-01-01', '2021-01-01'],
      ['2021-02-10', '2021-02-16'], // Tết Tân Sửu, 7 days
      ['2021-04-21', '2021-04-21'],
      ['2021-04-30', '2021-05-03'], // 1/5 on a Saturday: compensatory Monday 3/5
      ['2021-09-02', '2021-09-05'], // 2/9 (Thu) and 3/9 (Fri)
    ],
    source: 'MOLISA notice on the 2021 holidays',
  },
  2022: {
    status: 'announced',
    daysOff: [
      ['2022-01-01', '2022-01-03'], // 1/1 on a Saturday: compensatory Monday 3/1
      ['2022-01-29', '2022-02-06'], // Tết Nhâm Dần, 9 days (29 Chạp to mùng 6)
      ['2022-04-09', '2022-04-11'], // Hùng Kings on a Sunday: compensatory Monday 11/4
      ['2022-04-30', '2022-05-03'], // 30/4 Sat and 1/5 Sun: compensatory 2/5 and 3/5
      ['2022-09-01', '2022-09-04'], // 1/9 (Thu) and 2/9 (Fri)
    ],
    source: 'MOLISA notice on the 2022 holidays',
  },
  2023: {
    status: 'announced',
    daysOff: [
      ['2023-01-01', '2023-01-02'], // 1/1 on a Sunday: compensatory Monday 2/1
      ['2023-01-20', '2023-01-26'], // Tết Quý Mão, 7 days
      ['2023-04-29', '2023-05-03'], // Hùng Kings (Sat) and 30/4 (Sun) compensated on 2/5 and 3/5
      ['2023-09-01', '2023-09-04'], // 1/9 (Fri), 2/9 (Sat) compensated on Monday 4/9
    ],
    source: 'MOLISA notices on the 2023 holidays',
  },
  2024: {
    status: 'announced',
    daysOff: [
      ['2024-01-01', '2024-01-01'],
      ['2024-02-08', '2024-02-14'], // Tết Giáp Thìn, 7 days
      ['2024-04-18', '2024-04-18'],
      ['2024-04-27', '2024-05-01'], // Monday 29/4 swapped with Saturday 4/5
      ['2024-08-31', '2024-09-03'], // 2/9 (Mon) and 3/9 (Tue)
    ],
    workedWeekendDays: ['2024-05-04'],
    source:
      'MOLISA notices on the 2024 holidays; the 29/4 ↔ 4/5 swap: Government Office letter 2450/VPCP-KGVX (12/4/2024)',
  },
  2025: {
    status: 'announced',
    daysOff: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-25', '2025-02-02'], // Tết Ất Tỵ, 9 days (26 Chạp to mùng 5), no swap
      ['2025-04-07', '2025-04-07'],
      ['2025-04-30', '2025-05-04'], // Friday 2/5 swapped with Saturday 26/4
      ['2025-08-30', '2025-09-02'], // 1/9 (Mon) and 2/9 (Tue)
    ],
    workedWeekendDays: ['2025-04-26'],
    source:
      'MOLISA notice 6150/TB-BLĐTBXH (2024) on the 2025 holidays (Government Office letter 8726/VPCP-KGVX)',
  },
  2026: {
    status: 'announced',
    daysOff: [
      // New Year 1/1 (Thu), Friday 2/1 swapped with Saturday 10/1 (VPCP letter 12729/VPCP-KGVX,
      // 25/12/2025).
      ['2026-01-01', '2026-01-04'],
      // Tết Bính Ngọ from Saturday 14/2 (27 Chạp) to Sunday 22/2 (mùng 6), 9 days, no swap.
      ['2026-02-14', '2026-02-22'],
      // Hùng Kings on Sunday 26/4, compensatory Monday 27/4; 30/4 (Thu) and 1/5 (Fri).
      ['2026-04-25', '2026-04-27'],
      ['2026-04-30', '2026-05-03'],
      // National Day: 2/9 (Wed) and 1/9 (Tue), with Monday 31/8 swapped with Saturday 22/8: five days
      // from Saturday 29/8 (announced 13/10/2025).
      ['2026-08-29', '2026-09-02'],
    ],
    workedWeekendDays: ['2026-01-10', '2026-08-22'],
    source:
      'Ministry of Home Affairs notices on the 2026 holidays of civil servants: Tết 14–22/2; National Day 29/8–2/9 with Monday 31/8 worked on Saturday 22/8 (13/10/2025); Hùng Kings (Sunday 26/4, compensated on Monday 27/4) and 30/4–1/5 as the statute gives them; New Year: Government Office letter 12729/VPCP-KGVX (25/12/2025)',
  },
};

/** Every date from `from` to `to`, both included. */
function datesFromTo(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

function isWeekend(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/**
 * The day joined to 2/9 (the statute says "the day before or after"): the one that bridges to a weekend,
 * as chosen in 2021–2025 (Thu → Fri 3/9, Fri → Thu 1/9, Sat → Fri 1/9, Mon → Tue 3/9, Tue → Mon 1/9).
 * Sunday → Monday 3/9 (either choice leaves 3/9 and 4/9 off after compensation); Wednesday → Tuesday 1/9
 * (the 2026 proposal).
 */
const NATIONAL_DAY_NEIGHBOUR_OFFSET: readonly number[] = [
  /* Sun */ +1, /* Mon */ +1, /* Tue */ -1, /* Wed */ -1, /* Thu */ +1, /* Fri */ -1, /* Sat */ -1,
];

/**
 * A year's holidays from the statute alone, for years not announced yet: the days of art. 112, Tết as the
 * eve (the last day of the old lunar year) and the first four days of the new one, and for every holiday
 * that falls on a Saturday or Sunday a compensatory day on the next working day (art. 111(3)). It loses
 * the same number of working days as an announced year (11), though the government often places Tết's
 * five days differently (e.g. 2025: 27–31/1 instead of 28/1–3/2).
 */
export function statutoryHolidayYear(year: number): HolidayYear {
  const lunar = LUNAR_DATES[year];
  if (lunar === undefined) {
    throw new RangeError(
      `no lunar dates for ${year} (known: ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR})`,
    );
  }
  const nationalDay = `${year}-09-02`;
  const statutory = new Set<LocalDate>([
    `${year}-01-01`,
    ...datesFromTo(addDays(lunar.lunarNewYear, -1), addDays(lunar.lunarNewYear, 3)),
    lunar.hungKings,
    `${year}-04-30`,
    `${year}-05-01`,
    nationalDay,
    ...(year >= 2021
      ? [addDays(nationalDay, NATIONAL_DAY_NEIGHBOUR_OFFSET[dayOfWeek(nationalDay)])]
      : []),
  ]);
  const daysOff = new Set(statutory);
  for (const holiday of [...statutory].sort()) {
    if (!isWeekend(holiday)) continue;
    let compensatory = addDays(holiday, 1);
    while (isWeekend(compensatory) || daysOff.has(compensatory))
      compensatory = addDays(compensatory, 1);
    daysOff.add(compensatory);
  }
  return {
    year,
    status: 'computed',
    daysOff: [...daysOff].sort(),
    workedWeekendDays: [],
    source: 'Computed from Labour Code 2019 art. 111(3) and 112 and the lunar-date table',
  };
}

/** A year's holidays: the announced schedule where there is one, else the statute's. */
export function vietnamHolidayYear(year: number): HolidayYear {
  const announced = ANNOUNCED[year];
  if (announced === undefined) return statutoryHolidayYear(year);
  return {
    year,
    status: announced.status,
    daysOff: announced.daysOff.flatMap(([from, to]) => datesFromTo(from, to)),
    workedWeekendDays: announced.workedWeekendDays ?? [],
    source: announced.source,
  };
}

/** Every year shipped, `FIRST_HOLIDAY_YEAR` to `LAST_HOLIDAY_YEAR`. */
export const VIETNAM_HOLIDAYS: readonly HolidayYear[] = Array.from(
  { length: LAST_HOLIDAY_YEAR - FIRST_HOLIDAY_YEAR + 1 },
  (_, index) => vietnamHolidayYear(FIRST_HOLIDAY_YEAR + index),
);
