import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { EventStore } from '@memberflow/event-store';
import type { ReadDb } from '../read-db/read-db';
import {
  CheckpointMovedError,
  GenerationCatalog,
  type Generation,
  type ProjectionRecord,
} from './generation-catalog';
import { Lane, generationKey, type LaneGeneration, type LaneOptions } from './lane';
import { ProjectionFailedError, type MemoryBudget, type Projection } from './projection';
import { projectionLocks, type ProjectionLocks } from './projection-locks';

export interface RunnerLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface BatchProgress {
  readonly lane: 'live' | 'build';
  readonly events: number;
  readonly lastPosition: bigint;
  readonly ms: number;
  readonly flushed: boolean;
}

export interface ProjectionRunnerOptions extends Partial<Omit<LaneOptions, 'budget'>> {
  /** What each session may hold in memory: streams folded, rows waiting. Default {@link DEFAULT_BUDGET}. */
  readonly budget?: Partial<MemoryBudget>;
  /** How often locks are renewed and generations reconciled. Default 1 s. */
  readonly tickMs?: number;
  /** SQLite lease length: how long a dead holder keeps its projections. Default 15 s. */
  readonly leaseMs?: number;
  /** How long a replaced generation's tables stay for queries already under way. Default 30 s. */
  readonly retireAfterMs?: number;
  /** Names this process in the SQLite leases. */
  readonly holder?: string;
  readonly logger?: RunnerLogger;
  readonly onBatch?: (progress: BatchProgress) => void;
  /** A rebuilt generation took over: readers should look up the serving tables again. */
  readonly onSwap?: (name: string, generation: number) => void;
}

export interface GenerationStatus {
  readonly generation: number;
  readonly version: number;
  readonly position: number;
  /** Events in the store after this generation's checkpoint. */
  readonly lag: number;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly description: string;
  /** The version this build's code projects. */
  readonly version: number;
  readonly serving: GenerationStatus | undefined;
  readonly building: GenerationStatus | undefined;
  readonly rebuildRequested: boolean;
  /** Whether this process holds the projection's lock (and so applies it). */
  readonly appliedHere: boolean;
  readonly fault: string | undefined;
}

export class UnknownProjectionError extends Error {
  constructor(readonly projection: string) {
    super(`no projection named ${projection}`);
    this.name = 'UnknownProjectionError';
  }
}

interface RunningLane {
  readonly kind: 'live' | 'build';
  readonly lane: Lane;
  readonly abort: AbortController;
  readonly done: Promise<void>;
  ended: boolean;
}

interface Fault {
  readonly message: string;
  readonly failures: number;
  readonly retryAt: number;
}

/**
 * What a session holds by default: a folded member is about 3 KB of heap and a pending row about
 * 200 bytes, so about 25 MB whatever the size of the log (a rebuild's memory must not grow with the
 * province). A larger cache only saves reading back a member whose next event comes after it was
 * evicted (one query per batch for all such members).
 */
export const DEFAULT_BUDGET: MemoryBudget = { streams: 5_000, rows: 50_000 };

