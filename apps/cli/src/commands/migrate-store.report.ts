import type { MigrationProgress, MigrationSummary } from '@memberflow/event-store';
import { formatCount, formatDuration, formatSeconds } from '../format/numbers';

const PHASES: Record<MigrationProgress['phase'], string> = {
  copy: 'copying  ',
  verify: 'verifying',
};

/**
 * One line of progress: phase, bar, percentage, counts, rate and ETA, e.g.
 * `copying   [██████████░░░░░░░░░░░░░░░]  41% 123,456/300,000 events  24,390 events/s  ETA 0:07`.
 * The rate counts only what this run did (a resumed copy does not inflate it).
 */
export function progressLine(progress: MigrationProgress, elapsedMs: number, width = 25): string {
  const { done, total, startedFrom } = progress;
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const percent = `${String(Math.floor(fraction * 100)).padStart(3)}%`;
  const rate = elapsedMs > 0 ? ((done - startedFrom) * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? formatDuration(((total - done) / rate) * 1000) : '–';
  return (
    `${PHASES[progress.phase]} [${bar}] ${percent} ${formatCount(done)}/${formatCount(total)} events` +
    `  ${formatCount(rate)} events/s  ETA ${eta}`
  );
}

/** What a progress bar writes to: a terminal rewrites one line, anything else gets a line now and then. */
export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Draws the progress on stderr: on a terminal one line rewritten at most every `refreshMs`; in a log (not
 * a terminal) one line every `logEveryMs` and at the end of each phase, so CI output stays readable.
 */
export class ProgressBar {
  private phase: MigrationProgress['phase'] | undefined;
  private phaseStarted = 0;
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private last: MigrationProgress | undefined;
  /** The latest progress is not on screen yet. */
  private dirty = false;

  constructor(
    private readonly out: ProgressOutput,
    private readonly now: () => number = Date.now,
    private readonly refreshMs = 100,
    private readonly logEveryMs = 5_000,
  ) {}

  update(progress: MigrationProgress): void {
    const now = this.now();
    if (progress.phase !== this.phase) {
      this.endPhase();
      this.phase = progress.phase;
      this.phaseStarted = now;
      this.lastDrawn = Number.NEGATIVE_INFINITY;
    }
    this.last = progress;
    this.dirty = true;
    const finished = progress.done >= progress.total;
    const interval = this.out.isTTY ? this.refreshMs : this.logEveryMs;
    if (finished || now - this.lastDrawn >= interval) this.draw(now);
  }

  /** Draws what is not on screen yet and ends the line. */
  finish(): void {
    this.endPhase();
    this.phase = undefined;
  }

  private endPhase(): void {
    if (this.last === undefined) return;
    if (this.dirty) this.draw(this.now());
    if (this.out.isTTY) this.out.write('\n');
    this.last = undefined;
  }

  private draw(now: number): void {
    if (this.last === undefined) return;
    const line = progressLine(this.last, now - this.phaseStarted);
    this.out.write(this.out.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
    this.lastDrawn = now;
    this.dirty = false;
  }
}

/** The URL without its password, for what is printed. */
export function redactedUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** The summary printed at the end, numbers the Vietnamese way. */
export function formatSummary(
  summary: MigrationSummary,
  stores: { readonly from: string; readonly to: string },
): string {
  const rate = summary.copyMs > 0 ? (summary.copied * 1000) / summary.copyMs : 0;
  const lines = [
    `memberflow migrate-store: ${summaryOutcome(summary)}`,
    `  from       ${redactedUrl(stores.from)}: ${formatCount(summary.sourceEvents)} events`,
    `  to         ${redactedUrl(stores.to)}`,
    `  copied     ${formatCount(summary.copied)} events in ${formatSeconds(summary.copyMs)}` +
      ` (${formatCount(rate)} events/s)` +
      (summary.resumed
        ? `, resuming after ${formatCount(summary.copiedBefore)} copied before`
        : ''),
  ];
  const verification = summary.verification;
  if (verification?.ok === true) {
    lines.push(
      `  verified   ${formatCount(verification.events)} events in ${formatCount(verification.streams)} streams in ${formatSeconds(verification.ms)}:` +
        ' same order, ids, recordedAt and hashes as the source; every stream’s hash chain intact',
    );
  } else if (verification?.ok === false) {
    lines.push(
      `  VERIFICATION FAILED after ${formatCount(verification.events)} matching events: ${verification.problem}`,
    );
  } else {
    lines.push(
      `  interrupted: ${formatCount(summary.copiedBefore + summary.copied)} of ${formatCount(summary.sourceEvents)} events are in the target; run the same command again to resume`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function summaryOutcome(summary: MigrationSummary): string {
  if (summary.outcome === 'interrupted') return 'interrupted';
  return summary.verification?.ok === true
    ? 'complete and verified'
    : 'copied, but the copy differs';
}
