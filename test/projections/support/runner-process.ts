/**
 * A projection runner in a process of its own, as a worker runs it, for the tests that kill processes:
 * small batches written one by one, so that a kill lands in the middle of one. Prints each batch's
 * last position, and `held <names>` when it holds locks.
 */
import { openEventStore } from '@memberflow/event-store';
import { openReadDb, PROJECTIONS, ProjectionRunner } from '@memberflow/projections';

async function main(): Promise<void> {
  const [storeUrl, readDbUrl] = process.argv.slice(2);
  const store = await openEventStore(storeUrl);
  const db = await openReadDb(readDbUrl);
  const runner = new ProjectionRunner(store, db, PROJECTIONS, {
    tickMs: 50,
    leaseMs: 1_000,
    batchSize: 50,
    flushIntervalMs: 0,
    budget: { streams: 40, rows: 200 },
    onBatch: (batch) => process.stdout.write(`batch ${batch.lastPosition}\n`),
  });
  runner.start();
  let held = '';
  const report = setInterval(() => {
    void runner.status().then((statuses) => {
      const now = statuses
        .filter((s) => s.appliedHere)
        .map((s) => s.name)
        .join(',');
      if (now !== held) process.stdout.write(`held ${now}\n`);
      held = now;
    });
  }, 50);
  process.once('SIGTERM', () => {
    clearInterval(report);
    void runner.stop().then(() => process.exit(0));
  });
}

void main();
