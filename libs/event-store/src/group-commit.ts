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

/**
 * Group commit (ADR 0004): appends that arrive together share one transaction and one commit. An
 * append waits for the writer to be free: while a group is being written the next one gathers, and an
 * append that finds the writer idle is written on the next turn of the event loop (`setImmediate`, no
 * timer), together with whatever arrived in the same turn. Each append keeps its own expected-revision
 * check and gets its own outcome, so one append's conflict or failure never affects another's.
 */
export class GroupCommit {
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;
  private scheduled = false;

  constructor(
    private readonly write: GroupWriter,
    private readonly maxGroup = DEFAULT_MAX_GROUP,
  ) {}

  submit(request: AppendRequest): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      this.schedule();
    });
  }

  /** Writes everything submitted so far (for close): resolves when the last group has been answered. */
  async drain(): Promise<void> {
    while (this.writing !== undefined || this.pending.length > 0) {
      await (this.writing ?? this.flush());
    }
  }

  private schedule(): void {
    if (this.scheduled || this.writing !== undefined) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private flush(): Promise<void> {
    if (this.writing !== undefined || this.pending.length === 0)
      return this.writing ?? Promise.resolve();
    const group = this.pending.splice(0, this.maxGroup);
    this.writing = this.writeGroup(group).finally(() => {
      this.writing = undefined;
      if (this.pending.length > 0) this.schedule();
    });
    return this.writing;
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
