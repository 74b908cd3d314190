import { Injectable } from '@nestjs/common';
import {
  createVietnamCalendar,
  todayInVietnam,
  type LocalDate,
  type WorkingDayCalendar,
} from '@memberflow/domain';

/** Today's business date and the working-day calendar the rules count deadlines on. */
@Injectable()
export class Clock {
  readonly calendar: WorkingDayCalendar = createVietnamCalendar();

  today(): LocalDate {
    return todayInVietnam();
  }
}
