import type { StoredEvent } from './event-store.port';
import type { FetchPage } from './paging';

/**
 * Wakes live subscriptions when new events may be stored. Appends made through this store instance call
 * {@link notify} directly; an adapter that hears of other processes' appends (PostgreSQL's NOTIFY) calls
 * it too. A counter rather than a bare event, so a wake-up that lands between a subscription's last read
 * and its wait is not lost.
 */
export class AppendNotifier {
  private appends = 0;
  private readonly waiters = new Set<() => void>();

  /** How many wake-ups so far; pass it to {@link waitForAppend} to wait for the next one. */
  get seen(): number {
    return this.appends;
  }

  notify(): void {
    this.appends += 1;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /**
   * Resolves once notified after `seen` (at once if that already happened), after `timeoutMs` (the
   * polling fallback for appends nobody told us about), or when `signal` aborts.
   */
  waitForAppend(seen: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
    if (this.appends !== seen || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', wake);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      signal.addEventListener('abort', wake, { once: true });
      this.waiters.add(wake);
    });
  }
}

export interface LiveSubscriptionSource {
  /** Reads up to `size` events with a position greater than `after`, in position order. */
  readonly fetchAfter: FetchPage<bigint>;
  readonly notifier: AppendNotifier;
  readonly pageSize: number;
  /** How long to wait for a wake-up before looking anyway. */
  readonly pollIntervalMs: number;
}

/**
 * Catch-up then live, from just after `after`: reads page after page while there is a backlog, then
 * waits for a wake-up (or the poll interval) and reads again. Each page is yielded whole, and the next
 * one read only when the consumer has taken it (back-pressure); the cursor moves with every page, so
 * the stream is gapless and duplicate-free as long as the store's positions become visible in order.
 * Returns as soon as `signal` aborts, also while waiting.
 */
export async function* subscribeFromPosition(
  source: LiveSubscriptionSource,
  after: bigint,
  signal: AbortSignal,
): AsyncGenerator<readonly StoredEvent[]> {
  let cursor = after;
  while (!signal.aborted) {
    const seen = source.notifier.seen;
    const page = await source.fetchAfter(cursor, source.pageSize);
    if (page.length > 0) {
      if (signal.aborted) return;
      yield page;
      cursor = page[page.length - 1].position;
    }
    if (page.length < source.pageSize) {
      await source.notifier.waitForAppend(seen, source.pollIntervalMs, signal);
    }
  }
}
