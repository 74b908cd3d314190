import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { AppConfig } from '../config/config';

const FRAMEWORK_START_UP = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
]);

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

  /** Nest's start-up chatter (a line per module and per route) is debug output, not the service's log. */
  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && FRAMEWORK_START_UP.has(context))
      super.debug(message, ...rest);
    else super.log(message, ...rest);
  }

  /**
   * Nest logs a failure to start (with its stack) before throwing it to the entry point, which prints
   * it once, as the operator needs it (start-failure.ts).
   */
  override error(message: unknown, ...rest: unknown[]): void {
    if (rest[rest.length - 1] === 'ExceptionHandler') return;
    super.error(message, ...rest);
  }

  protected override getTimestamp(): string {
    const parts = Object.fromEntries(
      VietnameseConsoleLogger.format
        .formatToParts(new Date())
        .map((part) => [part.type, part.value]),
    );
    return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
  }
}

const LEVELS_FROM: Readonly<Record<Exclude<AppConfig['logLevel'], 'silent'>, LogLevel[]>> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/**
 * A process's console logger as its configuration asks (format and lowest level), prefixed with the
 * process's name; undefined when logging is off.
 */
export function consoleLoggerFor(
  config: Pick<AppConfig, 'logFormat' | 'logLevel'>,
  prefix: string,
): VietnameseConsoleLogger | undefined {
  if (config.logLevel === 'silent') return undefined;
  return new VietnameseConsoleLogger({
    json: config.logFormat === 'json',
    prefix,
    logLevels: LEVELS_FROM[config.logLevel],
  });
}
