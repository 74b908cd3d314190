import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '@memberflow/event-store';
import { buildSyntheticProvince } from './synthetic-province';

const BIN = join(__dirname, '..', '..', 'bin', 'memberflow.js');

describe('memberflow migrate-store (the CLI, run as an operator runs it)', () => {
  let dir: string;
  let source: string;
  let events: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'memberflow-migrate-cli-'));
    source = join(dir, 'source.db');
    const store = await openSqliteEventStore({ file: source, synchronous: 'OFF' });
    ({ events } = await buildSyntheticProvince(store, 1_500));
    await store.close();
  }, 120_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, 'migrate-store', ...args], { encoding: 'utf8' });

  it('copies and verifies, printing a summary (English sentences, English numbers) and progress on stderr', () => {
    const result = cli('--from', `sqlite:${source}`, '--to', `sqlite:${join(dir, 'copy.db')}`);
    expect(result.stderr).toMatch(
      /copying {3}\[█+\] 100% 15,\d{3}\/15,\d{3} events {2}[\d,]+ events\/s/,
    );
    expect(result.stderr).toMatch(/verifying \[█+\] 100%/);
    expect(result.stdout).toContain('memberflow migrate-store: complete and verified');
    expect(result.stdout).toContain(`copied     ${events.toLocaleString('en-US')} events in`);
    expect(result.stdout).toMatch(/verified {3}15,\d{3} events in 1,550 streams/);
    expect(result.status).toBe(0);
  }, 60_000);

  it('stops on Ctrl-C after the batch in flight (exit 130), and the same command resumes', async () => {
    const target = join(dir, 'interrupted.db');
    const args = ['--from', `sqlite:${source}`, '--to', `sqlite:${target}`, '--batch-size', '10'];
    const child = spawn(process.execPath, [BIN, 'migrate-store', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('copying')) resolve();
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('stopping after the batch in flight; the same command resumes');
    expect(stdout).toContain('memberflow migrate-store: interrupted');
    expect(stdout).toContain('run the same command again to resume');

    const resumed = cli(...args);
    expect(resumed.stdout).toMatch(
      /copied {5}[\d,]+ events in .*, resuming after [\d,]+ copied before/,
    );
    expect(resumed.stdout).toContain('complete and verified');
    expect(resumed.status).toBe(0);
  }, 60_000);

  it('refuses a target that holds another store’s events, with one clear line and exit code 1', async () => {
    const other = join(dir, 'other.db');
    const store = await openSqliteEventStore({ file: other });
    await store.append(
      'member-x',
      [
        {
          eventId: randomUUID(),
          type: 'CandidateSourced',
          schemaVersion: 1,
          data: {},
          metadata: {
            commandId: 'c',
            correlationId: 'c',
            causationId: 'c',
            actor: { id: 'u', role: 'officer', orgId: 'o' },
            occurredOn: '2025-01-01',
          },
        },
      ],
      'no_stream',
    );
    await store.close();

    const result = cli('--from', `sqlite:${source}`, '--to', `sqlite:${other}`);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^memberflow: refusing to migrate: the target is not empty/m);
  }, 60_000);

  it('says what is missing when --to is not given', () => {
    const result = cli('--from', `sqlite:${source}`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--from and --to are required');
  }, 60_000);
});
