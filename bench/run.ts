/**
 * One benchmark run at one province size: generate, import, then measure every phase over the same
 * store, SQLite first and PostgreSQL second, and turn the measurements into figures with their ratios
 * and targets (issue 6).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openPostgresEventStore, openSqliteEventStore } from '@memberflow/event-store';
import type { Principal } from '@memberflow/application';
import {
  lifecycleRequests,
  runCallers,
  runHttpClients,
  startEngine,
  type Engine,
  type HttpRun,
} from './engine';
import { atLeast, below, formatNumber, latencyDetail, type Figure } from './figures';
import { chainChunk, cohortStreams, provinceHistory, RecordClock } from './history';
import { Deadline, now, type Bound } from './measure';
import type { BenchOptions } from './options';
import {
  buildProvince,
  cohortMembers,
  COMMUNES_PER_DISTRICT,
  HistoryWriter,
  type OrgUnitPlan,
  type Province,
} from './province';
import { openRawPostgres, RAW_PG_CONNECTIONS, type RawPostgres } from './raw-postgres';
import { commitLatency, openRawSqlite } from './raw-sqlite';
import type { RebuildJob, RebuildReport } from './rebuild-child';
import { forkTypeScript } from './typescript-child';

export const CONCURRENT_CALLERS = 16;
export const HTTP_CLIENTS = 16;
const COMMANDS_PER_MEMBER = 14;

/** Cohorts of new members, one per phase, so that no phase finds another's streams. */
const COHORT = {
  rawSqlite: 1,
  warmSqlite: 2,
  sqlite1: 3,
  sqlite16: 4,
  warmHttp: 5,
  http: 6,
  rawPg: 7,
  warmPg: 8,
  pg1: 9,
  pg8: 10,
  pg16: 11,
  rawSqliteAgain: 12,
  rawPgAgain: 13,
  warmHttpWorker: 14,
  httpWorker: 15,
} as const;

export interface ScaleRun {
  readonly members: number;
  readonly events: number;
  readonly figures: readonly Figure[];
  /** Progress and anomalies worth reading next to the figures. */
  readonly notes: readonly string[];
}

type Log = (line: string) => void;

