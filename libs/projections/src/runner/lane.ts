import type { EventStore, StoredEvent } from '@memberflow/event-store';
import type { ReadDb, Sql, SqlRow, SqlValue } from '../read-db/read-db';
import { advanceCheckpoint, type Generation } from './generation-catalog';
import {
  ProjectionFailedError,
  type MemoryBudget,
  type Projection,
  type ProjectionSession,
} from './projection';

/** A generation a lane applies: serving ones are kept live, building ones are rebuilt from 0. */
export interface LaneGeneration {
  readonly projection: Projection;
  readonly generation: Generation;
  readonly building: boolean;
}

export interface LaneOptions {
  /** Most events read before the sessions fold them (a page that crosses it is taken whole). */
  readonly batchSize: number;
  /** How long to wait for one more event before taking the store to be quiet. */
  readonly idleMs: number;
  /** While catching up, how long folded work may wait before it is written (and the checkpoint moved). */
  readonly flushIntervalMs: number;
  readonly budget: MemoryBudget;
}

export interface LaneListener {
  /** A batch was folded (and written, when `flushed`). */
  onBatch(batch: {
    readonly events: number;
    readonly lastPosition: bigint;
    readonly ms: number;
    readonly flushed: boolean;
  }): void;
  /**
   * A generation reached the head of the store with everything written: its indexes can be built and,
   * if it was rebuilding, it may take over. Called once per generation that needs either.
   */
  onCaughtUp(generation: LaneGeneration): Promise<void>;
}

const IDLE = Symbol('idle');
type Page = IteratorResult<readonly StoredEvent[]>;
type Next = Page | typeof IDLE;

/**
 * Most events a session folds before the event loop gets its turn. The api applies projections in the
 * process that serves requests: a batch folded, or a flush written, in one go was every request's wait
 * (tens of milliseconds, the tail of the command latency). Yielding costs microseconds.
 */
const EVENTS_PER_SLICE = 250;

/** Lets I/O callbacks and timers run before the next piece of work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A transaction whose statements each wait for the event loop's turn first (they stay one transaction). */
function interleaved(tx: Sql): Sql {
  return {
    dialect: tx.dialect,
    async query<Row extends object = SqlRow>(sql: string, params?: readonly SqlValue[]) {
      await yieldToEventLoop();
      return tx.query<Row>(sql, params);
    },
  };
}

/**
 * Tells a batch still filling up whether the next page is coming or the store has gone quiet: the
 * next page wins over a timer of `ms`. One timer serves the whole batch (pages read without waiting
 * never reach the event loop, so it cannot fire among them); a tick that fired while the batch was
 * being read rather than waited for is not idleness, and the timer is armed again.
 */
class IdleClock {
  private tick!: Promise<typeof IDLE>;
  private fire!: () => void;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ms: number) {
    this.arm();
  }

  async next(pending: Promise<Page>): Promise<Next> {
    const waitingSince = performance.now();
    for (;;) {
      const next = await Promise.race([pending, this.tick]);
      if (next !== IDLE || performance.now() - waitingSince >= this.ms) return next;
      this.arm();
    }
  }

  /** Settles the tick, so the reads that raced it are released with the batch. */
  stop(): void {
    clearTimeout(this.timer);
    this.fire();
  }

  private arm(): void {
    this.tick = new Promise((resolve) => {
      this.fire = () => resolve(IDLE);
    });
    this.timer = setTimeout(this.fire, this.ms);
  }
}

export function generationKey(generation: Pick<Generation, 'name' | 'generation'>): string {
  return `${generation.name}#${generation.generation}`;
}

/** A generation in a running lane: its session, what it has folded, and what is written. */
interface Applier {
  readonly member: LaneGeneration;
  readonly session: ProjectionSession;
  applied: bigint;
  flushed: bigint;
  handedOver: boolean;
}

/**
 * One catch-up subscription feeding several generations, so that a rebuild of every projection reads
 * the log once. Each generation's session folds the events in memory; a flush writes every session's
 * rows and moves its checkpoint (fenced) in one transaction. Once caught up the lane flushes after
 * every batch; while catching up, when a session's memory is full or the flush interval has passed,
 * so a rebuild writes each row a few times rather than once per event. A generation skips what it has
 * already seen, so generations at different checkpoints may share a lane.
 */
export class Lane {
  private readonly appliers: Applier[];
  private lastFlush = performance.now();

