import { Command, CommandRunner, Option } from 'nest-commander';
import type { EventStore } from '@memberflow/event-store';
import { MembersQueries, openReadDb, ServingTables } from '@memberflow/projections';
import {
  RosterReadModel,
  ApiMemberReadModel,
  memberIds,
  replayMember,
  type MemberReadModel,
  type ReplayOutcome,
  resolveDeploymentSecrets,
  issueToken,
  type AppConfig,
} from '@memberflow/application';
import { ProgressBar } from './verify-progress';
import { formatCount } from '../format/numbers';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  exitWith,
  openConfiguredStore,
  processIo,
  type CliIo,
} from './verify-support';

export interface ReplayOptions {
  readonly member?: string;
  readonly all?: boolean;
  /** Compare with a running API (or MEMBERFLOW_API_URL) instead of the roster read model. */
  readonly api?: string;
  /** Bearer token for the API (default: an auditor token signed with the deployment's secret). */
  readonly token?: string;
  readonly store?: string;
  readonly json?: boolean;
}

/**
 * The read model replay compares with: the roster read model itself (the configured read database), or,
 * with `--api` (or MEMBERFLOW_API_URL), what a running API answers.
 */
export async function readModelFor(
  options: ReplayOptions,
  config: AppConfig,
  env: NodeJS.ProcessEnv,
): Promise<{ readModel: MemberReadModel; close(): Promise<void> }> {
  const api = options.api ?? env.MEMBERFLOW_API_URL;
  if (api === undefined) {
    const db = await openReadDb(config.readDbUrl);
    return {
      readModel: new RosterReadModel(new MembersQueries(db, new ServingTables(db))),
      close: () => db.close(),
    };
  }
  const token =
    options.token ??
    issueToken(resolveDeploymentSecrets(config).signingSecret, {
      subject: 'memberflow-replay',
      roles: ['auditor'],
      org: '*',
      expiresIn: '1h',
    });
  return { readModel: new ApiMemberReadModel(api, token), close: async () => undefined };
}

function describe(outcome: ReplayOutcome): string | undefined {
  switch (outcome.status) {
    case 'match':
    case 'no_stream':
      return undefined;
    case 'drift':
      return [
        `DRIFT member ${outcome.memberId} at revision ${outcome.revision}:`,
        ...outcome.differences.map(
          (d) =>
            `  ${d.path}: folded ${JSON.stringify(d.folded)}, read model ${JSON.stringify(d.readModel)}`,
        ),
      ].join('\n');
    case 'missing':
      return `MISSING member ${outcome.memberId} (revision ${outcome.revision}) has no row in the read model`;
    case 'lagging':
      return `LAGGING member ${outcome.memberId}: stream at revision ${outcome.revision}, read model at ${outcome.readModelRevision}`;
    case 'fold_failed':
      return `FOLD FAILED member ${outcome.memberId}: ${outcome.error}`;
  }
}

/**
 * `memberflow replay --member ID | --all`: folds each member stream through this build's decider and
 * compares the result with the read model. Exit code 2 when any member drifts, is missing or cannot be
 * folded (a lagging projection is reported but is not a finding).
 */
export async function runReplay(
  options: ReplayOptions,
  io: CliIo,
  readModelOverride?: MemberReadModel,
): Promise<number> {
  if ((options.member === undefined) === (options.all !== true)) {
    throw new Error('give either --member <id> or --all');
  }
  const { config, store } = await openConfiguredStore(io, options.store);
  const source = readModelOverride
    ? { readModel: readModelOverride, close: async () => undefined }
    : await readModelFor(options, config, io.env);
  try {
    const readModel = source.readModel;
    io.stderr.write(`replaying against ${readModel.name}\n`);
    const counts: Record<ReplayOutcome['status'], number> = {
      match: 0,
      drift: 0,
      missing: 0,
      lagging: 0,
      fold_failed: 0,
      no_stream: 0,
    };
    const bar = new ProgressBar(io.stderr, 'replay', {
      unit: 'members',
      ...(io.now ? { now: io.now } : {}),
    });
    const ids = options.member !== undefined ? single(options.member) : await allIds(store);
    let done = 0;
    for (const id of ids) {
      const outcome = await replayMember(store, id, readModel);
      counts[outcome.status] += 1;
      done += 1;
      const text = options.json ? JSON.stringify(outcome) : describe(outcome);
      if (text !== undefined) {
        bar.clear();
        io.stdout.write(`${text}\n`);
      }
      bar.update(done, ids.length);
    }
    bar.finish(done, ids.length);
    if (options.member !== undefined && counts.no_stream > 0)
      throw new Error(`no member ${options.member} in the store`);
    const findings = counts.drift + counts.missing + counts.fold_failed;
    io.stdout.write(
      `replayed ${formatCount(done)} members: ${formatCount(counts.match)} match, ${formatCount(counts.drift)} drift, ` +
        `${formatCount(counts.missing)} missing, ${formatCount(counts.fold_failed)} fold failed, ` +
        `${formatCount(counts.lagging)} lagging\n`,
    );
    return findings === 0 ? EXIT_OK : EXIT_FINDINGS;
  } finally {
    await source.close();
    await store.close();
  }
}

function single(id: string): string[] {
  return [id];
}

async function allIds(store: EventStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const id of memberIds(store)) ids.push(id);
  return ids;
}

@Command({
  name: 'replay',
  description:
    "fold member streams through this build's decider and compare with the read model (--member ID or --all)",
})
export class ReplayCommand extends CommandRunner {
  async run(_args: string[], options: ReplayOptions = {}): Promise<void> {
    await exitWith(() => runReplay(options, processIo()));
  }

  @Option({ flags: '-m, --member <id>', description: 'one member' })
  parseMember(value: string): string {
    return value;
  }

  @Option({ flags: '-a, --all', description: 'every member stream' })
  parseAll(): boolean {
    return true;
  }

  @Option({
    flags: '--api <url>',
    description:
      'compare with a running API instead of the roster read model (or MEMBERFLOW_API_URL)',
  })
  parseApi(value: string): string {
    return value;
  }

  @Option({
    flags: '--token <jwt>',
    description: 'bearer token (default: an auditor token from the deployment secret)',
  })
  parseToken(value: string): string {
    return value;
  }

  @Option({ flags: '--store <url>', description: 'event store URL (default: the configured one)' })
  parseStore(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'one JSON outcome per line' })
  parseJson(): boolean {
    return true;
  }
}
