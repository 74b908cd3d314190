import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { Command, CommandRunner, Option } from 'nest-commander';
import { isLocalDate, todayInVietnam, type DomainEvent } from '@memberflow/domain';
import type { EventStore } from '@memberflow/event-store';
import { planId } from '@memberflow/domain/plan';
import {
  ApplicationModule,
  resolveDeploymentSecrets,
  type Principal,
  type AggregateCommand,
  type AggregateDefinition,
  MEMBER_AGGREGATE,
  ORG_AGGREGATE,
  PLAN_AGGREGATE,
  VILLAGE_AGGREGATE,
  memberIdForCitizen,
  commandIdFor,
  EVENT_STORE,
  requestFingerprint,
  ExecuteCommand,
  refusalText,
  loadConfig,
  ProjectionService,
} from '@memberflow/application';
import { formatDemoReport } from './demo-report';
import { provinceScript, REPORT, type ProvinceCommand } from './demo-province';
import { ProgressBar } from './verify-progress';
import { formatCount, formatDecimal } from '../format/numbers';

interface DemoOptions {
  members: number;
  years: number;
  seed: number;
  concurrency: number;
  until: string;
}

/** The demo acts as an administrator of the whole deployment; every event records it as the actor. */
const DEMO_PRINCIPAL: Principal = { id: 'memberflow-demo', roles: ['admin'], orgScope: '*' };

type Aggregate = AggregateDefinition<AggregateCommand, DomainEvent, unknown>;

/** The aggregate and stream id a demo command goes to. */
function target(demo: ProvinceCommand): { aggregate: Aggregate; id: string } {
  switch (demo.aggregate) {
    case 'org':
      return { aggregate: ORG_AGGREGATE as unknown as Aggregate, id: demo.command.orgId };
    case 'village':
      return { aggregate: VILLAGE_AGGREGATE as unknown as Aggregate, id: demo.command.villageId };
    case 'plan':
      return {
        aggregate: PLAN_AGGREGATE as unknown as Aggregate,
        id: planId(demo.command.orgId, demo.command.year),
      };
    case 'member':
      return { aggregate: MEMBER_AGGREGATE as unknown as Aggregate, id: demo.command.memberId };
  }
}

/**
 * `memberflow demo`: builds a synthetic province through the command path (the application's
 * CommandBus: load, fold, decide, append), not by writing rows, so every event passed the rules of its
 * date. Commands carry idempotency keys derived from the seed: an interrupted demo run again resumes.
 * The embedded projector applies the events meanwhile; at the end the province's report is printed.
 */
@Command({
  name: 'demo',
  description:
    "build the reference report's province (31/12/2021) and its years since, through the command path",
})
export class DemoCommand extends CommandRunner {
  async run(_args: string[], options: Partial<DemoOptions>): Promise<void> {
    const members = options.members ?? REPORT.members;
    const seed = options.seed ?? 1;
    const concurrency = options.concurrency ?? 8;
    const until = options.until;
    const config = loadConfig();
    const secrets = resolveDeploymentSecrets(config);
    const app = await NestFactory.createApplicationContext(
      ApplicationModule.register(config, secrets),
      {
        logger: ['error', 'warn'],
      },
    );
    try {
      const script = provinceScript(
        { members, years: options.years, seed, today: todayInVietnam() },
        (citizenId) => memberIdForCitizen(secrets.idSalt, citizenId),
      );
      // The script is in date order: up to a day, it is a prefix, and its commands keep their keys.
      const commands =
        until === undefined
          ? script.commands
          : script.commands.filter((demo) => demo.command.occurredOn <= until);
      const part =
        until === undefined
          ? ''
          : ` of ${formatCount(script.commands.length)}, those up to ${until},`;
      process.stderr.write(
        `memberflow demo: ${formatCount(commands.length)} commands${part} for a province of ${formatCount(members)} members on ${script.reportDate}, ${script.firstYear} to ${script.lastYear} (seed ${seed}); the bar shows the time left, Ctrl-C stops and the same command resumes\n`,
      );
      const resumeAt = await this.resumeAt(app, commands, seed);
      if (resumeAt > 0)
        process.stderr.write(
          `resuming: the first ${formatCount(resumeAt)} commands are recorded already\n`,
        );
      const started = Date.now();
      const { rejected, done, interrupted } = await this.execute(
        app,
        commands,
        seed,
        concurrency,
        resumeAt,
      );
      if (interrupted) {
        process.stderr.write(
          `interrupted after ${formatCount(done)} of ${formatCount(commands.length)} commands: run the same command again (seed ${seed}) to go on; what is recorded is not repeated\n`,
        );
        process.exitCode = 130;
        return;
      }
      const seconds = (Date.now() - started) / 1000;
      const ran = commands.length - resumeAt;
      process.stderr.write(
        `${formatCount(ran - rejected.length)} commands in ${formatDecimal(seconds)} s (${formatCount(Math.round(ran / seconds))} commands/s)` +
          (rejected.length > 0
            ? `; ${formatCount(rejected.length)} rejected, first: ${rejected[0]}`
            : '') +
          '\n',
      );
      const projections = app.get(ProjectionService);
      await this.waitForProjections(projections);
      process.stdout.write(await formatDemoReport(projections, script, until));
    } finally {
      await app.close();
    }
  }

