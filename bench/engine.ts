/**
 * The engine as it runs: the real Nest application over a store URL, its generic command path driven
 * in process by concurrent callers, and its HTTP server driven by clients in a worker thread.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { INestApplication } from '@nestjs/common';
import type { DomainEvent } from '@memberflow/domain';
import type { MemberCommand } from '@memberflow/domain/member';
import { createApp } from '../apps/api/src/bootstrap';
import {
  loadConfig,
  type AggregateCommand,
  type AggregateDefinition,
  MEMBER_AGGREGATE,
  requestFingerprint,
  CommandService,
  type CommandRequest,
  type Principal,
  issueToken,
  ProjectionService,
} from '@memberflow/application';
import { forkTypeScript } from './typescript-child';
import type { ClientJob, ClientReport, PlannedRequest } from './http-clients';
import { Deadline, latencies, now, type Bound, type Latencies } from './measure';
import type { MemberPlan } from './province';

export interface Engine {
  readonly app: INestApplication;
  readonly url: string;
  readonly commands: CommandService;
  officerToken(): string;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** The read database the api's projection runner works on (one the rebuild phase already built). */
  readonly readDbUrl: string;
  /**
   * `live`: the embedded api as `main.ts` runs it, projecting every append as it goes; `worker`: the
   * api with `MEMBERFLOW_PROJECTOR=worker` and `npm run worker` as a process of its own; both waited
   * for until caught up before anything is measured. `stopped`: the command path alone, nobody
   * projecting.
   */
  readonly projections: 'live' | 'worker' | 'stopped';
}

/** The application as `main.ts` starts it, silent, with rate limits off (the clients share one token). */
export async function startEngine(
  eventStoreUrl: string,
  provinceId: string,
  options: EngineOptions,
): Promise<Engine> {
  const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-bench-app-'));
  const config = loadConfig({
    MEMBERFLOW_DATA_DIR: dataDir,
    MEMBERFLOW_EVENT_STORE: eventStoreUrl,
    MEMBERFLOW_READ_DB: options.readDbUrl,
    MEMBERFLOW_LOG_LEVEL: 'silent',
    MEMBERFLOW_RATE_LIMIT_PER_TOKEN: '0',
    MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '0',
    MEMBERFLOW_PROJECTOR: options.projections === 'live' ? 'api' : 'worker',
    PORT: '0',
  });
  const { app, secrets } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const worker =
    options.projections === 'worker'
      ? forkTypeScript(join(__dirname, '../apps/worker/src/main.ts'), {
          MEMBERFLOW_EVENT_STORE: eventStoreUrl,
          MEMBERFLOW_READ_DB: options.readDbUrl,
          MEMBERFLOW_LOG_LEVEL: 'warn',
        })
      : undefined;
  const stopWorker = async (): Promise<void> => {
    if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
  };
  // The api's runner reports every process's progress (the catalog), whoever applies it.
  if (options.projections !== 'stopped') {
    await app
      .get(ProjectionService)
      .runner.waitUntilCaughtUp(60 * 60_000)
      .catch(async (error: unknown) => {
        await stopWorker();
        await app.close();
        throw error;
      });
  }
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    commands: app.get(CommandService),
    officerToken: () =>
      issueToken(secrets.signingSecret, {
        subject: 'bench-officer',
        roles: ['officer'],
        org: provinceId,
        expiresIn: '2h',
      }),
    close: async () => {
      await stopWorker();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CallerRun {
  readonly commands: number;
  readonly seconds: number;
  readonly latency: Latencies;
}

/**
 * `callers` concurrent callers, each taking the next member and sending its commands one after the
 * other through the generic command path, until the bound is reached.
 */
export async function runCallers(
  engine: Engine,
  plans: readonly MemberPlan[],
  callers: number,
  bound: Bound,
  principal: Principal,
): Promise<CallerRun> {
  const deadline = new Deadline(bound);
  const samples: number[] = [];
  let next = 0;
  let stopped = false;
  const started = now();
  const caller = async (): Promise<void> => {
    while (!stopped && next < plans.length) {
      const plan = plans[next++];
      for (const command of plan.commands) {
        if (!deadline.take()) {
          stopped = true;
          return;
        }
        const sent = now();
        const result = await engine.commands.execute(commandRequest(plan.id, command, principal));
        if (result.kind !== 'ok') throw new Error(`${command.action} refused: ${result.kind}`);
        samples.push(now() - sent);
      }
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  if (!stopped && next >= plans.length) {
    throw new Error(`the cohort of ${plans.length} members ran out before the bound was reached`);
  }
  return {
    commands: samples.length,
    seconds: (now() - started) / 1000,
    latency: latencies(samples),
  };
}

/** A command request as the HTTP layer builds it (fingerprint, correlation id). */
export function commandRequest(
  id: string,
  command: MemberCommand,
  principal: Principal,
): CommandRequest<AggregateCommand> {
  return {
    aggregate: MEMBER_AGGREGATE as unknown as AggregateDefinition<
      AggregateCommand,
      DomainEvent,
      unknown
    >,
    id,
    command,
    principal,
    fingerprint: requestFingerprint([MEMBER_AGGREGATE.name, id, command]),
    correlationId: randomUUID(),
  };
}

/** A member's lifecycle as HTTP requests: `POST /api/members`, then its actions. */
export function lifecycleRequests(plan: MemberPlan): PlannedRequest[] {
  return plan.commands.map((command) => {
    const body = JSON.stringify({
      ...command.payload,
      occurredOn: command.occurredOn,
      ...(command.reason === undefined ? {} : { reason: command.reason }),
      ...(command.documentRef === undefined ? {} : { documentRef: command.documentRef }),
    });
    return command.action === 'source-candidate'
      ? { method: 'POST', path: '/api/members', body }
      : { method: 'POST', path: `/api/members/{id}/actions/${command.action}`, body };
  });
}

export interface HttpRun {
  readonly requests: number;
  readonly seconds: number;
  readonly latency: Latencies;
  readonly statuses: Record<string, number>;
  readonly firstError?: string;
  /** CPU time of the clients' thread (µs; NaN where it cannot be read). */
  readonly clientsCpuMicros: number;
}

/** Runs the clients in a worker thread (TypeScript through ts-node, as the benchmark itself runs). */
export function runHttpClients(job: ClientJob): Promise<HttpRun> {
  const file = join(__dirname, 'http-clients.ts');
  const source = `require('ts-node').register({ transpileOnly: true, swc: true });
require(${JSON.stringify(file)});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { job } });
    worker.once('message', (message: { report?: ClientReport; error?: string }) => {
      void worker.terminate();
      if (message.error !== undefined || message.report === undefined) {
        reject(new Error(`HTTP clients failed: ${message.error}`));
        return;
      }
      const report = message.report;
      resolve({
        requests: report.requests,
        seconds: report.seconds,
        latency: latencies(report.latenciesMs),
        statuses: report.statuses,
        clientsCpuMicros: report.cpuMicros,
        ...(report.firstError === undefined ? {} : { firstError: report.firstError }),
      });
    });
    worker.once('error', reject);
  });
}