  constructor(
    private readonly store: EventStore,
    private readonly db: ReadDb,
    readonly generations: readonly LaneGeneration[],
    private readonly options: LaneOptions,
    private readonly listener: LaneListener,
  ) {
    this.appliers = generations.map((member) => ({
      member,
      session: member.projection.open({
        db,
        tables: member.generation.tables,
        dialect: db.dialect,
        budget: options.budget,
      }),
      applied: member.generation.position,
      flushed: member.generation.position,
      handedOver: !member.building && member.generation.indexed,
    }));
  }

  /** Applies events until `signal` aborts; throws when a batch fails (nothing of it is kept). */
  async run(signal: AbortSignal): Promise<void> {
    const subscription = new AbortController();
    const stop = (): void => subscription.abort();
    signal.addEventListener('abort', stop, { once: true });
    const from = this.appliers.reduce(
      (min, a) => (a.applied < min ? a.applied : min),
      this.appliers[0].applied,
    );
    try {
      await this.handOverWhenCaughtUp();
      const iterator = this.store
        .subscribeAll({ after: from, signal: subscription.signal })
        [Symbol.asyncIterator]();
      let pending = guarded(iterator.next());
      while (!signal.aborted) {
        const first = await this.nextAfterQuiet(pending);
        if (first.done) return;
        pending = guarded(iterator.next());
        const batch: StoredEvent[] = [...first.value];
        const clock = new IdleClock(this.options.idleMs);
        let idle = false;
        try {
          while (batch.length < this.options.batchSize) {
            const next = await clock.next(pending);
            if (next === IDLE) {
              idle = true;
              break;
            }
            if (next.done) break;
            for (const event of next.value) batch.push(event);
            pending = guarded(iterator.next());
          }
        } finally {
          clock.stop();
        }
        if (signal.aborted) return;
        const started = performance.now();
        await this.fold(batch);
        const flush =
          idle ||
          this.appliers.some((a) => a.session.full) ||
          performance.now() - this.lastFlush >= this.options.flushIntervalMs;
        if (flush) await this.flush();
        this.listener.onBatch({
          events: batch.length,
          lastPosition: batch[batch.length - 1].position,
          ms: performance.now() - started,
          flushed: flush,
        });
        if (idle) await this.handOverWhenCaughtUp();
        // Reading and writing SQLite never waits for I/O: let the process serve requests between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      signal.removeEventListener('abort', stop);
      subscription.abort();
    }
  }

  /**
   * The first page of the next batch. If the store stays quiet for `idleMs` first, what was folded is
   * written and whatever caught up is handed over before waiting on: a batch cut by its size must not
   * leave work unwritten while no event comes.
   */
  private async nextAfterQuiet(pending: Promise<Page>): Promise<Page> {
    const clock = new IdleClock(this.options.idleMs);
    let next: Next;
    try {
      next = await clock.next(pending);
    } finally {
      clock.stop();
    }
    if (next !== IDLE) return next;
    await this.flush();
    await this.handOverWhenCaughtUp();
    return pending;
  }

  private async fold(batch: readonly StoredEvent[]): Promise<void> {
    for (const applier of this.appliers) {
      const events =
        batch[0].position > applier.applied
          ? batch
          : batch.filter((e) => e.position > applier.applied);
      if (events.length === 0) continue;
      try {
        for (let start = 0; start < events.length; start += EVENTS_PER_SLICE) {
          await yieldToEventLoop();
          await applier.session.apply(events.slice(start, start + EVENTS_PER_SLICE));
        }
      } catch (error) {
        throw new ProjectionFailedError(applier.member.projection.name, error);
      }
      applier.applied = events[events.length - 1].position;
    }
  }

  private async flush(): Promise<void> {
    const due = this.appliers.filter((a) => a.applied > a.flushed);
    this.lastFlush = performance.now();
    if (due.length === 0) return;
    await this.db.transaction(async (transaction) => {
      const tx = interleaved(transaction);
      for (const applier of due) {
        await advanceCheckpoint(tx, applier.member.generation, applier.flushed, applier.applied);
        try {
          await applier.session.flush(tx);
        } catch (error) {
          throw new ProjectionFailedError(applier.member.projection.name, error);
        }
      }
    });
    for (const applier of due) applier.flushed = applier.applied;
  }

  /** Hands each generation that has caught up, written out, over to be indexed and (if built) serve. */
  private async handOverWhenCaughtUp(): Promise<void> {
    const waiting = this.appliers.filter((a) => !a.handedOver);
    if (waiting.length === 0) return;
    const head = await this.store.headPosition();
    for (const applier of waiting) {
      if (applier.flushed < head) continue;
      await this.listener.onCaughtUp(applier.member);
      applier.handedOver = true;
    }
  }
}

/** A prefetched read that fails while a batch is being applied is reported when awaited, not as unhandled. */
function guarded<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
