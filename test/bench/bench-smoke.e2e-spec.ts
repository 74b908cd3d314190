import { runBenchmark } from '../../bench/main';

/**
 * The benchmark harness runs end to end on a tiny province and prints its table. Timing belongs in the
 * benchmark (npm run bench), never in a test: nothing here depends on how fast the machine is.
 */
describe('npm run bench (smoke)', () => {
  it('generates a province, measures every phase and prints the table', async () => {
    const lines: string[] = [];
    const report = await runBenchmark(
      ['--quick', '--members', '300', '--seconds', '1', '--count', '300', '--no-pg', '--no-write'],
      {},
      (line) => lines.push(line),
    );
    const printed = lines.join('\n');
    expect(printed).toContain('Phép đo');
    const [run] = report.runs;
    expect(run.members).toBe(300);
    expect(run.events).toBeGreaterThan(300 * 5);
    const measured = new Set(run.figures.filter((f) => f.value !== undefined).map((f) => f.key));
    for (const key of [
      'sqlite.raw.import',
      'sqlite.raw.read',
      'sqlite.raw.tx',
      'sqlite.command.1',
      'sqlite.command.16',
      'http.health',
      'http.commands',
      'http.commands.worker',
      'rebuild.sqlite',
      'query.roster',
    ]) {
      expect(measured).toContain(key);
    }
    expect(run.notes).toEqual([]);
  }, 120_000);
});
