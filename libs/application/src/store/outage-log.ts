import { Injectable, Logger } from '@nestjs/common';

/** How often an ongoing outage is reported: the first failure at once, then one line per interval. */
const REPORT_EVERY_MS = 5_000;

/**
 * Reports store outages in a bounded number of lines: while the store is down every request fails the
 * same way, hundreds a second under load. The message names the server and the failure (never
 * credentials); the line after a quiet interval says how many were not logged.
 */
@Injectable()
export class StoreOutageLog {
  private readonly logger = new Logger('store');
  private lastReportAt = Number.NEGATIVE_INFINITY;
  private unreported = 0;

  report(error: unknown, now = Date.now()): void {
    if (now - this.lastReportAt < REPORT_EVERY_MS) {
      this.unreported += 1;
      return;
    }
    const more = this.unreported > 0 ? ` (and ${this.unreported} more since the last report)` : '';
    this.logger.error(
      `store unavailable: ${error instanceof Error ? error.message : String(error)}${more}`,
    );
    this.lastReportAt = now;
    this.unreported = 0;
  }
}
