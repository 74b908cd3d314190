interface Waiter<Value> {
  resolve(value: Value | undefined): void;
  reject(error: unknown): void;
}

/**
 * Key lookups made in the same turn of the event loop, asked in one query. On a networked store the
 * round trip costs more than the lookup, and concurrent commands look up their streams' revisions at
 * about the same moment (a group commit answers its callers together). A lookup is asked after it is
 * made, so it sees every append acknowledged before it.
 */
export class BatchedLookups<Value> {
  private waiting = new Map<string, Waiter<Value>[]>();

  constructor(
    private readonly lookUp: (keys: readonly string[]) => Promise<ReadonlyMap<string, Value>>,
  ) {}

  get(key: string): Promise<Value | undefined> {
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) setImmediate(() => this.ask());
      const waiters = this.waiting.get(key);
      if (waiters === undefined) this.waiting.set(key, [{ resolve, reject }]);
      else waiters.push({ resolve, reject });
    });
  }

  private ask(): void {
    const batch = this.waiting;
    this.waiting = new Map();
    this.lookUp([...batch.keys()]).then(
      (found) => {
        for (const [key, waiters] of batch)
          for (const waiter of waiters) waiter.resolve(found.get(key));
      },
      (error: unknown) => {
        for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
      },
    );
  }
}
