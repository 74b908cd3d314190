import { ConsoleLogger } from '@nestjs/common';

/** Console timestamps the Vietnamese way (`14/03/2022 09:05:31`), in Vietnam's time zone. */
export class VietnameseConsoleLogger extends ConsoleLogger {
  private static readonly format = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });

  protected override getTimestamp(): string {
    const parts = Object.fromEntries(
      VietnameseConsoleLogger.format
        .formatToParts(new Date())
        .map((part) => [part.type, part.value]),
    );
    return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
  }
}
