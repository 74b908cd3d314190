import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CalendarConfigError,
  createVietnamCalendar,
  parseCalendarConfig,
  type CalendarAdjustments,
  type WorkingDayCalendar,
} from '@memberflow/domain';
import { ConfigError, type AppConfig } from '../config/config';

/** The holiday file read when MEMBERFLOW_HOLIDAYS is not set: optional, under the data directory. */
export const DEFAULT_HOLIDAYS_FILE = 'holidays.json';

/**
 * A deployment's changes to the shipped Vietnamese holidays (libs/domain/src/calendar): a holiday the
 * law adds, a year's schedule announced after the release, a swapped working day. Read from
 * `MEMBERFLOW_HOLIDAYS` (a JSON file; it must exist) or else `holidays.json` in the data directory (when
 * there is one), in the format of `parseCalendarConfig`:
 *
 * ```json
 * { "holidays": { "add": ["2027-11-24"], "remove": [] }, "workedWeekendDays": ["2027-11-20"] }
 * ```
 *
 * @throws ConfigError naming the file and every wrong entry: the service does not start on a calendar
 * it cannot read, since every deadline counts on it.
 */
export function loadHolidayAdjustments(
  config: Pick<AppConfig, 'dataDir' | 'holidaysFile'>,
): CalendarAdjustments {
  const explicit = config.holidaysFile;
  const file = explicit ?? join(config.dataDir, DEFAULT_HOLIDAYS_FILE);
  if (explicit === undefined && !existsSync(file)) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `MEMBERFLOW_HOLIDAYS: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return parseCalendarConfig(text);
  } catch (error) {
    if (error instanceof CalendarConfigError)
      throw new ConfigError(`${file}: ${error.problems.join('; ')}`);
    throw error;
  }
}

/** The working-day calendar of this deployment: the shipped holidays with its own changes. */
export function deploymentCalendar(
  config: Pick<AppConfig, 'dataDir' | 'holidaysFile'>,
): WorkingDayCalendar {
  return createVietnamCalendar(loadHolidayAdjustments(config));
}
