/**
 * The command path alone, for a CPU profile: a province imported raw, the engine over it, `callers`
 * concurrent callers for a bounded number of commands, profiled (V8 CPU profiler, the same as
 * `node --cpu-prof`) only while the commands run:
 *
 *   npx ts-node --swc -r tsconfig-paths/register bench/profile-command-path.ts \
 *     [members] [callers] [commands] [store-url]
 *   npx ts-node --swc bench/profile-summary.ts command-path.cpuprofile
 *
 * Without a store URL it uses a fresh SQLite file; with `postgres://…` it uses that (empty) database.
 * The profile is written to ./command-path.cpuprofile (or $PROFILE_OUT).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresEventStore, openSqliteEventStore } from '@memberflow/event-store';
import { runCallers, startEngine } from './engine';
import { chainChunk, provinceHistory, RecordClock } from './history';
import { buildProvince, cohortMembers, HistoryWriter } from './province';
import { openRawPostgres } from './raw-postgres';
import { openRawSqlite } from './raw-sqlite';

async function main(): Promise<void> {
  const [members = 3_000, callers = 16, commands = 20_000] = process.argv
    .slice(2, 5)
    .map((arg) => Number(arg));
  const pgUrl = process.argv[5];
  const dir = mkdtempSync(join(tmpdir(), 'memberflow-profile-'));
  try {
    const province = buildProvince(members);
    const clock = new RecordClock();
    const writer = new HistoryWriter();
    let url: string;
    if (pgUrl) {
      await (await openPostgresEventStore({ url: pgUrl, schema: 'memberflow' })).close();
      const raw = await openRawPostgres(pgUrl, 'memberflow');
      for (const chunk of provinceHistory(province, writer))
        await raw.importRows(chainChunk(chunk, clock));
      await raw.close();
      url = pgUrl;
    } else {
      const file = join(dir, 'events.db');
      await (await openSqliteEventStore({ file })).close();
      const raw = openRawSqlite(file);
      for (const chunk of provinceHistory(province, writer))
        raw.importRows(chainChunk(chunk, clock));
      raw.close();
      url = `sqlite:${file}`;
    }
    const engine = await startEngine(url, province.provinceId);
    const principal = {
      id: 'bench-officer',
      roles: ['officer' as const],
      orgScope: province.provinceId,
    };
    try {
      const plans = cohortMembers(province, 50, Math.ceil(commands / 14) + callers + 1);
      const session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      const run = await runCallers(
        engine,
        plans,
        callers,
        { count: commands, seconds: 120 },
        principal,
      );
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      const out = process.env.PROFILE_OUT ?? 'command-path.cpuprofile';
      writeFileSync(out, JSON.stringify(profile));
      console.log(`profile: ${out}`);
      console.log(
        `${run.commands} commands in ${run.seconds.toFixed(2)} s: ${(run.commands / run.seconds).toFixed(0)}/s, ` +
          `p50 ${run.latency.p50.toFixed(2)} ms, p99 ${run.latency.p99.toFixed(2)} ms`,
      );
    } finally {
      await engine.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
