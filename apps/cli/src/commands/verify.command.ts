import { Command, CommandRunner, Option } from 'nest-commander';
import { checkStream, MEMBER_AGGREGATE } from '@memberflow/application';
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
import { formatCount } from '../format/numbers';

export interface VerifyOptions {
  /** One member's stream instead of the whole store. */
  readonly member?: string;
  /** The store URL, instead of MEMBERFLOW_EVENT_STORE / ./data/events.db. */
  readonly store?: string;
  /** NDJSON on stdout, the lines `GET /api/audit/verify` streams. */
  readonly json?: boolean;
}

/**
 * `memberflow verify`: checks every stream's hash chain (or one member's) and names the first event of
 * each broken stream. Exit code 0 when everything verifies, 2 when something does not.
 */
export async function runVerify(options: VerifyOptions, io: CliIo): Promise<number> {
  const { store } = await openConfiguredStore(io, options.store);
  try {
    if (options.member !== undefined) {
      const check = await checkStream(store, MEMBER_AGGREGATE.streamId(options.member));
      if (check === undefined) throw new Error(`no member ${options.member} in the store`);
      if (options.json) io.stdout.write(`${JSON.stringify({ id: options.member, ...check })}\n`);
      else if (check.ok) {
        io.stdout.write(
          `verified ${check.streamId}: ${formatCount(check.count)} events, head ${check.headHash}: OK\n`,
        );
      } else io.stdout.write(`${describeBroken(check.firstBad)}\n`);
      return check.ok ? EXIT_OK : EXIT_FINDINGS;
    }
    const { done } = await verifyWithProgress(store, io, { json: options.json === true });
    if (!options.json) {
      io.stdout.write(`${summaryLine(done)}\n`);
      if (done.rootHash) io.stdout.write(`root hash over all stream heads: ${done.rootHash}\n`);
    }
    return done.ok ? EXIT_OK : EXIT_FINDINGS;
  } finally {
    await store.close();
  }
}

@Command({
  name: 'verify',
  description:
    "check every stream's hash chain (progress on stderr); names the first event that does not match",
})
export class VerifyCommand extends CommandRunner {
  async run(_args: string[], options: VerifyOptions = {}): Promise<void> {
    await exitWith(() => runVerify(options, processIo()));
  }

  @Option({ flags: '-m, --member <id>', description: "verify one member's stream only" })
  parseMember(value: string): string {
    return value;
  }

  @Option({ flags: '--store <url>', description: 'event store URL (default: the configured one)' })
  parseStore(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'NDJSON lines on stdout, as GET /api/audit/verify' })
  parseJson(): boolean {
    return true;
  }
}
