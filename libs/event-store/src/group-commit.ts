import type { CanonicalEvent } from './event-row';
import type { AppendResult, ExpectedRevision } from './event-store.port';

/** One append of a group: what `EventStore.append` was called with, its events serialized. */
export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly CanonicalEvent[];
  readonly expected: ExpectedRevision;
}

/** What became of one append of a group: its own result or its own error, whatever the others did. */
export type AppendOutcome =
  | { readonly ok: true; readonly result: AppendResult }
  | { readonly ok: false; readonly error: unknown };

/**
 * Writes a group of appends in one transaction, one commit (one fsync), and answers for each one in
 * order. An error thrown by the writer itself (the store is down, the commit failed) fails the whole
 * group: nothing of it was acknowledged.
 */
export type GroupWriter = (
  group: readonly AppendRequest[],
) => readonly AppendOutcome[] | Promise<readonly AppendOutcome[]>;

interface Pending {
  readonly request: AppendRequest;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/** Most appends written in one transaction: bounds the latency of the last one in a group. */
export const DEFAULT_MAX_GROUP = 256;

/** How groups are cut and how many may be out at once. */
export interface GroupCommitOptions {
  /** Most appends in one group. */
  readonly maxGroup?: number;
  /**
   * Most groups handed to the writer and not yet answered. One (the default) when the writer can take
   * one group at a time; more only for a writer that writes its groups strictly in the order it is
   * given them and plans each against what the one before it committed (the SQLite writer thread).
   */
  readonly maxInFlight?: number;
}

/**
 * Group commit (ADR 0004): appends that arrive together share one transaction and one commit. An
 * append that finds the writer with room is written on the next turn of the event loop (`setImmediate`,
 * no timer), together with whatever arrived in the same turn; while the writer has no room the next
 * group gathers. A group that is full is handed over at once: the callers one answer resumed must not
 * wait for the callers the next answer resumes (the writer's answers may come in the same turn), or
 * the two groups would be handed over together and written one after the other while nothing is
 * decided. Each append keeps its own expected-revision check and gets its own outcome, so one
 * append's conflict or failure never affects another's; a failure of the writer fails the group it was
 * writing, never the groups handed over after it (each is planned against what is committed).
 */
export class GroupCommit {
  private pending: Pending[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private scheduled = false;
  private readonly maxGroup: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly write: GroupWriter,
    options: GroupCommitOptions = {},
  ) {
    this.maxGroup = options.maxGroup ?? DEFAULT_MAX_GROUP;
    this.maxInFlight = options.maxInFlight ?? 1;
  }

  /** Groups handed to the writer and not yet answered. */
  get groupsInFlight(): number {
    return this.inFlight.size;
  }

  submit(request: AppendRequest): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      if (this.pending.length >= this.maxGroup) this.flush();
      else this.schedule();
    });
  }

  /** Writes everything submitted so far (for close): resolves when the last group has been answered. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0 || this.pending.length > 0) {
      this.flush();
      await Promise.race(this.inFlight);
    }
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight.size >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Hands the writer as many groups as it has room for. */
  private flush(): void {
    while (this.pending.length > 0 && this.inFlight.size < this.maxInFlight) {
      const group = this.pending.splice(0, this.maxGroup);
      const writing: Promise<void> = this.writeGroup(group).finally(() => {
        this.inFlight.delete(writing);
        if (this.pending.length > 0) this.schedule();
      });
      this.inFlight.add(writing);
    }
  }

  private async writeGroup(group: readonly Pending[]): Promise<void> {
    let outcomes: readonly AppendOutcome[];
    try {
      outcomes = await this.write(group.map((item) => item.request));
    } catch (error) {
      for (const item of group) item.reject(error);
      return;
    }
    group.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome === undefined) item.reject(new Error('group commit: the writer gave no outcome'));
      else if (outcome.ok) item.resolve(outcome.result);
      else item.reject(outcome.error);
    });
  }
}
