import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config/config';
import { deploymentCalendar, loadHolidayAdjustments } from './holidays';

describe('the deployment’s holidays (MEMBERFLOW_HOLIDAYS)', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'memberflow-holidays-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds nothing when neither the variable nor holidays.json in the data directory is there', () => {
    expect(loadHolidayAdjustments({ dataDir, holidaysFile: undefined })).toEqual({});
  });

  it('reads holidays.json in the data directory: a holiday the law adds is not a working day', () => {
    writeFileSync(join(dataDir, 'holidays.json'), '{"holidays":{"add":["2027-11-24"]}}');
    const calendar = deploymentCalendar({ dataDir, holidaysFile: undefined });
    expect(calendar.isWorkingDay('2027-11-24')).toBe(false);
    expect(calendar.addWorkingDays('2027-11-23', 1)).toBe('2027-11-25');
  });

  it('reads the file MEMBERFLOW_HOLIDAYS names, resolved from the working directory', () => {
    const file = join(dataDir, 'ngay-nghi.json');
    writeFileSync(file, '{"workedWeekendDays":["2027-11-20"]}');
    const config = loadConfig({ MEMBERFLOW_DATA_DIR: dataDir, MEMBERFLOW_HOLIDAYS: file });
    expect(config.holidaysFile).toBe(file);
    expect(deploymentCalendar(config).isWorkingDay('2027-11-20')).toBe(true);
  });

  it('refuses to start on a file it was told to read and cannot, or on a wrong entry, naming it', () => {
    const missing = join(dataDir, 'missing.json');
    expect(() => loadHolidayAdjustments({ dataDir, holidaysFile: missing })).toThrow(ConfigError);
    const wrong = join(dataDir, 'wrong.json');
    writeFileSync(wrong, '{"holidays":{"add":["24/11/2027"]}}');
    expect(() => loadHolidayAdjustments({ dataDir, holidaysFile: wrong })).toThrow(
      `${wrong}: holidays.add[0] is not a date (YYYY-MM-DD): "24/11/2027"`,
    );
  });
});
