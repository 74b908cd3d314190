import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { openEventStore, type EventStore } from '@memberflow/event-store';
import {
  AccountsQueries,
  MembersQueries,
  OrgTreeQueries,
  PROJECTIONS,
  ProjectionRunner,
  ServingTables,
  StatisticsQueries,
  type ReadDb,
} from '@memberflow/projections';
import { EVENT_STORE } from '../store/event-store.provider';
import { withStatisticsKnownAt } from './known-at';

export const READ_DB = Symbol('READ_DB');
export const PROJECTIONS_OPTIONS = Symbol('PROJECTIONS_OPTIONS');

export interface ProjectionsOptions {
  /** The event store the projections read (used when the application has none of its own). */
  readonly eventStoreUrl: string;
  /** Whether this process applies projections (embedded api, worker) or only reads them. */
  readonly runner: boolean;
}

/**
 * The read side of a process: the read database, the queries over it, and the projection runner
 * (architecture.md §6). In the api the runner shares the application's event store, so appends wake
 * it at once; the worker opens its own. Several processes may run it: each projection is applied by
 * the one holding its lock.
 */
@Injectable()
export class ProjectionService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('projections');
  readonly serving: ServingTables;
  readonly orgs: OrgTreeQueries;
  readonly members: MembersQueries;
  readonly statistics: StatisticsQueries;
  readonly accounts: AccountsQueries;
  private started: { runner: ProjectionRunner; store: EventStore; ownStore: boolean } | undefined;

  constructor(
    @Inject(READ_DB) readonly db: ReadDb,
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsOptions,
    private readonly moduleRef: ModuleRef,
  ) {
    this.serving = new ServingTables(db);
    this.orgs = new OrgTreeQueries(db, this.serving);
    this.members = new MembersQueries(db, this.serving);
    this.statistics = new StatisticsQueries(db, this.serving);
    this.accounts = new AccountsQueries(db, this.serving);
  }

  /** Statistics as the system knew them at a record time, replayed from the events recorded by then. */
  statisticsKnownAt<T>(
    knownAt: string,
    query: (statistics: StatisticsQueries) => Promise<T>,
  ): Promise<T> {
    if (!this.started) throw new Error('the projections have not started');
    return withStatisticsKnownAt(this.started.store, knownAt, query);
  }

  get runner(): ProjectionRunner {
    if (!this.started) throw new Error('the projection runner has not started');
    return this.started.runner;
  }

  async onApplicationBootstrap(): Promise<void> {
    const shared = this.sharedStore();
    const store = shared ?? (await openEventStore(this.options.eventStoreUrl));
    const runner = new ProjectionRunner(store, this.db, PROJECTIONS, {
      logger: {
        log: (message) => this.logger.log(message),
        warn: (message) => this.logger.warn(message),
        error: (message) => this.logger.error(message),
      },
      onSwap: () => this.serving.invalidate(),
    });
    this.started = { runner, store, ownStore: shared === undefined };
    if (this.options.runner) runner.start();
  }

  /** The runner stops before the application closes the store it may share. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.started?.runner.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started?.ownStore) await this.started.store.close();
    await this.db.close();
  }

  private sharedStore(): EventStore | undefined {
    try {
      return this.moduleRef.get<EventStore>(EVENT_STORE, { strict: false });
    } catch {
      return undefined;
    }
  }
}
