import { addDays, todayInVietnam } from '@memberflow/domain';
import {
  PROJECTIONS,
  ProjectionRunner,
  ServingTables,
  StatisticsQueries,
  type StatisticsReport,
} from '@memberflow/projections';
import type { ProvinceScript } from '../../apps/cli/src/commands/demo-province';
import { describeOnEachDatabase, type Databases } from './support/databases';
import { writeProvince } from './support/province';
import { plain, statisticsFromLog, type OracleReport } from './support/statistics-oracle';

function asOracle(report: StatisticsReport | undefined): OracleReport {
  if (!report) throw new Error('no report');
  return {
    total: plain(report.total),
    children: Object.fromEntries(report.children.map((child) => [child.unitId, plain(child)])),
  };
}

describeOnEachDatabase('statistics of a generated province', (open) => {
  const today = todayInVietnam();
  let dbs: Databases;
  let script: ProvinceScript;
  let runner: ProjectionRunner;
  let statistics: StatisticsQueries;

  beforeAll(async () => {
    dbs = await open();
    script = await writeProvince(dbs.store, { members: 300, years: 4, seed: 11 });
    runner = new ProjectionRunner(dbs.store, dbs.db, PROJECTIONS, { tickMs: 50 });
    runner.start();
    await runner.waitUntilCaughtUp(60_000);
    statistics = new StatisticsQueries(dbs.db, new ServingTables(dbs.db));
  }, 120_000);

  afterAll(async () => {
    await runner?.stop();
    await dbs?.destroy();
  });

  it('counts the whole province today as the event log does (precomputed roll-up)', async () => {
    const report = await statistics.current(script.rootId, today);
    expect(asOracle(report)).toEqual(await statisticsFromLog(dbs.store, script.rootId, today));
    expect(report?.total.members.total).toBeGreaterThan(250);
  });

  it('counts one direct committee today as the event log does', async () => {
    const report = await statistics.current('dc-01', today);
    expect(asOracle(report)).toEqual(await statisticsFromLog(dbs.store, 'dc-01', today));
  });

  it('counts as of a date before the reorganization with the tree of that date', async () => {
    const before = addDays(script.reorganizedOn as string, -1);
    for (const unitId of [script.rootId, ...script.reorganized.slice(0, 1), 'dc-01']) {
      const report = await statistics.asOf(unitId, before);
      expect({ unitId, ...asOracle(report) }).toEqual({
        unitId,
        ...(await statisticsFromLog(dbs.store, unitId, before)),
      });
    }
    const merged = script.reorganized[0];
    const [earlier, later] = await Promise.all([
      statistics.asOf(merged, before),
      statistics.asOf(merged, script.reorganizedOn as string),
    ]);
    expect(earlier?.total.units).not.toEqual(later?.total.units);
  });

  it('gives the same figures from history as from the roll-up for today', async () => {
    const [history, precomputed] = await Promise.all([
      statistics.asOf(script.rootId, today),
      statistics.current(script.rootId, today),
    ]);
    expect(asOracle(history)).toEqual(asOracle(precomputed));
  });
});
