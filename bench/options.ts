/** The benchmark's command line: `npm run bench -- [--quick] [--members N] [--growth] ...` */
import type { Bound } from './measure';

export interface BenchOptions {
  readonly quick: boolean;
  readonly members: number;
  readonly growth: boolean;
  /** PostgreSQL server to create a throwaway database on; undefined to skip PostgreSQL. */
  readonly pgUrl: string | undefined;
  readonly http: boolean;
  /** Each measured phase stops after this many operations or seconds. */
  readonly bound: Bound;
  /** Where the figures are written; undefined not to write them. */
  readonly out: string | undefined;
  /** Where the throwaway stores live. */
  readonly dir: string | undefined;
  /** The command line as typed, for the report. */
  readonly command: string;
}

export const USAGE = `npm run bench -- [options]
  --quick            a smaller province (3.000 members) and short phases: under a minute
  --members N        members of the generated province (default 30.000, ~9 events each)
  --growth           run at 1×, 3× and 10× the members and report how each figure grows
  --seconds S        longest duration of each measured phase (default 10; quick 2)
  --count N          most operations of each measured phase (default 20.000; quick 3.000)
  --pg URL           PostgreSQL server for a throwaway database (default $MEMBERFLOW_BENCH_PG_URL,
                     $MEMBERFLOW_TEST_PG_URL, or postgres://postgres@127.0.0.1:5432/postgres)
  --no-pg            SQLite only
  --no-http          no HTTP phase
  --out FILE         where to write the report (default docs/benchmarks.md)
  --no-write         print the table only
  --dir DIR          where the throwaway stores are created (default the system's temporary directory)`;

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const args = [...argv];
  const flag = (name: string): boolean => {
    const index = args.indexOf(name);
    if (index < 0) return false;
    args.splice(index, 1);
    return true;
  };
  const value = (name: string): string | undefined => {
    const index = args.indexOf(name);
    if (index < 0) return undefined;
    const found = args[index + 1];
    if (found === undefined || found.startsWith('--'))
      throw new RangeError(`${name} needs a value`);
    args.splice(index, 2);
    return found;
  };
  const count = (name: string): number | undefined => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    const parsed = Number(raw.replace(/[._,]/g, ''));
    if (!Number.isSafeInteger(parsed) || parsed < 1)
      throw new RangeError(`${name} must be a whole number ≥ 1`);
    return parsed;
  };
  const command = ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' ');
  const quick = flag('--quick');
  const growth = flag('--growth');
  const noPg = flag('--no-pg');
  const noHttp = flag('--no-http');
  const noWrite = flag('--no-write');
  const members = count('--members') ?? (quick ? 3_000 : 30_000);
  const seconds = count('--seconds') ?? (quick ? 2 : 10);
  const operations = count('--count') ?? (quick ? 3_000 : 20_000);
  const pg =
    value('--pg') ??
    env.MEMBERFLOW_BENCH_PG_URL ??
    env.MEMBERFLOW_TEST_PG_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const out = value('--out') ?? 'docs/benchmarks.md';
  const dir = value('--dir');
  if (args.length > 0) throw new RangeError(`unknown argument ${args[0]}\n${USAGE}`);
  return {
    quick,
    members,
    growth,
    pgUrl: noPg ? undefined : pg,
    http: !noHttp,
    bound: { count: operations, seconds },
    out: noWrite ? undefined : out,
    dir,
    command,
  };
}