export async function runScale(
  options: BenchOptions,
  members: number,
  log: Log,
): Promise<ScaleRun> {
  const dir = mkdtempSync(join(options.dir ?? tmpdir(), 'memberflow-bench-'));
  const pg = options.pgUrl ? await createPgDatabase(options.pgUrl, log) : undefined;
  const figures: Figure[] = [];
  const notes: string[] = [];
  try {
    const province = buildProvince(members);
    const writer = new HistoryWriter();
    const file = join(dir, 'events.db');
    await (await openSqliteEventStore({ file })).close();
    let rawPg: RawPostgres | undefined;
    if (pg) {
      await (await openPostgresEventStore({ url: pg.url, schema: 'memberflow' })).close();
      rawPg = await openRawPostgres(pg.url, 'memberflow');
    }

    // 1. Generate the province and import it straight into the tables (raw batched import).
    log(`generating and importing ${members.toLocaleString('vi-VN')} members`);
    const raw = openRawSqlite(file);
    const clock = new RecordClock();
    let events = 0;
    let sqliteSeconds = 0;
    let pgSeconds = 0;
    let payloadBytes = 0;
    for (const chunk of provinceHistory(province, writer)) {
      const chained = now();
      const rows = chainChunk(chunk, clock);
      const chainSeconds = (now() - chained) / 1000;
      sqliteSeconds += chainSeconds + raw.importRows(rows);
      if (rawPg) pgSeconds += chainSeconds + (await rawPg.importRows(rows));
      events += rows.length;
      for (const row of rows) payloadBytes += row.data.length + row.metadata.length;
    }
    log(`${events.toLocaleString('vi-VN')} events`);
    // After a bulk load the planner's statistics are stale (PostgreSQL would scan the whole table).
    await rawPg?.analyze();
    figures.push({
      key: 'sqlite.raw.import',
      group: 'Raw SQLite',
      label: 'batched import (hash chain included)',
      unit: 'events/s',
      value: events / sqliteSeconds,
    });

    // 2. Raw sequential read, raw one command per transaction.
    const read = raw.readAll();
    figures.push({
      key: 'sqlite.raw.read',
      group: 'Raw SQLite',
      label: 'sequential read in global order (JSON parsed)',
      unit: 'events/s',
      value: read.events / read.seconds,
    });
    const rawCohort = cohortStreams(
      writer,
      cohortMembers(province, COHORT.rawSqlite, cohortSize(options.bound, 1)),
    );
    const rawTx = raw.oneCommandPerTransaction(rawCohort, new Deadline(options.bound));
    raw.close();
    const stored = events + rawTx.commands;
    const fileBytes = statSync(file).size;
    figures.push({
      key: 'sqlite.bytes',
      group: 'Storage',
      label: 'SQLite store file per event (indexes included)',
      unit: 'bytes/event',
      value: fileBytes / stored,
      detail: (locale) =>
        `${formatNumber(fileBytes / 1024 ** 2, locale)} MiB for ${formatNumber(stored, locale)} events; ` +
        `data + metadata ${formatNumber(payloadBytes / events, locale)} bytes/event`,
    });
    const probe = commitLatency(join(dir, 'commit-probe.db'), options.quick ? 1 : 2);
    figures.push({
      key: 'sqlite.commit',
      group: 'Raw SQLite',
      label: 'one durable commit (one-row transaction, WAL, synchronous=FULL)',
      unit: 'µs',
      value: probe.microseconds,
      detail: (locale) => `${formatNumber(1_000_000 / probe.microseconds, locale)} commits/s`,
    });
    // The ceiling's row goes here once it has been measured again, just before the command path.
    const ceilingRow = figures.length;

    // 3. Projections: every one rebuilt from scratch (in a process of its own), then the queries.
    log('projections: rebuild and queries');
    const rebuilt = await runRebuild({
      storeUrl: `sqlite:${file}`,
      readDbUrl: `sqlite:${join(dir, 'read.db')}`,
      queries: queryPlan(province, options.quick ? 50 : 200),
    });
    figures.push(...rebuildFigures(rebuilt, read.events / read.seconds));

    // 4. The command path in process, then over HTTP.
    const principal: Principal = {
      id: 'bench-officer',
      roles: ['officer'],
      orgScope: province.provinceId,
    };
    // The command path alone (projections left to another process), then the embedded api over HTTP
    // as main.ts runs it: projecting every append as it goes, on the read DB the rebuild built.
    const readDbUrl = `sqlite:${join(dir, 'read.db')}`;
    const rawAgain = openRawSqlite(file);
    const rawTxAgain = rawAgain.oneCommandPerTransaction(
      cohortStreams(
        writer,
        cohortMembers(province, COHORT.rawSqliteAgain, cohortSize(options.bound, 1)),
      ),
      new Deadline(options.bound),
    );
    rawAgain.close();
    const ceiling = ceilingFigure(rawTx, rawTxAgain, 'the rebuild', {
      key: 'sqlite.raw.tx',
      group: 'Raw SQLite',
      label: 'one command per transaction (read, fold, check, append, fsync)',
    });
    figures.splice(ceilingRow, 0, ceiling);
    const sqlite = await startEngine(`sqlite:${file}`, province.provinceId, {
      readDbUrl,
      projections: 'stopped',
    });
    try {
      figures.push(
        ...(await commandPathFigures(
          sqlite,
          province,
          options.bound,
          principal,
          ceiling.value,
          'SQLite',
          {
            warm: COHORT.warmSqlite,
            runs: [
              { cohort: COHORT.sqlite1, callers: 1, target: 0.5 },
              { cohort: COHORT.sqlite16, callers: CONCURRENT_CALLERS, target: 2 },
            ],
          },
          log,
        )),
      );
    } finally {
      await sqlite.close();
    }
    if (options.http) {
      log('HTTP: the embedded api, projections live (catching up first)');
      const embedded = await startEngine(`sqlite:${file}`, province.provinceId, {
        readDbUrl,
        projections: 'live',
      });
      let trivialRate: number;
      try {
        const http = await httpFigures(embedded, province, options.bound, notes, log);
        trivialRate = http.trivialRate;
        figures.push(...http.figures);
      } finally {
        await embedded.close();
      }
      log('HTTP: the api with the projector in a worker process (catching up first)');
      const split = await startEngine(`sqlite:${file}`, province.provinceId, {
        readDbUrl,
        projections: 'worker',
      });
      try {
        const run = await commandClients(split, province, options.bound, notes, {
          warm: COHORT.warmHttpWorker,
          measured: COHORT.httpWorker,
        });
        const rate = run.requests / run.seconds;
        figures.push({
          key: 'http.commands.worker',
          group: 'HTTP, 16 clients',
          label: 'commands, the projector in a worker process (MEMBERFLOW_PROJECTOR=worker)',
          unit: 'requests/s',
          value: rate,
          ratio: { value: rate / trivialRate, of: 'trivial route' },
          detail: latencyDetail(run.latency.p50, run.latency.p99),
        });
      } finally {
        await split.close();
      }
    }

    // 5. PostgreSQL: raw ceiling with 8 connections, then the command path.
    if (pg && rawPg) {
      figures.push({
        key: 'pg.raw.import',
        group: 'Raw PostgreSQL',
        label: 'batched import (hash chain included)',
        unit: 'events/s',
        value: events / pgSeconds,
      });
      const pgRead = await rawPg.readAll();
      figures.push({
        key: 'pg.raw.read',
        group: 'Raw PostgreSQL',
        label: 'sequential read in global order (JSON parsed)',
        unit: 'events/s',
        value: pgRead.events / pgRead.seconds,
      });
      const pgCohort = cohortStreams(
        writer,
        cohortMembers(province, COHORT.rawPg, cohortSize(options.bound, RAW_PG_CONNECTIONS)),
      );
      const pgTx = await rawPg.oneCommandPerTransaction(pgCohort, new Deadline(options.bound));
      const pgBytes = await rawPg.storedBytes();
      await rawPg.close();
      rawPg = undefined;
      figures.push({
        key: 'pg.bytes',
        group: 'Storage',
        label: 'PostgreSQL tables per event (indexes and TOAST included)',
        unit: 'bytes/event',
        value: pgBytes / (events + pgTx.commands),
        detail: (locale) => `${formatNumber(pgBytes / 1024 ** 2, locale)} MiB`,
      });
      const pgCeilingRow = figures.length;
      log('PostgreSQL: projections rebuild into a PostgreSQL read model');
      const pgRebuilt = await runRebuild({
        storeUrl: pg.url,
        readDbUrl: `${pg.url}?schema=memberflow_read`,
      });
      const pgRate = pgRebuilt.events / pgRebuilt.seconds;
      figures.push({
        key: 'rebuild.pg',
        group: 'Projections',
        label: 'rebuild into the PostgreSQL read model (from the PostgreSQL store)',
        unit: 'events/s',
        value: pgRate,
        detail: (locale) =>
          `${formatNumber(pgRebuilt.seconds, locale, 1)} s, RSS ${formatNumber(pgRebuilt.peakRssMiB, locale)} MiB`,
        target: { text: atLeast(20_000, '/s'), met: pgRate >= 20_000 },
      });
      const rawPgAgain = await openRawPostgres(pg.url, 'memberflow');
      const pgTxAgain = await rawPgAgain
        .oneCommandPerTransaction(
          cohortStreams(
            writer,
            cohortMembers(
              province,
              COHORT.rawPgAgain,
              cohortSize(options.bound, RAW_PG_CONNECTIONS),
            ),
          ),
          new Deadline(options.bound),
        )
        .finally(() => rawPgAgain.close());
      const pgCeiling = ceilingFigure(pgTx, pgTxAgain, 'the PostgreSQL rebuild', {
        key: 'pg.raw.tx',
        group: 'Raw PostgreSQL',
        label: `one command per transaction, ${RAW_PG_CONNECTIONS} connections`,
      });
      figures.splice(pgCeilingRow, 0, pgCeiling);
      const postgres = await startEngine(pg.url, province.provinceId, {
        readDbUrl: `${pg.url}?schema=memberflow_read`,
        projections: 'stopped',
      });
      try {
        figures.push(
          ...(await commandPathFigures(
            postgres,
            province,
            options.bound,
            principal,
            pgCeiling.value,
            'PostgreSQL',
            {
              warm: COHORT.warmPg,
              runs: [
                { cohort: COHORT.pg1, callers: 1 },
                { cohort: COHORT.pg8, callers: RAW_PG_CONNECTIONS, target: 0.5 },
                { cohort: COHORT.pg16, callers: CONCURRENT_CALLERS },
              ],
            },
            log,
          )),
        );
      } finally {
        await postgres.close();
      }
    } else {
      figures.push({
        key: 'rebuild.pg',
        group: 'Projections',
        label: 'rebuild into the PostgreSQL read model',
        unit: 'events/s',
        note: options.pgUrl ? 'not measured: PostgreSQL unreachable' : 'not measured: --no-pg',
      });
      figures.push({
        key: 'pg.raw.tx',
        group: 'Raw PostgreSQL',
        label: 'one command per transaction',
        unit: 'commands/s',
        note: options.pgUrl ? 'not measured: PostgreSQL unreachable' : 'not measured: --no-pg',
      });
    }
    await rawPg?.close();
    return { members, events, figures, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await pg?.drop();
  }
}

/**
 * The one-command-per-transaction ceiling as the command path's ratios use it: the mean of a run
 * before `between` and one just before the command path. On a shared machine a durable commit's
 * latency drifts by half within the hour (93–160 µs in one), and a ratio is only as steady as its
 * denominator; both runs are shown.
 */
function ceilingFigure(
  before: { commands: number; seconds: number },
  after: { commands: number; seconds: number },
  between: string,
  row: Pick<Figure, 'key' | 'group' | 'label'>,
): Figure & { value: number } {
  const first = before.commands / before.seconds;
  const second = after.commands / after.seconds;
  return {
    ...row,
    unit: 'commands/s',
    value: (first + second) / 2,
    detail: (locale) =>
      `mean of ${formatNumber(first, locale)}/s before ${between} and ` +
      `${formatNumber(second, locale)}/s just before the command path`,
  };
}

/** Enough new members for the bound, whatever the callers leave half done. */
function cohortSize(bound: Bound, callers: number): number {
  return Math.ceil(bound.count / COMMANDS_PER_MEMBER) + callers + 1;
}

interface CommandRuns {
  readonly warm: number;
  readonly runs: readonly { cohort: number; callers: number; target?: number }[];
}

async function commandPathFigures(
  engine: Engine,
  province: Province,
  bound: Bound,
  principal: Principal,
  ceiling: number,
  storeName: string,
  plan: CommandRuns,
  log: Log,
): Promise<Figure[]> {
  // Warm-up: JIT, statement caches, the org streams in the page cache.
  const warmBound = {
    count: Math.min(2_000, bound.count),
    seconds: Math.min(2, bound.seconds / 2),
  };
  await runCallers(
    engine,
    cohortMembers(province, plan.warm, cohortSize(warmBound, 4)),
    4,
    warmBound,
    principal,
  );
  const figures: Figure[] = [];
  for (const run of plan.runs) {
    log(`${storeName}: command path, ${run.callers} caller(s)`);
    const result = await runCallers(
      engine,
      cohortMembers(province, run.cohort, cohortSize(bound, run.callers)),
      run.callers,
      bound,
      principal,
    );
    const rate = result.commands / result.seconds;
    const ratio = rate / ceiling;
    figures.push({
      key: `${storeName === 'SQLite' ? 'sqlite' : 'pg'}.command.${run.callers}`,
      group: `Command path, ${storeName}`,
      label: `in process, ${run.callers} caller${run.callers === 1 ? '' : 's'}`,
      unit: 'commands/s',
      value: rate,
      ratio: { value: ratio, of: 'raw one-tx' },
      detail: latencyDetail(result.latency.p50, result.latency.p99),
      ...(run.target === undefined
        ? {}
        : { target: { text: atLeast(run.target, '× raw one-tx', 1), met: ratio >= run.target } }),
    });
  }
  return figures;
}

/** Short runs first, not counted (JIT, connections). */
function warmBoundOf(bound: Bound): Bound {
  return { count: Math.min(1_000, bound.count), seconds: Math.min(1, bound.seconds / 2) };
}

function httpJob(engine: Engine, bound: Bound) {
  return {
    url: engine.url,
    token: engine.officerToken(),
    clients: HTTP_CLIENTS,
    count: bound.count,
    seconds: bound.seconds,
  };
}

/** Notes a run's failed requests (anything but 2xx), which the figures do not show. */
function noteFailures(name: string, run: HttpRun, notes: string[]): void {
  const failed = Object.entries(run.statuses).filter(([status]) => Number(status) >= 300);
  if (failed.length > 0)
    notes.push(`HTTP ${name}: ${JSON.stringify(run.statuses)}; first: ${run.firstError}`);
}

/** New members' lifecycles from 16 clients, after a short warm-up with a cohort of their own. */
async function commandClients(
  engine: Engine,
  province: Province,
  bound: Bound,
  notes: string[],
  cohorts: { readonly warm: number; readonly measured: number },
): Promise<HttpRun> {
  const job = httpJob(engine, bound);
  const warmBound = warmBoundOf(bound);
  await runHttpClients({
    ...job,
    ...warmBound,
    lifecycles: cohortMembers(province, cohorts.warm, cohortSize(warmBound, HTTP_CLIENTS)).map(
      lifecycleRequests,
    ),
  });
  const run = await runHttpClients({
    ...job,
    lifecycles: cohortMembers(province, cohorts.measured, cohortSize(bound, HTTP_CLIENTS)).map(
      lifecycleRequests,
    ),
  });
  noteFailures(`commands (cohort ${cohorts.measured})`, run, notes);
  return run;
}

async function httpFigures(
  engine: Engine,
  province: Province,
  bound: Bound,
  notes: string[],
  log: Log,
): Promise<{ figures: Figure[]; trivialRate: number }> {
  log('HTTP: trivial route');
  const job = httpJob(engine, bound);
  const trivial = { lifecycles: [], trivial: { method: 'GET', path: '/health' } } as const;
  await runHttpClients({ ...job, ...warmBoundOf(bound), ...trivial });
  const health = await runHttpClients({ ...job, ...trivial });
  noteFailures('trivial route', health, notes);
  log('HTTP: commands');
  const commands = await commandClients(engine, province, bound, notes, {
    warm: COHORT.warmHttp,
    measured: COHORT.http,
  });
  const healthRate = health.requests / health.seconds;
  const rate = commands.requests / commands.seconds;
  const figures: Figure[] = [
    {
      key: 'http.health',
      group: 'HTTP, 16 clients',
      label: 'trivial route (GET /health)',
      unit: 'requests/s',
      value: healthRate,
      detail: latencyDetail(health.latency.p50, health.latency.p99),
    },
    {
      key: 'http.commands',
      group: 'HTTP, 16 clients',
      label: 'commands, embedded api (SQLite store, projections live)',
      unit: 'requests/s',
      value: rate,
      ratio: { value: rate / healthRate, of: 'trivial route' },
      detail: latencyDetail(commands.latency.p50, commands.latency.p99),
      target: { text: atLeast(2_500, '/s'), met: rate >= 2_500 },
    },
    {
      key: 'http.commands.p99',
      group: 'HTTP, 16 clients',
      label: 'commands, p99 latency',
      unit: 'ms',
      value: commands.latency.p99,
      target: { text: below(25, ' ms'), met: commands.latency.p99 < 25 },
    },
  ];
  return { figures, trivialRate: healthRate };
}

/** Runs the rebuild (and queries) in a child process, so that its peak RSS is its own. */
function runRebuild(job: RebuildJob): Promise<RebuildReport> {
  return new Promise((resolve, reject) => {
    const child = forkTypeScript(join(__dirname, 'rebuild-child.ts'), {});
    child.once('message', (message: { report?: RebuildReport; error?: string }) => {
      if (message.report) resolve(message.report);
      else reject(new Error(`rebuild failed: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`rebuild process exited with ${code}`));
    });
    child.send(job);
  });
}

/** The units the analyst's queries ask about: cells' rosters, the province's search and figures. */
function queryPlan(province: Province, repeat: number): NonNullable<RebuildJob['queries']> {
  const paths = new Map<string, string>();
  for (const unit of province.units) {
    const parent = unit.parentId === undefined ? '/' : paths.get(unit.parentId);
    paths.set(unit.id, `${parent}${unit.id}/`);
  }
  return {
    provinceId: province.provinceId,
    districtId: (
      province.units.find((unit) => unit.parentId === province.provinceId) as OrgUnitPlan
    ).id,
    provincePath: paths.get(province.provinceId) as string,
    cellPaths: province.cells.map((cell) => paths.get(cell.id) as string),
    searches: ['Nguyễn Văn An', 'tran thi lan', 'Lê Đức Hùng', 'pham minh'],
    repeat,
  };
}

function rebuildFigures(report: RebuildReport, rawRead: number): Figure[] {
  const rate = report.events / report.seconds;
  const ratio = rate / rawRead;
  const figures: Figure[] = [
    {
      key: 'rebuild.sqlite',
      group: 'Projections',
      label: 'rebuild of all projections from scratch (SQLite store and read model)',
      unit: 'events/s',
      value: rate,
      ratio: { value: ratio, of: 'raw read' },
      detail: (locale) => `${formatNumber(report.seconds, locale, 1)} s`,
      target: {
        text: (locale) =>
          `${atLeast(0.4, '× raw read', 1)(locale)}, ${atLeast(50_000, '/s')(locale)}`,
        met: ratio >= 0.4 && rate >= 50_000,
      },
    },
    {
      key: 'rebuild.rss',
      group: 'Projections',
      label: 'peak RSS of the rebuilding process',
      unit: 'MiB',
      value: report.peakRssMiB,
      target: { text: below(300, ' MB'), met: report.peakRssMiB * 1.048576 < 300 },
    },
  ];
  const queries = report.queries;
  const query = (
    key: keyof NonNullable<RebuildReport['queries']>,
    label: string,
    bound?: number,
  ): Figure => {
    const measured = queries?.[key];
    return {
      key: `query.${key}`,
      group: 'Queries',
      label: `${label}, p99`,
      unit: 'ms',
      ...(measured === undefined
        ? { note: 'not measured' }
        : { value: measured.p99, detail: latencyDetail(measured.p50, measured.p99) }),
      ...(bound === undefined
        ? {}
        : {
            target: { text: below(bound, ' ms'), met: measured ? measured.p99 < bound : undefined },
          }),
    };
  };
  figures.push(
    query('roster', 'roster page of a cell (50 rows)', 10),
    query('search', 'province roster search by name', undefined),
    query('statistics', 'province statistics roll-up', 50),
    query(
      'districtStatistics',
      `statistics roll-up of a district (${COMMUNES_PER_DISTRICT} children)`,
      50,
    ),
    query('worklist', 'province worklist page', 25),
  );
  return figures;
}

interface PgDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A throwaway database on the server, dropped at the end of the run. */
async function createPgDatabase(serverUrl: string, log: Log): Promise<PgDatabase | undefined> {
  const name = `memberflow_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    log(`PostgreSQL not measured: ${String(error)}`);
    await admin.end().catch(() => undefined);
    return undefined;
  }
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
