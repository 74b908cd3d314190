/**
 * `npm run bench`: generates a synthetic province, measures the raw store ceiling and the engine over it
 * in one run, prints the figures (value, ratio, target, met or not) and writes docs/benchmarks.md.
 */
import { consoleTable } from './figures';
import { describeMachine, loadNow } from './machine';
import { now } from './measure';
import { parseOptions, USAGE } from './options';
import { writeReport, type Report } from './report';
import { runScale, type ScaleRun } from './run';

const GROWTH = [1, 3, 10] as const;

export async function runBenchmark(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<Report> {
  const options = parseOptions(argv, env);
  const machine = describeMachine();
  if (machine.loadAtStart > 0.5) {
    print(
      `cảnh báo: máy đang bận (tải trung bình 1 phút ${machine.loadAtStart.toFixed(2)}): số đo sẽ thấp hơn thực tế`,
    );
  }
  const startedAt = new Date();
  const started = now();
  const log = (line: string) => print(`· ${line}`);
  const runs: ScaleRun[] = [];
  for (const factor of options.growth ? GROWTH : [1]) {
    const members = options.members * factor;
    log(`province of ${members.toLocaleString('vi-VN')} members (${factor}×)`);
    const run = await runScale(options, members, log);
    runs.push(run);
    print('');
    print(
      `${members.toLocaleString('vi-VN')} đảng viên, ${run.events.toLocaleString('vi-VN')} sự kiện (${factor}×)`,
    );
    print(consoleTable(run.figures, 'vi-VN'));
    for (const note of run.notes) print(`! ${note}`);
  }
  machine.loadAtEnd = loadNow();
  const report: Report = {
    command: options.command,
    machine,
    startedAt,
    seconds: (now() - started) / 1000,
    runs,
  };
  if (options.out !== undefined) {
    await writeReport(options.out, report);
    print(`\nđã ghi ${options.out}`);
  }
  return report;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
  } else {
    runBenchmark(argv, process.env, (line) => console.log(line)).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        process.exit(1);
      },
    );
  }
}
