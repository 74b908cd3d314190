/**
 * Starts the api as a command given, on a free port with a data directory of its own, waits (bounded)
 * for GET /health to answer 200, optionally writes through it, then stops it. Used by .ci/run on the
 * build and on a production install of it; prints how long the start took.
 *
 *   node scripts/smoke-start.mjs [--cwd DIR] [--timeout SECONDS] [--cli CLI_MAIN_JS] -- COMMAND [ARGS...]
 *
 * --cli: once healthy, issue an admin token with that CLI (`node CLI_MAIN_JS token ...`, same directory
 * and environment) and create an organization unit (201 expected): an append, so the SQLite writer
 * thread is started from the build too.
 */
/* global fetch, AbortSignal */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

const USAGE =
  'usage: node scripts/smoke-start.mjs [--cwd DIR] [--timeout SECONDS] [--cli CLI_MAIN_JS] -- COMMAND [ARGS...]';

function parse(argv) {
  const options = { cwd: process.cwd(), timeoutMs: 30_000, cli: undefined, command: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.command = argv.slice(i + 1);
      break;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(USAGE);
    if (arg === '--cwd') options.cwd = resolve(value);
    else if (arg === '--timeout') options.timeoutMs = Number(value) * 1000;
    else if (arg === '--cli') options.cli = value;
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (options.command.length === 0 || !(options.timeoutMs > 0)) throw new Error(USAGE);
  return options;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function status(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

function say(message) {
  process.stdout.write(`smoke: ${message}\n`);
}

async function main() {
  const options = parse(process.argv.slice(2));
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-smoke-'));
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    MEMBERFLOW_DATA_DIR: dataDir,
    MEMBERFLOW_LOG_LEVEL: process.env.MEMBERFLOW_LOG_LEVEL ?? 'warn',
  };
  for (const name of ['MEMBERFLOW_EVENT_STORE', 'MEMBERFLOW_READ_DB', 'MEMBERFLOW_PROJECTOR']) {
    delete env[name]; // the embedded defaults, under the data directory
  }
  say(`${options.command.join(' ')} (in ${options.cwd}, port ${port}, data ${dataDir})`);
  const started = performance.now();
  // A process group of its own: `npm start` runs a shell and node under it, all stopped together.
  const child = spawn(options.command[0], options.command.slice(1), {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const exited = new Promise((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let exit;
  void exited.then((result) => (exit = result));
  try {
    let healthy = false;
    while (!healthy && exit === undefined && performance.now() - started < options.timeoutMs) {
      healthy = (await status(`${base}/health`)) === 200;
      if (!healthy) await sleep(50);
    }
    if (!healthy) {
      throw new Error(
        exit === undefined
          ? `no 200 from ${base}/health within ${options.timeoutMs / 1000} s`
          : `the process exited (${exit.signal ?? `code ${exit.code}`}) before /health answered 200`,
      );
    }
    say(`GET /health answered 200 after ${Math.round(performance.now() - started)} ms`);
    if (options.cli !== undefined) await write(options, env, base);
  } finally {
    await stop(child, exited);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** An append through the api with a token from the CLI. */
async function write(options, env, base) {
  const cliStarted = performance.now();
  const token = execFileSync(
    process.execPath,
    [options.cli, 'token', '--role', 'admin', '--org', '*'],
    { cwd: options.cwd, env, encoding: 'utf8' },
  ).trim();
  say(`the CLI issued a token in ${Math.round(performance.now() - cliStarted)} ms`);
  const response = await fetch(`${base}/api/orgs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      id: 'tinh-smoke',
      kind: 'province',
      name: 'Đảng bộ tỉnh (smoke)',
      code: 'SM',
      attributes: { area: 'urban' },
      occurredOn: '2020-01-02',
    }),
  });
  const body = await response.text();
  if (response.status !== 201)
    throw new Error(`POST /api/orgs answered ${response.status}: ${body}`);
  say('POST /api/orgs answered 201 (an event appended)');
}

async function stop(child, exited) {
  const group = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  group('SIGTERM');
  const stopped = await Promise.race([exited, sleep(10_000, undefined, { ref: false })]);
  if (stopped === undefined) {
    say('still running 10 s after SIGTERM: killed');
    group('SIGKILL');
    await exited;
  }
}

main().catch((error) => {
  process.stderr.write(`smoke: FAILED: ${error.message}\n`);
  process.exit(1);
});
