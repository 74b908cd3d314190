import { LOCKOUT } from '@memberflow/domain/account';

/** Keys kept at most, so that a flood of made-up usernames or addresses cannot grow memory without end. */
const MAX_KEYS = 100_000;

/** Drops the oldest keys (insertion order) once a map holds more than {@link MAX_KEYS}. */
function bound<Value>(map: Map<string, Value>): void {
  for (const key of map.keys()) {
    if (map.size <= MAX_KEYS) return;
    map.delete(key);
  }
}

export interface LimitHit {
  readonly allowed: boolean;
  /** Seconds until the window ends, when not allowed. */
  readonly retryAfterSeconds: number;
}

/** So many attempts per key per fixed window (0: unlimited). Counted in this process. */
export class WindowLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowSeconds: number,
  ) {}

  hit(key: string, nowMs: number): LimitHit {
    if (this.limit <= 0) return { allowed: true, retryAfterSeconds: 0 };
    const windowMs = this.windowSeconds * 1000;
    let window = this.windows.get(key);
    if (window === undefined || nowMs - window.start >= windowMs) {
      window = { start: nowMs, count: 0 };
      this.windows.delete(key);
      this.windows.set(key, window);
      bound(this.windows);
    }
    window.count += 1;
    if (window.count <= this.limit) return { allowed: true, retryAfterSeconds: 0 };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - nowMs) / 1000)),
    };
  }
}

/**
 * Failed sign-ins per username within the lockout window, counted in this process (each replica
 * counts its own: with N replicas up to N×4 failures may pass unlocked; the lock itself is an event
 * that every replica honours). Usernames with no account are "locked" here too, the same way, so that
 * a lock does not tell that an account exists.
 */
export class FailedSignIns {
  private readonly failures = new Map<string, number[]>();
  private readonly phantomLocks = new Map<string, number>();

  /** Records a failure; answers the failures of the window ending now (this one included). */
  record(username: string, nowMs: number): number[] {
    const recent = (this.failures.get(username) ?? []).filter(
      (at) => nowMs - at < LOCKOUT.windowMs,
    );
    recent.push(nowMs);
    this.failures.delete(username);
    this.failures.set(username, recent);
    bound(this.failures);
    return recent;
  }

  clear(username: string): void {
    this.failures.delete(username);
  }

  /** For a username with no account: locks it here as an account would be, answering until when. */
  lockPhantom(username: string, recent: readonly number[], nowMs: number): number | undefined {
    if (recent.length < LOCKOUT.failures) return undefined;
    const until = nowMs + LOCKOUT.lockMs;
    this.phantomLocks.set(username, until);
    bound(this.phantomLocks);
    this.clear(username);
    return until;
  }

  phantomLockedUntil(username: string, nowMs: number): number | undefined {
    const until = this.phantomLocks.get(username);
    if (until === undefined) return undefined;
    if (until > nowMs) return until;
    this.phantomLocks.delete(username);
    return undefined;
  }
}
