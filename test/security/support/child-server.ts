import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/** The real service in a process of its own, run from its sources (ts-node, transpile only). */
export interface ChildServer {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  readonly output: () => string;
  /** Resolves when the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  readonly env: Record<string, string>;
  readonly port?: number;
  /** Run as another user (when the tests run as root and must meet file permissions). */
  readonly uid?: number;
  readonly gid?: number;
  /** Wait for /health to answer (false: the process is expected to refuse to start). */
  readonly waitReady?: boolean;
  readonly readyTimeoutMs?: number;
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** A log as read by a person: the pretty format's colours taken out. */
export function withoutColours(output: string): string {
  // eslint-disable-next-line no-control-regex -- the escape sequences are what is removed
  return output.replace(/\x1b\[[0-9;]*m/g, '');
}

/** A random signing secret strong enough for production mode. */
export function strongSecret(): string {
  return randomBytes(48).toString('base64url');
}

export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const port = options.port ?? (await freePort());
  const spawnOptions: SpawnOptions = {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      HOST: '127.0.0.1',
      PORT: String(port),
      MEMBERFLOW_LOG_FORMAT: 'json',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
  };
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=1024',
      '--max-semi-space-size=8',
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'apps/api/src/main.ts',
    ],
    spawnOptions,
  );
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const server: ChildServer = {
    url,
    port,
    process: child,
    output: () => chunks.join(''),
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  if (options.waitReady === false) return server;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  let ended = false;
  void exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) {
      throw new Error(`the server exited before it was ready:\n${server.output().slice(-3000)}`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  await server.stop();
  throw new Error(`the server was not ready in time:\n${server.output().slice(-3000)}`);
}
