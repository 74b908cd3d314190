/**
 * The projection rebuild, in a process of its own so that its peak RSS is the rebuild's alone: every
 * projection rebuilt from scratch into a fresh read database, then (optionally) the analyst's queries
 * timed against what it built. Started by run.ts; answers with one JSON message on the IPC channel.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { openEventStore } from '@memberflow/event-store';
import {
  MembersQueries,
  openReadDb,
  PROJECTIONS,
  ProjectionRunner,
  ServingTables,
  StatisticsQueries,
} from '@memberflow/projections';
import { todayInVietnam } from '@memberflow/domain';
import { latencies, now, type Latencies } from './measure';

export interface RebuildJob {
  readonly storeUrl: string;
  readonly readDbUrl: string;
  /** Queries to time after the rebuild; none for a rebuild-only run. */
  readonly queries?: {
    readonly provinceId: string;
    /** A district: its report has a fixed number of children whatever the province's size. */
    readonly districtId: string;
    readonly provincePath: string;
    readonly cellPaths: readonly string[];
    readonly searches: readonly string[];
    readonly repeat: number;
  };
}

export interface RebuildReport {
  readonly events: number;
  readonly seconds: number;
  /** Peak resident set size of the rebuilding process (MiB). */
  readonly peakRssMiB: number;
  readonly queries?: Readonly<
    Record<'roster' | 'search' | 'statistics' | 'districtStatistics' | 'worklist', Latencies>
  >;
}

export async function rebuild(job: RebuildJob): Promise<RebuildReport> {
  const store = await openEventStore(job.storeUrl);
  const db = await openReadDb(job.readDbUrl);
  try {
    const events = Number(await store.headPosition());
    const runner = new ProjectionRunner(store, db, PROJECTIONS, { tickMs: 50 });
    const profile = await startProfile(process.env.MEMBERFLOW_BENCH_REBUILD_PROFILE);
    const started = now();
    runner.start();
    try {
      await runner.waitUntilCaughtUp(60 * 60_000);
    } finally {
      await runner.stop();
      await profile?.stop();
    }
    const seconds = (now() - started) / 1000;
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    const report: RebuildReport = { events, seconds, peakRssMiB };
    if (job.queries === undefined) return report;
    return { ...report, queries: await timeQueries(db, job.queries) };
  } finally {
    await db.close();
    await store.close();
  }
}

/** A CPU profile of the rebuild, when asked for (MEMBERFLOW_BENCH_REBUILD_PROFILE=<file>). */
async function startProfile(
  file: string | undefined,
): Promise<{ stop(): Promise<void> } | undefined> {
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function timeQueries(
  db: Awaited<ReturnType<typeof openReadDb>>,
  plan: NonNullable<RebuildJob['queries']>,
): Promise<NonNullable<RebuildReport['queries']>> {
  const serving = new ServingTables(db);
  const members = new MembersQueries(db, serving);
  const statistics = new StatisticsQueries(db, serving);
  const today = todayInVietnam();
  const time = async (run: (index: number) => Promise<unknown>): Promise<Latencies> => {
    for (let i = 0; i < Math.min(10, plan.repeat); i++) await run(i); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < plan.repeat; i++) {
      const started = now();
      await run(i);
      samples.push(now() - started);
    }
    return latencies(samples);
  };
  return {
    roster: await time((i) =>
      members.roster(plan.cellPaths[(i * 7919) % plan.cellPaths.length], {}, 1, 50),
    ),
    search: await time((i) =>
      members.roster(plan.provincePath, { q: plan.searches[i % plan.searches.length] }, 1, 50),
    ),
    statistics: await time(() => statistics.current(plan.provinceId, today)),
    districtStatistics: await time(() => statistics.current(plan.districtId, today)),
    worklist: await time(() => members.worklist(plan.provincePath, undefined, today, 1, 50)),
  };
}

if (require.main === module && process.send) {
  const send = process.send.bind(process);
  process.once('message', (job: RebuildJob) => {
    rebuild(job).then(
      (report) => send({ report }, () => process.exit(0)),
      (error: unknown) =>
        send(
          { error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          () => process.exit(1),
        ),
    );
  });
}