  /**
   * Where a run resumes: at the group of the last event recorded, when this demo (its seed) recorded it.
   * Groups run one after the other, so every group before it finished; its own commands are run again,
   * which records nothing twice (idempotency keys). From the first command otherwise, as a fresh run.
   */
  private async resumeAt(
    app: INestApplicationContext,
    commands: readonly ProvinceCommand[],
    seed: number,
  ): Promise<number> {
    const store = app.get<EventStore>(EVENT_STORE);
    const head = await store.headPosition();
    if (head === 0n) return 0;
    let last: string | undefined;
    for await (const event of store.readAll({ after: head - 1n, limit: 1 }))
      last = event.metadata.commandId;
    if (last === undefined) return 0;
    let index = commands.length - 1;
    while (index >= 0 && commandIdFor(DEMO_PRINCIPAL.id, `demo-${seed}-${index}`) !== last)
      index -= 1;
    if (index < 0) return 0;
    const key = groupKey(commands[index]);
    while (index > 0 && groupKey(commands[index - 1]) === key) index -= 1;
    return index;
  }

  /**
   * Runs the script in its order: commands of one date and kind may run together when they go to
   * different streams (a stream's own commands run one after the other), never ahead of an earlier
   * date, so that every fact a rule looks up is already recorded.
   */
  private async execute(
    app: INestApplicationContext,
    commands: readonly ProvinceCommand[],
    seed: number,
    concurrency: number,
    from: number,
  ): Promise<{ rejected: string[]; done: number; interrupted: boolean }> {
    const bus = app.get(CommandBus);
    const bar = new ProgressBar(process.stderr, 'demo', { unit: 'commands' });
    const rejected: string[] = [];
    let done = from;
    // Ctrl-C lets the commands under way finish and starts no other: a re-run resumes from there
    // (each command's idempotency key is derived from the seed and its place in the script).
    let interrupted = false;
    const interrupt = () => (interrupted = true);
    process.once('SIGINT', interrupt);
    const run = async (index: number): Promise<void> => {
      if (interrupted) return;
      const demo = commands[index];
      const { aggregate, id } = target(demo);
      const result = await bus.execute(
        new ExecuteCommand({
          aggregate,
          id,
          command: demo.command,
          principal: DEMO_PRINCIPAL,
          idempotencyKey: `demo-${seed}-${index}`,
          fingerprint: requestFingerprint([aggregate.name, id, demo.command]),
          correlationId: randomUUID(),
        }),
      );
      if (result.kind !== 'ok') {
        rejected.push(`${aggregate.name} ${id} ${demo.command.action}: ${refusalText(result)}`);
      }
      done += 1;
      bar.update(done, commands.length);
    };
    let start = from;
    while (start < commands.length && !interrupted) {
      let end = start + 1;
      const key = groupKey(commands[start]);
      while (end < commands.length && groupKey(commands[end]) === key) end += 1;
      await runGroup(commands, start, end, concurrency, run);
      start = end;
    }
    process.removeListener('SIGINT', interrupt);
    if (interrupted) bar.clear();
    else bar.finish(done, commands.length);
    return { rejected, done, interrupted };
  }

  private async waitForProjections(projections: ProjectionService): Promise<void> {
    const bar = new ProgressBar(process.stderr, 'projections', { unit: 'events' });
    for (;;) {
      const statuses = await projections.runner.status();
      const lag = Math.max(
        ...statuses.map((s) => (s.serving ? s.serving.lag : Number.POSITIVE_INFINITY)),
      );
      const head = await projections.runner.head();
      bar.update(Math.max(0, head - lag), head);
      if (lag === 0 && statuses.every((s) => !s.building)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const head = await projections.runner.head();
    bar.finish(head, head);
  }

  @Option({
    flags: '-m, --members <n>',
    description: "members on the report's date, 31/12/2021 (default 30044, the report's)",
  })
  parseMembers(value: string): number {
    return positive(value, '--members');
  }

  @Option({
    flags: '-y, --years <n>',
    description: "years of history up to this one (default: from 2021, the report's year)",
  })
  parseYears(value: string): number {
    return positive(value, '--years');
  }

  @Option({
    flags: '-s, --seed <n>',
    description: 'the same seed builds the same province (default 1)',
  })
  parseSeed(value: string): number {
    return positive(value, '--seed');
  }

  @Option({
    flags: '-u, --until <date>',
    description:
      'only the commands dated up to this day (YYYY-MM-DD); run again without it to go on',
  })
  parseUntil(value: string): string {
    if (!isLocalDate(value)) throw new Error('--until must be a date, YYYY-MM-DD');
    return value;
  }

  @Option({
    flags: '-c, --concurrency <n>',
    description: 'commands run together within a day (default 8)',
  })
  parseConcurrency(value: string): number {
    return positive(value, '--concurrency');
  }
}

/** Commands of one date and kind (units, then plans, then members). */
function groupKey(demo: ProvinceCommand): string {
  return `${demo.command.occurredOn}|${demo.aggregate}`;
}

/** Runs a group with at most `concurrency` streams at a time, each stream's commands in order. */
async function runGroup(
  commands: readonly ProvinceCommand[],
  start: number,
  end: number,
  concurrency: number,
  run: (index: number) => Promise<void>,
): Promise<void> {
  const byStream = new Map<string, number[]>();
  for (let index = start; index < end; index += 1) {
    const { aggregate, id } = target(commands[index]);
    const key = `${aggregate.name}:${id}`;
    const list = byStream.get(key);
    if (list) list.push(index);
    else byStream.set(key, [index]);
  }
  // Organization units in a group depend on each other (a parent before its children): one at a time.
  const width = commands[start].aggregate === 'member' ? concurrency : 1;
  const streams = [...byStream.values()];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < streams.length) {
      const indexes = streams[next++];
      for (const index of indexes) await run(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, streams.length) }, worker));
}

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive whole number`);
  return n;
}
