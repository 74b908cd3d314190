import { orgTreeProjection, ProjectionRunner } from '@memberflow/projections';
import { describeOnEachDatabase, type Databases } from './support/databases';
import { appendEvents, established } from './support/events';

describeOnEachDatabase('projection runner', (open) => {
  let dbs: Databases;
  beforeEach(async () => {
    dbs = await open();
  });
  afterEach(async () => {
    await dbs.destroy();
  });

  it('projects the organization tree with materialized paths and keeps up live', async () => {
    await appendEvents(dbs.store, 'org-p', [established('2020-01-01', 'province', undefined)]);
    await appendEvents(dbs.store, 'org-h1', [established('2020-01-02', 'direct_committee', 'p')]);
    const runner = new ProjectionRunner(dbs.store, dbs.db, [orgTreeProjection], { tickMs: 50 });
    runner.start();
    try {
      await runner.waitUntilCaughtUp();
      await appendEvents(dbs.store, 'org-c1', [established('2020-01-03', 'grassroots_cell', 'h1')]);
      await runner.waitUntilCaughtUp();
      const [status] = await runner.status();
      const rows = await dbs.db.query<{ id: string; path: string }>(
        `SELECT id, path FROM ${'org_unit'}_v1_g1 ORDER BY path`,
      );
      expect(rows).toEqual([
        { id: 'p', path: '/p/' },
        { id: 'h1', path: '/p/h1/' },
        { id: 'c1', path: '/p/h1/c1/' },
      ]);
      expect(status.serving).toMatchObject({ generation: 1, version: 1, position: 3, lag: 0 });
    } finally {
      await runner.stop();
    }
  });
});
