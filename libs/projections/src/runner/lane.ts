import type { EventStore, StoredEvent } from '@memberflow/event-store';
import type { ReadDb } from '../read-db/read-db';
import { advanceCheckpoint, type Generation } from './generation-catalog';
import { ProjectionFailedError, type Projection } from './projection';

/** A generation a lane applies: serving ones are kept live, building ones are rebuilt from 0. */
export interface LaneGeneration {
  readonly projection: Projection;
  readonly generation: Generation;
  readonly building: boolean;
}

export interface LaneOptions {
  /** Most events per transaction. */
  readonly batchSize: number;
  /** How long to wait for one more event before committing what the batch holds. */
  readonly idleMs: number;
}

export interface LaneListener {
  /** A batch was committed for the generations named. */
  onBatch(batch: {
    readonly events: number;
    readonly lastPosition: bigint;
    readonly ms: number;
  }): void;
  /** A building generation reached the head of the store: it may take over. */
  onCaughtUp(generation: LaneGeneration): Promise<void>;
}

const IDLE = Symbol('idle');
type Next = IteratorResult<StoredEvent> | typeof IDLE;

export function generationKey(generation: Pick<Generation, 'name' | 'generation'>): string {
  return `${generation.name}#${generation.generation}`;
}

/**
 * One catch-up subscription feeding several generations, so that a rebuild of every projection reads
 * the log once. Events are applied in batches: each batch is one transaction that moves every
 * generation's checkpoint (fenced) and writes its rows. A generation skips what it has already seen,
 * so generations at different checkpoints may share a lane.
 */
export class Lane {
  private readonly positions = new Map<string, bigint>();
  private readonly caughtUp = new Set<string>();
  private idleTick: Promise<typeof IDLE> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly db: ReadDb,
    readonly generations: readonly LaneGeneration[],
    private readonly options: LaneOptions,
    private readonly listener: LaneListener,
  ) {
    for (const member of generations) {
      this.positions.set(generationKey(member.generation), member.generation.position);
    }
  }

  /** Applies events until `signal` aborts; throws when a batch fails (nothing of it is kept). */
  async run(signal: AbortSignal): Promise<void> {
    const subscription = new AbortController();
    const stop = (): void => subscription.abort();
    signal.addEventListener('abort', stop, { once: true });
    const from = [...this.positions.values()].reduce((min, p) => (p < min ? p : min));
    try {
      await this.takeOverWhenCaughtUp();
      const iterator = this.store
        .subscribeAll({ after: from, signal: subscription.signal })
        [Symbol.asyncIterator]();
      let pending = guarded(iterator.next());
      while (!signal.aborted) {
        const first = await pending;
        if (first.done) return;
        pending = guarded(iterator.next());
        const batch: StoredEvent[] = [first.value];
        let idle = false;
        while (batch.length < this.options.batchSize) {
          const next = await this.within(pending, this.options.idleMs);
          if (next === IDLE) {
            idle = true;
            break;
          }
          if (next.done) break;
          batch.push(next.value);
          pending = guarded(iterator.next());
        }
        if (signal.aborted) return;
        await this.apply(batch);
        if (idle) await this.takeOverWhenCaughtUp();
      }
    } finally {
      signal.removeEventListener('abort', stop);
      subscription.abort();
    }
  }

  position(generation: Pick<Generation, 'name' | 'generation'>): bigint | undefined {
    return this.positions.get(generationKey(generation));
  }

  private async apply(batch: readonly StoredEvent[]): Promise<void> {
    const started = performance.now();
    const moved: [string, bigint][] = [];
    await this.db.transaction(async (tx) => {
      for (const member of this.generations) {
        const key = generationKey(member.generation);
        const from = this.positions.get(key) ?? 0n;
        const events = batch[0].position > from ? batch : batch.filter((e) => e.position > from);
        if (events.length === 0) continue;
        const to = events[events.length - 1].position;
        await advanceCheckpoint(tx, member.generation, from, to);
        try {
          await member.projection.apply(events, {
            tx,
            tables: member.generation.tables,
            dialect: this.db.dialect,
          });
        } catch (error) {
          throw new ProjectionFailedError(member.projection.name, error);
        }
        moved.push([key, to]);
      }
    });
    for (const [key, to] of moved) this.positions.set(key, to);
    this.listener.onBatch({
      events: batch.length,
      lastPosition: batch[batch.length - 1].position,
      ms: performance.now() - started,
    });
  }

  /** Hands each building generation that has reached the head of the store over to serve. */
  private async takeOverWhenCaughtUp(): Promise<void> {
    const building = this.generations.filter(
      (member) => member.building && !this.caughtUp.has(generationKey(member.generation)),
    );
    if (building.length === 0) return;
    const head = await this.store.headPosition();
    for (const member of building) {
      const key = generationKey(member.generation);
      if ((this.positions.get(key) ?? 0n) < head) continue;
      await this.listener.onCaughtUp(member);
      this.caughtUp.add(key);
    }
  }

  /**
   * The next event if it comes within `ms`, else IDLE. One timer serves many calls; a tick that fired
   * while the batch was being applied (not waited for) does not count as idleness.
   */
  private async within(pending: Promise<IteratorResult<StoredEvent>>, ms: number): Promise<Next> {
    const started = performance.now();
    for (;;) {
      const next = await Promise.race([pending, this.tick(ms)]);
      if (next !== IDLE || performance.now() - started >= ms) return next;
    }
  }

  private tick(ms: number): Promise<typeof IDLE> {
    this.idleTick ??= new Promise((resolve) => {
      setTimeout(() => {
        this.idleTick = undefined;
        resolve(IDLE);
      }, ms).unref();
    });
    return this.idleTick;
  }
}

/** A prefetched read that fails while a batch is being applied is reported when awaited, not as unhandled. */
function guarded<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
