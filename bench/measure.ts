/** Clocks, percentiles and memory peaks: the only place the benchmark reads time. */
import { readFileSync } from 'node:fs';

export function now(): number {
  return performance.now();
}

/** The q-quantile (0..1) of the samples, nearest rank; NaN when there are none. */
export function quantile(samples: ArrayLike<number>, q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export interface Latencies {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
}

export function latencies(samples: ArrayLike<number>): Latencies {
  return { count: samples.length, p50: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}

/** When a bounded phase stops: after `count` operations or `seconds`, whichever comes first. */
export interface Bound {
  readonly count: number;
  readonly seconds: number;
}

export class Deadline {
  private readonly ends: number;
  private done = 0;

  constructor(private readonly bound: Bound) {
    this.ends = now() + bound.seconds * 1000;
  }

  /** Takes one more operation, or false when the phase is over. */
  take(): boolean {
    if (this.done >= this.bound.count || now() >= this.ends) return false;
    this.done += 1;
    return true;
  }
}

/** Samples the resident set size while `run` runs, and reports its peak (MiB). */
export async function withPeakRss<T>(
  run: () => Promise<T>,
): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMiB: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * CPU time (user + system, µs) of the calling thread alone, from /proc (Linux); NaN elsewhere. Tells
 * the server's event loop from the clients' worker thread in the same process.
 */
export function threadCpuMicros(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // After the command name (which may hold spaces): utime and stime are the 12th and 13th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / 100; // USER_HZ is 100
  } catch {
    return Number.NaN;
  }
}
