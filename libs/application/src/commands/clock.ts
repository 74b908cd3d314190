import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  createVietnamCalendar,
  todayInVietnam,
  type LocalDate,
  type WorkingDayCalendar,
} from '@memberflow/domain';
import { APP_CONFIG } from '../config/config.provider';
import type { AppConfig } from '../config/config';
import { deploymentCalendar } from '../deployment/holidays';

/**
 * Today's business date and the working-day calendar the rules count deadlines on: the shipped holidays
 * with the deployment's own (MEMBERFLOW_HOLIDAYS, deployment/holidays.ts).
 */
@Injectable()
export class Clock {
  readonly calendar: WorkingDayCalendar;

  constructor(@Optional() @Inject(APP_CONFIG) config?: AppConfig) {
    this.calendar = config ? deploymentCalendar(config) : createVietnamCalendar();
  }

  today(): LocalDate {
    return todayInVietnam(this.now());
  }

  /** The instant now (sign-in locks, sessions). */
  now(): Date {
    return new Date();
  }
}
