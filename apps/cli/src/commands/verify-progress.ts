import { formatCount, formatDuration } from '../format/numbers';

/**
 * What the long commands (verify, digest, replay, rebuild, demo) show while they run: a progress bar on
 * stderr with the rate and the time left.
 */

/** Where the bar is drawn: stderr in the CLI, a buffer in tests. */
export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface ProgressOptions {
  /** What is counted, e.g. `events`. */
  readonly unit: string;
  readonly width?: number;
  /** Redraws at most this often on a terminal (default 100 ms); a log gets a line every 5 s. */
  readonly redrawMs?: number;
  readonly logEveryMs?: number;
  readonly now?: () => number;
}

/**
 * A progress bar: `[██████░░░░]  61%  183,000/300,000 events · 45,210/s · ETA 0:03`. On a terminal it
 * redraws one line in place; into a file or a pipe it writes a line now and then.
 */
export class ProgressBar {
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private readonly now: () => number;

  constructor(
    private readonly output: ProgressOutput,
    private readonly label: string,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** The text of the bar for `done` out of `total` (total 0 or unknown: no percentage, no ETA). */
  line(done: number, total: number): string {
    const elapsed = this.now() - this.started;
    const rate = elapsed > 0 ? (done * 1000) / elapsed : 0;
    const width = this.options.width ?? 24;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(share * width);
    const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
    const percent = `${String(Math.floor(share * 100)).padStart(3)}%`;
    const eta = rate > 0 && total > 0 ? formatDuration(((total - done) / rate) * 1000) : '--:--';
    const counts = total > 0 ? `${formatCount(done)}/${formatCount(total)}` : formatCount(done);
    return `${this.label} ${bar} ${percent}  ${counts} ${this.options.unit} · ${formatCount(Math.round(rate))}/s · ETA ${eta}`;
  }

  update(done: number, total: number): void {
    const now = this.now();
    const tty = this.output.isTTY === true;
    const every = tty ? (this.options.redrawMs ?? 100) : (this.options.logEveryMs ?? 5000);
    if (now - this.lastDraw < every) return;
    this.lastDraw = now;
    this.draw(this.line(done, total));
  }

  /** Draws the final state and ends the line, with the time it took. */
  finish(done: number, total: number): void {
    const took = formatDuration(this.now() - this.started);
    this.draw(`${this.line(done, total)} · took ${took}`);
    if (this.output.isTTY === true) this.output.write('\n');
    this.drawn = false;
  }

  /** Before printing anything else to the terminal, so the bar does not overwrite it. */
  clear(): void {
    if (this.drawn && this.output.isTTY === true) this.output.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(text: string): void {
    if (this.output.isTTY === true) {
      this.output.write(`\r\x1b[2K${text}`);
      this.drawn = true;
    } else {
      this.output.write(`${text}\n`);
    }
  }
}