const silent: RunnerLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * Keeps the read models up to date (architecture.md §6). On every tick it renews the lock of each
 * projection (taking those nobody holds), reconciles their generations (the first one; a new one when
 * the code's version changed or a rebuild was asked for; dropping replaced ones) and runs two lanes:
 * one keeping the serving generations live, one rebuilding new generations from the start of the log
 * while the old ones keep serving. A rebuilt generation takes over once it has caught up.
 */
export class ProjectionRunner {
  private readonly catalog: GenerationCatalog;
  private readonly locks: ProjectionLocks;
  private readonly options: Required<
    Omit<ProjectionRunnerOptions, 'onBatch' | 'onSwap' | 'budget'>
  > &
    LaneOptions;
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private lanes: RunningLane[] = [];
  private planKey = '';
  private held: ReadonlySet<string> = new Set();
  private readonly faults = new Map<string, Fault>();
  private wakeUp: (() => void) | undefined;
  private woken = false;

  constructor(
    private readonly store: EventStore,
    private readonly db: ReadDb,
    readonly projections: readonly Projection[],
    private readonly hooks: ProjectionRunnerOptions = {},
  ) {
    this.catalog = new GenerationCatalog(db);
    this.options = {
      batchSize: hooks.batchSize ?? 5_000,
      idleMs: hooks.idleMs ?? 10,
      flushIntervalMs: hooks.flushIntervalMs ?? 10_000,
      budget: {
        streams: hooks.budget?.streams ?? DEFAULT_BUDGET.streams,
        rows: hooks.budget?.rows ?? DEFAULT_BUDGET.rows,
      },
      tickMs: hooks.tickMs ?? 1_000,
      leaseMs: hooks.leaseMs ?? 15_000,
      retireAfterMs: hooks.retireAfterMs ?? 30_000,
      holder: hooks.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      logger: hooks.logger ?? silent,
    };
    this.locks = projectionLocks(db, this.options.holder, this.options.leaseMs);
  }

  start(): void {
    this.loop ??= this.supervise();
  }

  /** Stops the lanes at a batch boundary and gives the locks up for another process to take. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wake();
    await this.loop;
  }

  /** Runs a tick now rather than at the next interval. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Files a rebuild of one projection (any process may); its lock holder builds it blue/green. */
  async requestRebuild(name: string): Promise<void> {
    if (!this.projections.some((projection) => projection.name === name)) {
      throw new UnknownProjectionError(name);
    }
    await this.catalog.requestRebuild(name);
    this.wake();
  }

  /** The position of the last event in the store. */
  async head(): Promise<number> {
    return Number(await this.store.headPosition());
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = Number(await this.store.headPosition());
    const records = await this.catalog.load(this.projections.map((p) => p.name));
    return this.projections.map((projection) => {
      const record = records.get(projection.name);
      const serving = record?.generations.find((g) => g.generation === record.servingGeneration);
      const building = serving
        ? record?.generations.filter((g) => g.generation > serving.generation).at(-1)
        : undefined;
      const describe = (g: Generation | undefined): GenerationStatus | undefined =>
        g && {
          generation: g.generation,
          version: g.version,
          position: Number(g.position),
          lag: Math.max(0, head - Number(g.position)),
        };
      return {
        name: projection.name,
        description: projection.description,
        version: projection.version,
        serving: describe(serving),
        building: describe(building),
        rebuildRequested: record?.rebuildRequestedAt !== undefined,
        appliedHere: this.held.has(projection.name),
        fault: this.faults.get(projection.name)?.message,
      };
    });
  }

  /** Resolves once every projection serves its current version at the head of the store. */
  async waitUntilCaughtUp(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const statuses = await this.status();
      const pending = statuses.filter(
        (s) =>
          s.serving === undefined ||
          s.serving.version !== s.version ||
          s.serving.lag > 0 ||
          s.building !== undefined ||
          s.rebuildRequested,
      );
      if (pending.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(
          `projections not caught up after ${timeoutMs} ms: ${pending.map((s) => s.fault ?? s.name).join(', ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async supervise(): Promise<void> {
    const { logger, tickMs } = this.options;
    while (!this.stopping.signal.aborted) {
      try {
        await this.tick();
      } catch (error) {
        logger.error(`projection runner: ${describe(error)}`);
      }
      await this.sleep(tickMs);
    }
    await this.stopLanes();
    await this.locks.releaseAll().catch((error: unknown) => {
      logger.warn(`projection runner: releasing locks: ${describe(error)}`);
    });
  }

  private async tick(): Promise<void> {
    const names = this.projections.map((p) => p.name);
    try {
      this.held = await this.locks.refresh(names);
    } catch (error) {
      this.held = new Set();
      this.options.logger.warn(`projection locks unavailable: ${describe(error)}`);
    }
    let records = await this.catalog.load(names);
    let changed = false;
    for (const projection of this.projections) {
      if (!this.held.has(projection.name)) continue;
      const record = records.get(projection.name);
      if (record) changed = (await this.reconcile(projection, record)) || changed;
    }
    if (changed) records = await this.catalog.load(names);
    const plan = this.plan(records);
    const key = planKey(plan);
    if (key !== this.planKey || this.lanes.some((lane) => lane.ended)) {
      await this.stopLanes();
      // The lanes moved the checkpoints: start the new ones from where they really are.
      this.startLanes(this.plan(await this.catalog.load(names)), key);
    }
  }

  /** Creates, replaces and retires generations as the code and the requests say; true if any changed. */
  private async reconcile(projection: Projection, record: ProjectionRecord): Promise<boolean> {
    const { logger, retireAfterMs } = this.options;
    const serving = record.generations.find((g) => g.generation === record.servingGeneration);
    if (!serving) {
      const created = await this.catalog.create(projection, record);
      logger.log(
        `projection ${projection.name} v${projection.version}: generation ${created.generation} created, building from the start`,
      );
      return true;
    }
    let changed = false;
    const newer = record.generations.filter((g) => g.generation > serving.generation);
    const building = newer.at(-1);
    for (const stale of newer) {
      if (stale === building && stale.version === projection.version) continue;
      await this.retire(stale);
      changed = true;
    }
    const current = building?.version === projection.version ? building : undefined;
    const wanted =
      record.rebuildRequestedAt !== undefined || serving.version !== projection.version;
    if (wanted && !current) {
      const created = await this.catalog.create(projection, record);
      logger.log(
        `projection ${projection.name} v${projection.version}: rebuilding into generation ${created.generation}; generation ${serving.generation} (v${serving.version}) keeps serving`,
      );
      changed = true;
    } else if (record.rebuildRequestedAt !== undefined) {
      await this.catalog.clearRebuildRequest(projection.name);
    }
    const retireDue = (record.swappedAt ?? 0) + retireAfterMs <= Date.now();
    for (const old of record.generations.filter((g) => g.generation < serving.generation)) {
      if (!retireDue) break;
      await this.retire(old);
      logger.log(`projection ${projection.name}: generation ${old.generation} retired`);
      changed = true;
    }
    return changed;
  }

  private plan(
    records: ReadonlyMap<string, ProjectionRecord>,
  ): Record<'live' | 'build', LaneGeneration[]> {
    const plan: Record<'live' | 'build', LaneGeneration[]> = { live: [], build: [] };
    for (const projection of this.projections) {
      if (!this.held.has(projection.name)) continue;
      const fault = this.faults.get(projection.name);
      if (fault && Date.now() < fault.retryAt) continue;
      const record = records.get(projection.name);
      const serving = record?.generations.find((g) => g.generation === record.servingGeneration);
      if (!record || !serving) continue;
      // A serving generation of another version cannot be applied by this code: it only serves.
      if (serving.version === projection.version) {
        plan.live.push({ projection, generation: serving, building: false });
      }
      const building = record.generations.filter((g) => g.generation > serving.generation).at(-1);
      if (building?.version === projection.version) {
        plan.build.push({ projection, generation: building, building: true });
      }
    }
    return plan;
  }

  private startLanes(plan: Record<'live' | 'build', LaneGeneration[]>, key: string): void {
    this.planKey = key;
    this.lanes = (['live', 'build'] as const)
      .filter((kind) => plan[kind].length > 0)
      .map((kind) => this.startLane(kind, plan[kind]));
  }

  private startLane(kind: 'live' | 'build', generations: LaneGeneration[]): RunningLane {
    const abort = new AbortController();
    const lane = new Lane(this.store, this.db, generations, this.options, {
      onBatch: (batch) => {
        // A batch went through: whatever failed before is fixed.
        for (const member of generations) this.faults.delete(member.projection.name);
        this.hooks.onBatch?.({ lane: kind, ...batch });
      },
      onCaughtUp: (member) => this.caughtUp(member),
    });
    const running: RunningLane = {
      kind,
      lane,
      abort,
      ended: false,
      done: lane.run(abort.signal).then(
        () => undefined,
        (error: unknown) => this.laneFailed(error),
      ),
    };
    void running.done.finally(() => {
      running.ended = true;
      if (!abort.signal.aborted) this.wake();
    });
    return running;
  }

  private laneFailed(error: unknown): void {
    const { logger } = this.options;
    if (error instanceof ProjectionFailedError) {
      const failures = (this.faults.get(error.projection)?.failures ?? 0) + 1;
      const backoffMs = Math.min(60_000, 1_000 * 2 ** (failures - 1));
      this.faults.set(error.projection, {
        message: error.message,
        failures,
        retryAt: Date.now() + backoffMs,
      });
      logger.error(`${error.message}; retrying in ${backoffMs} ms`);
    } else if (error instanceof CheckpointMovedError) {
      logger.warn(error.message);
    } else {
      logger.error(`projection lane failed: ${describe(error)}`);
    }
  }

  /** A generation caught up: its indexes are built, and a rebuilt one takes over. */
  private async caughtUp(member: LaneGeneration): Promise<void> {
    const { name } = member.projection;
    if (!member.generation.indexed) {
      const started = performance.now();
      await this.catalog.index(member.projection, member.generation);
      this.options.logger.log(
        `projection ${name}: generation ${member.generation.generation} indexed in ${Math.round(performance.now() - started)} ms`,
      );
    }
    if (!member.building) return;
    await this.catalog.swap(name, member.generation.generation);
    this.options.logger.log(
      `projection ${name}: generation ${member.generation.generation} caught up and now serves`,
    );
    this.hooks.onSwap?.(name, member.generation.generation);
    this.wake();
  }

  private async retire(generation: Generation): Promise<void> {
    const key = generationKey(generation);
    if (
      this.lanes.some((lane) =>
        lane.lane.generations.some((g) => generationKey(g.generation) === key),
      )
    ) {
      await this.stopLanes();
    }
    await this.catalog.retire(generation);
  }

  private async stopLanes(): Promise<void> {
    for (const lane of this.lanes) lane.abort.abort();
    await Promise.all(this.lanes.map((lane) => lane.done));
    this.lanes = [];
    this.planKey = '';
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}

function planKey(plan: Record<'live' | 'build', LaneGeneration[]>): string {
  const keys = (members: LaneGeneration[]) =>
    members.map((m) => generationKey(m.generation)).join(',');
  return `live:${keys(plan.live)}|build:${keys(plan.build)}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
