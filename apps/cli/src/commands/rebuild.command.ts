import { Command, CommandRunner } from 'nest-commander';
import { openEventStore } from '@memberflow/event-store';
import {
  openReadDb,
  PROJECTIONS,
  ProjectionRunner,
  type ProjectionStatus,
} from '@memberflow/projections';
import { loadConfig } from '@memberflow/application';
import { ProgressBar } from './verify-progress';
import { formatCount, formatDecimal } from '../format/numbers';

/**
 * Whether every projection asked for serves, caught up, a generation newer than the one it served
 * before (on a new read database the first generation serves while it is still being built).
 */
function rebuilt(
  names: readonly string[],
  before: readonly ProjectionStatus[],
  now: readonly ProjectionStatus[],
): boolean {
  return names.every((name) => {
    const was = before.find((s) => s.name === name)?.serving?.generation ?? 0;
    const is = now.find((s) => s.name === name);
    return (
      !!is?.serving &&
      is.serving.generation > was &&
      is.serving.lag === 0 &&
      !is.building &&
      !is.rebuildRequested
    );
  });
}

/**
 * `memberflow rebuild [name]`: rebuilds one projection (or all) from the start of the log into fresh
 * tables while the current ones keep serving, then swaps them in (blue/green). This process builds them
 * itself unless another one (an api or a worker) holds the projection's lock, in which case it follows
 * that one's progress. A progress bar shows the rate and the time left.
 */
@Command({
  name: 'rebuild',
  arguments: '[name]',
  description: `rebuild a projection (${PROJECTIONS.map((p) => p.name).join(', ')}) or all of them, blue/green`,
})
export class RebuildCommand extends CommandRunner {
  async run([name]: string[]): Promise<void> {
    const chosen = name === undefined ? PROJECTIONS : PROJECTIONS.filter((p) => p.name === name);
    if (chosen.length === 0) {
      throw new Error(`no projection "${name}": ${PROJECTIONS.map((p) => p.name).join(', ')}`);
    }
    const names = chosen.map((p) => p.name);
    const config = loadConfig();
    const store = await openEventStore(config.eventStoreUrl);
    const db = await openReadDb(config.readDbUrl);
    let applied = 0;
    const runner = new ProjectionRunner(store, db, PROJECTIONS, {
      onBatch: (batch) => {
        if (batch.lane === 'build') applied = Number(batch.lastPosition);
      },
    });
    const interrupted = new AbortController();
    process.once('SIGINT', () => interrupted.abort());
    try {
      const before = await runner.status();
      for (const projection of names) await runner.requestRebuild(projection);
      const started = Date.now();
      runner.start();
      const bar = new ProgressBar(process.stderr, 'rebuild', { unit: 'events' });
      let head = await runner.head();
      for (;;) {
        const now = await runner.status();
        head = await runner.head();
        if (rebuilt(names, before, now)) break;
        // Positions written into the new generations, by this process or one that builds them
        // elsewhere; the old generations' positions are not progress (they made the first frame 99 %).
        const written = Math.min(
          ...now
            .filter((s) => names.includes(s.name))
            .map((s) => (rebuilt([s.name], before, [s]) ? head : (s.building?.position ?? 0))),
        );
        bar.update(Math.max(applied, written), head);
        if (interrupted.signal.aborted) {
          bar.clear();
          process.stderr.write(
            'interrupted: the rebuild goes on in whichever process holds the lock next\n',
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      bar.finish(head, head);
      const seconds = (Date.now() - started) / 1000;
      const peakMb = process.resourceUsage().maxRSS / 1024;
      process.stdout.write(
        `rebuilt ${names.join(', ')}: ${formatCount(head)} events in ${formatDecimal(seconds)} s` +
          ` (${formatCount(Math.round(head / seconds))} events/s), peak memory ${formatCount(Math.round(peakMb))} MB\n`,
      );
    } finally {
      await runner.stop();
      await db.close();
      await store.close();
    }
  }
}
