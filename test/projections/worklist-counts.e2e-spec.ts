import { addDays, todayInVietnam, type LocalDate } from '@memberflow/domain';
import {
  MembersQueries,
  PROJECTIONS,
  ProjectionRunner,
  ServingTables,
  membersProjection,
  orgTreeProjection,
} from '@memberflow/projections';
import { provinceScript } from '../../apps/cli/src/commands/demo-province';
import { describeOnEachDatabase, type Databases } from './support/databases';
import { DomainCommands } from './support/domain-commands';

/**
 * The worklist's totals come from due-date counters rolled up through the tree; the steps themselves
 * are rows. The province's history is projected in two halves by a runner with a tiny memory budget
 * (members flushed and reloaded all the time), so steps written in the first half are replaced in
 * the second, across the province's reorganization: the counters must still count the rows, for
 * every unit and every date.
 */
describeOnEachDatabase('worklist totals from the due-date counters', (open) => {
  const today = todayInVietnam();
  let dbs: Databases;
  let runner: ProjectionRunner;
  let members: MembersQueries;
  let serving: ServingTables;

  beforeAll(async () => {
    dbs = await open();
    const script = provinceScript({ members: 200, years: 3, seed: 5, today }, (id) => `m${id}`);
    expect(script.reorganized.length).toBeGreaterThan(0);
    const commands = new DomainCommands(dbs.store);
    const half = Math.floor(script.commands.length / 2);
    runner = new ProjectionRunner(dbs.store, dbs.db, PROJECTIONS, {
      tickMs: 50,
      budget: { streams: 7, rows: 40 },
    });
    for (const command of script.commands.slice(0, half)) await commands.run(command);
    runner.start();
    await runner.waitUntilCaughtUp(120_000);
    for (const command of script.commands.slice(half)) await commands.run(command);
    await runner.waitUntilCaughtUp(120_000);
    serving = new ServingTables(dbs.db);
    members = new MembersQueries(dbs.db, serving);
  }, 180_000);

  afterAll(async () => {
    await runner?.stop();
    await dbs?.destroy();
  });

  /** The steps counted from the rows themselves. */
  async function rowsDue(path: string | undefined, dueBy: LocalDate | undefined): Promise<number> {
    const m = await serving.of(membersProjection);
    const o = await serving.of(orgTreeProjection);
    const conditions: string[] = [];
    const params: string[] = [];
    if (path !== undefined) {
      conditions.push(`cell_id IN (SELECT id FROM ${o.org_unit} WHERE path LIKE ?)`);
      params.push(`${path}%`);
    }
    if (dueBy !== undefined) {
      conditions.push('due_on <= ?');
      params.push(dueBy);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [row] = await dbs.db.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM ${m.member_worklist} ${where}`,
      params,
    );
    return Number(row.n);
  }

  it('counts the steps of every unit, due by any date, as the rows do', async () => {
    const o = await serving.of(orgTreeProjection);
    const units = await dbs.db.query<{ path: string }>(`SELECT path FROM ${o.org_unit}`);
    expect(units.length).toBeGreaterThan(10);
    const dates = [
      undefined,
      addDays(today, -400),
      today,
      addDays(today, 31),
      addDays(today, 3650),
    ];
    for (const path of [undefined, ...units.map((unit) => unit.path)]) {
      for (const dueBy of dates) {
        const page = await members.worklist(path, dueBy, today, 1, 5);
        expect({ path, dueBy, total: page.total }).toEqual({
          path,
          dueBy,
          total: await rowsDue(path, dueBy),
        });
      }
    }
    // Not a vacuous check: the province has steps due now and later, and units with none.
    expect((await members.worklist(undefined, today, today, 1, 5)).total).toBeGreaterThan(0);
    expect((await members.worklist(undefined, undefined, today, 1, 5)).total).toBeGreaterThan(
      (await members.worklist(undefined, today, today, 1, 5)).total,
    );
  });
});
