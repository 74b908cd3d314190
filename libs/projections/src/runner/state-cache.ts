/**
 * Folded states kept by a session between flushes: the ones changed since the last flush (dirty)
 * and, within the budget, ones written already, so that the next batch need not read them back. When
 * it is full the states cached first go first.
 */
export class StateCache<State> {
  private readonly entries = new Map<string, { state: State; dirty: boolean }>();

  constructor(private readonly capacity: number) {}

  get full(): boolean {
    return this.entries.size >= this.capacity;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): State | undefined {
    return this.entries.get(id)?.state;
  }

  /** A state read back from the database (clean). */
  load(id: string, state: State): void {
    this.entries.set(id, { state, dirty: false });
  }

  /** A state changed by the batch (written at the next flush). */
  set(id: string, state: State): void {
    const entry = this.entries.get(id);
    if (entry) {
      entry.state = state;
      entry.dirty = true;
    } else {
      this.entries.set(id, { state, dirty: true });
    }
  }

  dirty(): [string, State][] {
    const found: [string, State][] = [];
    for (const [id, entry] of this.entries) if (entry.dirty) found.push([id, entry.state]);
    return found;
  }

  /** After a flush: everything is clean, and the oldest half goes if the cache is full. */
  flushed(): void {
    for (const entry of this.entries.values()) entry.dirty = false;
    if (this.entries.size < this.capacity) return;
    let excess = this.entries.size - Math.floor(this.capacity / 2);
    for (const id of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(id);
    }
  }
}
