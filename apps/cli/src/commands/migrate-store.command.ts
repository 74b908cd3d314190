import { Command, CommandRunner, Option } from 'nest-commander';
import { migrateStore, openEventStore, type EventStore } from '@memberflow/event-store';
import { ProgressBar, formatSummary } from './migrate-store.report';

interface MigrateStoreOptions {
  from?: string;
  to?: string;
  batchSize?: number;
}

const FORMS = 'sqlite:<file>, postgres://user@host/db[?schema=], esdb://host:2113[,...][?tls=]';

/**
 * `memberflow migrate-store --from URL --to URL`: copies every event of one store into another in global
 * order (ids, metadata, recordedAt and hashes intact), with a progress bar on stderr, then verifies the
 * copy and prints a summary. Ctrl-C stops after the batch in flight; the same command resumes.
 * Exit code: 0 copied and verified, 1 refused or the copy differs, 130 interrupted.
 */
@Command({
  name: 'migrate-store',
  description: 'copy every event of one event store into another (resumable), then verify the copy',
})
export class MigrateStoreCommand extends CommandRunner {
  async run(_args: string[], options: MigrateStoreOptions): Promise<void> {
    const { from, to } = options;
    if (!from || !to) {
      throw new Error(`--from and --to are required, each a store URL: ${FORMS}`);
    }
    if (from.trim() === to.trim()) throw new Error('--from and --to name the same store');

    const stores: EventStore[] = [];
    const stop = new AbortController();
    const onSignal = (): void => {
      if (stop.signal.aborted) return;
      process.stderr.write('\nstopping after the batch in flight; the same command resumes…\n');
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const source = await openEventStore(from);
      stores.push(source);
      const target = await openEventStore(to);
      stores.push(target);
      const bar = new ProgressBar(process.stderr);
      const summary = await migrateStore({
        source,
        target,
        batchSize: options.batchSize,
        signal: stop.signal,
        onProgress: (progress) => bar.update(progress),
      });
      bar.finish();
      process.stdout.write(formatSummary(summary, { from, to }));
      process.exitCode =
        summary.outcome === 'interrupted' ? 130 : summary.verification?.ok === true ? 0 : 1;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await Promise.all(stores.map((store) => store.close()));
    }
  }

  @Option({ flags: '-f, --from <url>', description: `the store to copy: ${FORMS}` })
  parseFrom(value: string): string {
    return value;
  }

  @Option({
    flags: '-t, --to <url>',
    description: 'the store to copy into: empty, or holding an interrupted copy of --from',
  })
  parseTo(value: string): string {
    return value;
  }

  @Option({ flags: '-b, --batch-size <n>', description: 'events per import (default 1000)' })
  parseBatchSize(value: string): number {
    const size = Number(value);
    if (!/^\d+$/.test(value) || size < 1 || size > 100_000) {
      throw new Error(`--batch-size must be an integer from 1 to 100000, got "${value}"`);
    }
    return size;
  }
}
