import { PROJECTIONS, ProjectionRunner } from '@memberflow/projections';
import { startChildRunner } from './support/child-runner';
import { appendEvents, established } from './support/events';
import { describeOnEachDatabase, type Databases } from './support/databases';
import { servingRows } from './support/read-model-rows';
import { writeProvince } from './support/province';

/** What a clean rebuild of every projection from scratch holds, to compare with. */
async function rebuiltFromScratch(dbs: Databases): Promise<Record<string, unknown[]>> {
  const runner = new ProjectionRunner(dbs.store, dbs.db, PROJECTIONS, {
    tickMs: 20,
    leaseMs: 1_000,
  });
  for (const projection of PROJECTIONS) await runner.requestRebuild(projection.name);
  runner.start();
  try {
    await runner.waitUntilCaughtUp(60_000);
  } finally {
    await runner.stop();
  }
  return servingRows(dbs.db);
}

describeOnEachDatabase('projection runners in processes of their own', (open) => {
  let dbs: Databases;
  beforeEach(async () => {
    dbs = await open();
  });
  afterEach(async () => {
    await dbs.destroy();
  });

  it('gives the same rows after being killed in the middle of batches and restarted', async () => {
    await writeProvince(dbs.store, { members: 300, years: 3, seed: 23 });
    const head = Number(await dbs.store.headPosition());
    for (const share of [0.2, 0.45, 0.7]) {
      const runner = startChildRunner(dbs.storeUrl, dbs.readDbUrl);
      await runner.until(() => runner.lastPosition() >= head * share);
      await runner.kill();
    }
    const last = startChildRunner(dbs.storeUrl, dbs.readDbUrl);
    await last.until(() => last.lastPosition() >= head);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await last.kill();
    const afterKills = await servingRows(dbs.db);
    expect(await rebuiltFromScratch(dbs)).toEqual(afterKills);
  }, 120_000);

  it('lets exactly one process apply each projection, and another take over when it dies', async () => {
    await writeProvince(dbs.store, { members: 60, years: 2, seed: 29 });
    const names = PROJECTIONS.map((p) => p.name).sort();
    const first = startChildRunner(dbs.storeUrl, dbs.readDbUrl);
    await first.until(() => first.held().length === names.length);
    let appliedBySecond = 0;
    const second = new ProjectionRunner(dbs.store, await dbs.openReadDb(), PROJECTIONS, {
      tickMs: 20,
      leaseMs: 1_000,
      onBatch: () => {
        appliedBySecond += 1;
      },
    });
    second.start();
    try {
      await second.waitUntilCaughtUp(30_000);
      expect((await second.status()).filter((s) => s.appliedHere)).toEqual([]);
      expect(appliedBySecond).toBe(0);
      await first.kill();
      await appendEvents(dbs.store, 'org-late-cell', [
        established('2025-01-02', 'cell', 'gc-001', 'Chi bộ mới'),
      ]);
      const deadline = Date.now() + 20_000;
      while ((await second.status()).filter((s) => s.appliedHere).length < names.length) {
        if (Date.now() > deadline) throw new Error('the second runner did not take over');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await second.waitUntilCaughtUp(30_000);
      expect(appliedBySecond).toBeGreaterThan(0);
    } finally {
      await second.stop();
    }
    const taken = await servingRows(dbs.db);
    expect(await rebuiltFromScratch(dbs)).toEqual(taken);
  }, 120_000);
});
