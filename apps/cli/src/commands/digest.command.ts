import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import {
  checkDigest,
  digestLine,
  digestOf,
  parseDigest,
  resolveDigestKey,
  type SignedDigest,
} from '@memberflow/application';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  exitWith,
  describeBroken,
  openConfiguredStore,
  processIo,
  summaryLine,
  verifyWithProgress,
  type CliIo,
} from './verify-support';
import { ProgressBar } from './verify-progress';
import { formatCount } from '../format/numbers';

export interface DigestOptions {
  /** Where to write the digest (default `<dataDir>/digests/digest-<date>-<position>.json`). */
  readonly out?: string;
  /** Check an earlier digest file against the store instead of making one. */
  readonly check?: string;
  readonly store?: string;
  /** Print the digest as JSON rather than as one line. */
  readonly json?: boolean;
}

/**
 * `memberflow digest`: verifies every chain, then writes and prints a signed digest of the store
 * (position, count, root hash over every stream head) for the operator to anchor outside the system.
 * `--check <file>` re-verifies an earlier digest against the store as it is now.
 */
export async function runDigest(options: DigestOptions, io: CliIo): Promise<number> {
  const { config, store } = await openConfiguredStore(io, options.store);
  try {
    const key = resolveDigestKey({ env: io.env, dataDir: config.dataDir });
    if (key.created)
      io.stderr.write(`created the digest signing key ${key.file} (keep a copy apart)\n`);
    if (options.check !== undefined) return await check(options.check);

    const { done, broken } = await verifyWithProgress(store, io, { label: 'digest' });
    io.stderr.write(`${summaryLine(done)}\n`);
    if (!done.ok) {
      io.stderr.write(
        `no digest signed: ${formatCount(broken.length)} broken stream(s); run memberflow verify for details\n`,
      );
      return EXIT_FINDINGS;
    }
    const digest = digestOf(done, key.key, io.now ? new Date(io.now()) : new Date());
    const file = resolve(
      options.out ??
        join(config.dataDir, 'digests', `digest-${digest.date}-${digest.position}.json`),
    );
    if (existsSync(file)) {
      // A digest already anchored somewhere must never be replaced by another file of the same name.
      throw new Error(
        `${file} exists already (a digest of this position was made today); use --out`,
      );
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(digest, null, 2)}\n`, { flag: 'wx' });
    io.stderr.write(`wrote ${file}\n`);
    io.stdout.write(
      options.json ? `${JSON.stringify(digest, null, 2)}\n` : `${digestLine(digest)}\n`,
    );
    return EXIT_OK;
  } finally {
    await store.close();
  }

  async function check(file: string): Promise<number> {
    const digest: SignedDigest = parseDigest(readFileSync(file, 'utf8'));
    const bar = new ProgressBar(io.stderr, 'check', {
      unit: 'events',
      ...(io.now ? { now: io.now } : {}),
    });
    const total = Number(digest.position);
    const result = await checkDigest(
      store,
      digest,
      resolveDigestKey({ env: io.env, dataDir: config.dataDir }).key,
      (update) => {
        if (update.kind === 'progress') bar.update(Number(update.position), total);
        if (update.kind === 'done') bar.finish(total, total);
      },
    );
    if (result.ok) {
      io.stdout.write(
        `digest of ${digest.date} holds: ${formatCount(digest.count)} events up to position ` +
          `${formatCount(BigInt(digest.position))}, root ${digest.rootHash}: OK\n`,
      );
      return EXIT_OK;
    }
    for (const bad of result.broken) io.stdout.write(`${describeBroken(bad)}\n`);
    io.stdout.write(`digest of ${digest.date} does NOT hold: ${result.reason}: ${result.detail}\n`);
    return EXIT_FINDINGS;
  }
}

@Command({
  name: 'digest',
  description:
    'verify every chain, then write and print a signed digest (position, count, root hash) to anchor outside the system',
})
export class DigestCommand extends CommandRunner {
  async run(_args: string[], options: DigestOptions = {}): Promise<void> {
    await exitWith(() => runDigest(options, processIo()));
  }

  @Option({
    flags: '-o, --out <file>',
    description: 'digest file (default ./data/digests/digest-<date>-<position>.json)',
  })
  parseOut(value: string): string {
    return value;
  }

  @Option({ flags: '-c, --check <file>', description: 'check an earlier digest against the store' })
  parseCheck(value: string): string {
    return value;
  }

  @Option({ flags: '--store <url>', description: 'event store URL (default: the configured one)' })
  parseStore(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the digest as JSON instead of one line' })
  parseJson(): boolean {
    return true;
  }
}
