import { openEventStore, type EventStore } from '@memberflow/event-store';
import {
  ndjsonLine,
  verifyStore,
  type BrokenEvent,
  type VerificationUpdate,
  loadConfig,
  type AppConfig,
} from '@memberflow/application';
import { ProgressBar, type ProgressOutput } from './verify-progress';
import { formatCount, formatDuration } from '../format/numbers';

/** What an audit command reads and writes; the process's own in the CLI, buffers in tests. */
export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: ProgressOutput;
  readonly stderr: ProgressOutput;
  readonly now?: () => number;
}

export const processIo = (): CliIo => ({
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});

/** Exit codes: 0 all good, 2 the check found a problem (1 is left to errors). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 2;

/**
 * Runs a command and sets the process's exit code: its own answer (0 or 2), or 1 with the message on
 * stderr when it fails (nest-commander would print the stack and exit 0).
 */
export async function exitWith(
  run: () => Promise<number>,
  stderr: ProgressOutput = process.stderr,
): Promise<void> {
  try {
    process.exitCode = await run();
  } catch (error) {
    stderr.write(`memberflow: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

/** The deployment's configuration and its event store (`--store` overrides MEMBERFLOW_EVENT_STORE). */
export async function openConfiguredStore(
  io: CliIo,
  storeUrl?: string,
): Promise<{ config: AppConfig; store: EventStore }> {
  const config = loadConfig(io.env);
  const store = await openEventStore(storeUrl ?? config.eventStoreUrl);
  return { config, store };
}

export function describeBroken(broken: BrokenEvent): string {
  const where = broken.eventId
    ? ` (event ${broken.eventId}, ${broken.eventType ?? '?'}, position ${broken.position ?? '?'})`
    : '';
  return `BROKEN ${broken.streamId}#${broken.revision} ${broken.reason}${where}: ${broken.message.en}`;
}

export type Done = Extract<VerificationUpdate, { kind: 'done' }>;

/**
 * Runs the whole-store verification with a progress bar on stderr, each broken stream printed as soon
 * as it is found (a line of text, or the API's NDJSON line with `json`).
 */
export async function verifyWithProgress(
  store: EventStore,
  io: CliIo,
  options: { json?: boolean; upTo?: bigint; label?: string } = {},
): Promise<{ done: Done; broken: BrokenEvent[] }> {
  const bar = new ProgressBar(io.stderr, options.label ?? 'verify', {
    unit: 'events',
    ...(io.now ? { now: io.now } : {}),
  });
  const startedAt = new Date().toISOString();
  const broken: BrokenEvent[] = [];
  let total = 0;
  let done: Done | undefined;
  for await (const update of verifyStore(store, {
    ...(options.upTo === undefined ? {} : { upTo: options.upTo }),
    progressEvery: 2_000,
    progressIntervalMs: 100,
    ...(io.now ? { now: io.now } : {}),
  })) {
    if (options.json) io.stdout.write(ndjsonLine(update, startedAt));
    switch (update.kind) {
      case 'start':
        total = Number(update.headPosition);
        break;
      case 'progress':
        bar.update(Number(update.position), total);
        break;
      case 'broken':
        broken.push(update.firstBad);
        bar.clear();
        if (!options.json) io.stdout.write(`${describeBroken(update.firstBad)}\n`);
        break;
      case 'done':
        done = update;
        bar.finish(done.events > 0 ? total : 0, total);
        break;
    }
  }
  if (!done) throw new Error('the verification ended without its summary');
  return { done, broken };
}

export function summaryLine(done: Done): string {
  const seconds = done.elapsedMs / 1000;
  const rate = seconds > 0 ? formatCount(Math.round(done.events / seconds)) : '-';
  const verdict = done.ok
    ? 'OK'
    : `${formatCount(done.brokenStreams)} BROKEN stream${done.brokenStreams === 1 ? '' : 's'}`;
  return (
    `verified ${formatCount(done.events)} events in ${formatCount(done.streams)} streams up to position ` +
    `${formatCount(done.headPosition)} in ${formatDuration(done.elapsedMs)} (${rate} events/s): ${verdict}`
  );
}
