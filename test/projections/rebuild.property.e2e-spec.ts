import fc from 'fast-check';
import { todayInVietnam } from '@memberflow/domain';
import {
  PROJECTIONS,
  ProjectionRunner,
  type ProjectionRunnerOptions,
} from '@memberflow/projections';
import { provinceScript } from '../../apps/cli/src/commands/demo-province';
import { describeOnEachDatabase } from './support/databases';
import { DomainCommands } from './support/domain-commands';
import { servingRows } from './support/read-model-rows';

/** Runs a runner until it serves every projection at the head of the store. */
async function runToHead(runner: ProjectionRunner): Promise<void> {
  runner.start();
  try {
    await runner.waitUntilCaughtUp(60_000);
  } finally {
    await runner.stop();
  }
}

const tuning = fc.record({
  batchSize: fc.integer({ min: 1, max: 400 }),
  budget: fc.record({
    streams: fc.integer({ min: 1, max: 50 }),
    rows: fc.integer({ min: 1, max: 300 }),
  }),
});

describeOnEachDatabase('rebuild from scratch against the incremental run', (open) => {
  it('gives the same rows, whatever the history and however it was cut into batches and flushes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          members: fc.integer({ min: 5, max: 60 }),
          years: fc.integer({ min: 1, max: 4 }),
          chunks: fc.integer({ min: 1, max: 6 }),
          incremental: tuning,
          rebuild: tuning,
        }),
        async ({ seed, members, years, chunks, incremental, rebuild }) => {
          const dbs = await open();
          try {
            const script = provinceScript(
              { members, years, seed, today: todayInVietnam() },
              (c) => `m${c}`,
            );
            const commands = new DomainCommands(dbs.store);
            const options: ProjectionRunnerOptions = { tickMs: 20, idleMs: 2, retireAfterMs: 0 };
            // The incremental run: the history arrives in chunks, and the runner keeps up after each.
            const size = Math.ceil(script.commands.length / chunks);
            for (let start = 0; start < script.commands.length; start += size) {
              for (const command of script.commands.slice(start, start + size))
                await commands.run(command);
              await runToHead(
                new ProjectionRunner(dbs.store, dbs.db, PROJECTIONS, {
                  ...options,
                  ...incremental,
                }),
              );
            }
            const incrementalRows = await servingRows(dbs.db);
            const rebuilder = new ProjectionRunner(dbs.store, dbs.db, PROJECTIONS, {
              ...options,
              ...rebuild,
            });
            for (const projection of PROJECTIONS) await rebuilder.requestRebuild(projection.name);
            await runToHead(rebuilder);
            const statuses = await rebuilder.status();
            expect(statuses.every((s) => s.serving?.generation === 2)).toBe(true);
            expect(await servingRows(dbs.db)).toEqual(incrementalRows);
          } finally {
            await dbs.destroy();
          }
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
  }, 240_000);
});
