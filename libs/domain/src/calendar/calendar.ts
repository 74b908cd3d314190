import type { LocalDate } from '../kernel/local-date';

/**
 * Counts working days: weekends and public holidays are not working days. Deadlines in the regulations
 * ("within 30 working days") are computed with it.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** The date that is `days` working days after `from` (`from` itself is not counted). */
  addWorkingDays(from: LocalDate, days: number): LocalDate;
  /** Working days in the interval (`from`, `to`]: 0 when `to` ≤ `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
}
