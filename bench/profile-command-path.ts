/**
 * The command path alone, for a CPU profile: a province imported raw, the engine over it, then either
 * `callers` concurrent callers in process or `callers` HTTP clients (in a worker thread) for a bounded
 * number of commands, profiled (V8 CPU profiler, the same as `node --cpu-prof`) only while they run:
 *
 *   npx ts-node --swc -r tsconfig-paths/register bench/profile-command-path.ts \
 *     [members] [callers] [commands] [sqlite|http|postgres://…]
 *   npx ts-node --swc bench/profile-summary.ts command-path.cpuprofile
 *
 * `sqlite` (default) and `http` use a fresh SQLite file; a `postgres://…` URL uses that (empty)
 * database. The profile is written to ./command-path.cpuprofile (or $PROFILE_OUT; `none` to time
 * without it). It also prints the process's CPU time per command (user + system), which a busy
 * machine distorts far less than the rate, the time the event loop was busy per command (the
 * ceiling of a process whose other threads have cores of their own) and (on Linux) the main thread's
 * CPU alone: over HTTP, the server's event loop without the clients' thread.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresEventStore, openSqliteEventStore } from '@memberflow/event-store';
import { lifecycleRequests, runCallers, runHttpClients, startEngine, type Engine } from './engine';
import { chainChunk, provinceHistory, RecordClock } from './history';
import { buildProvince, cohortMembers, HistoryWriter, type Province } from './province';
import { openRawPostgres } from './raw-postgres';
import { openRawSqlite } from './raw-sqlite';
import { threadCpuMicros } from './measure';

async function main(): Promise<void> {
  const [members = 3_000, callers = 16, commands = 20_000] = process.argv
    .slice(2, 5)
    .map((arg) => Number(arg));
  const mode = process.argv[5] ?? 'sqlite';
  const dir = mkdtempSync(join(tmpdir(), 'memberflow-profile-'));
  try {
    const province = buildProvince(members);
    const url = await importProvince(province, mode, dir);
    // In process: the command path alone; over HTTP: the embedded api, projections live.
    const engine = await startEngine(url, province.provinceId, {
      readDbUrl: `sqlite:${join(dir, 'read.db')}`,
      projections: mode === 'http' ? 'live' : 'stopped',
    });
    try {
      const plans = cohortMembers(province, 50, Math.ceil(commands / 14) + callers + 1);
      const out = process.env.PROFILE_OUT ?? 'command-path.cpuprofile';
      const session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      if (out !== 'none') await session.post('Profiler.start');
      const cpu = process.cpuUsage();
      const loop = performance.eventLoopUtilization();
      const mainCpu = threadCpuMicros();
      const run = await drive(engine, province, mode, callers, commands, plans);
      const used = process.cpuUsage(cpu);
      const busy = performance.eventLoopUtilization(loop).active * 1000;
      const mainUsed = threadCpuMicros() - mainCpu;
      if (out !== 'none') {
        const { profile } = await session.post('Profiler.stop');
        writeFileSync(out, JSON.stringify(profile));
        console.log(`profile: ${out}`);
      }
      session.disconnect();
      console.log(
        `${run.commands} commands in ${run.seconds.toFixed(2)} s: ${(run.commands / run.seconds).toFixed(0)}/s, ` +
          `p50 ${run.p50.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms; ` +
          `CPU ${((used.user + used.system) / run.commands).toFixed(0)} µs a command ` +
          `(user ${(used.user / run.commands).toFixed(0)}, system ${(used.system / run.commands).toFixed(0)})` +
          (mode === 'http' ? ', clients’ thread included' : '') +
          `; event loop busy ${(busy / run.commands).toFixed(0)} µs a command` +
          (Number.isNaN(mainUsed)
            ? ''
            : `, of which CPU ${(mainUsed / run.commands).toFixed(0)} µs (main thread alone)`) +
          (run.clientsCpuMicros === undefined || Number.isNaN(run.clientsCpuMicros)
            ? ''
            : `; clients’ thread ${(run.clientsCpuMicros / run.commands).toFixed(0)} µs`),
      );
    } finally {
      await engine.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function importProvince(province: Province, mode: string, dir: string): Promise<string> {
  const clock = new RecordClock();
  const writer = new HistoryWriter();
  if (mode.startsWith('postgres')) {
    await (await openPostgresEventStore({ url: mode, schema: 'memberflow' })).close();
    const raw = await openRawPostgres(mode, 'memberflow');
    for (const chunk of provinceHistory(province, writer))
      await raw.importRows(chainChunk(chunk, clock));
    await raw.analyze();
    await raw.close();
    return mode;
  }
  const file = join(dir, 'events.db');
  await (await openSqliteEventStore({ file })).close();
  const raw = openRawSqlite(file);
  for (const chunk of provinceHistory(province, writer)) raw.importRows(chainChunk(chunk, clock));
  raw.close();
  return `sqlite:${file}`;
}

async function drive(
  engine: Engine,
  province: Province,
  mode: string,
  callers: number,
  commands: number,
  plans: ReturnType<typeof cohortMembers>,
): Promise<{
  commands: number;
  seconds: number;
  p50: number;
  p99: number;
  clientsCpuMicros?: number;
}> {
  if (mode === 'http') {
    const run = await runHttpClients({
      url: engine.url,
      token: engine.officerToken(),
      clients: callers,
      count: commands,
      seconds: 120,
      lifecycles: plans.map(lifecycleRequests),
    });
    if (run.firstError) console.log(`HTTP: ${JSON.stringify(run.statuses)} ${run.firstError}`);
    return {
      commands: run.requests,
      seconds: run.seconds,
      ...run.latency,
      clientsCpuMicros: run.clientsCpuMicros,
    };
  }
  const principal = {
    id: 'bench-officer',
    roles: ['officer' as const],
    orgScope: province.provinceId,
  };
  const run = await runCallers(
    engine,
    plans,
    callers,
    { count: commands, seconds: 120 },
    principal,
  );
  return { commands: run.commands, seconds: run.seconds, ...run.latency };
}

void main();
