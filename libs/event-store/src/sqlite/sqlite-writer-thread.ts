import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../event-store.port';
import type { PlannedAppend } from '../append-rules';
import type { AppendRequest } from '../group-commit';
import type { SqliteConnectionOptions } from './sqlite-connection';
import {
  fromWireError,
  fromWirePlannedAppend,
  type FromWriter,
  type ToWriter,
  type WriterThreadData,
} from './sqlite-writer-protocol';

interface Waiting {
  resolve(appends: readonly PlannedAppend[]): void;
  reject(error: unknown): void;
}

/**
 * The store's side of the writer thread (ADR 0007): sends it groups and hands back their outcomes.
 * The thread writes them one at a time in the order they were sent, each planned under the write lock
 * against what the one before it committed, so several may be out at once. The thread is started by
 * the store's first append ({@link SqliteWriterThread.prepare}), so that a process that only reads (a
 * rebuild, an audit) never pays for it, and holds the process open only while a group is out.
 */
export class SqliteWriterThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  /** Whether the running thread was given a group: one that never was holds nothing to finish. */
  private used = false;

  constructor(private readonly connection: SqliteConnectionOptions) {}

  /** Starts the thread if it is not running, so that the first group does not wait for it to load. */
  prepare(): void {
    if (this.worker === undefined) this.start();
  }

  /** Groups sent and not yet answered. */
  get groupsOut(): number {
    return this.waiting.size;
  }

  write(group: readonly AppendRequest[]): Promise<readonly PlannedAppend[]> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      worker.postMessage({ kind: 'write', id, group } satisfies ToWriter);
      this.used = true;
      this.waiting.set(id, { resolve, reject });
      worker.ref();
    });
  }

  /** Ends the thread, which closes its connection; call it once no group is out. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker === undefined) return;
    this.worker = undefined;
    if (!this.used) {
      await worker.terminate(); // it may still be loading: no need to wait for that
      return;
    }
    const exited = once(worker, 'exit');
    worker.ref(); // the process waits for the thread to close its connection
    worker.postMessage({ kind: 'close' } satisfies ToWriter);
    await exited;
  }

  private start(): Worker {
    const workerData: WriterThreadData = { connection: this.connection };
    const worker = startWriterWorker(workerData);
    worker.unref();
    worker.on('message', (reply: FromWriter) => this.answer(worker, reply));
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', (code) => this.lose(worker, new Error(`the thread exited (code ${code})`)));
    this.worker = worker;
    this.used = false;
    return worker;
  }

  private answer(worker: Worker, reply: FromWriter): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) worker.unref();
    if (waiting === undefined) return;
    if ('failure' in reply) waiting.reject(fromWireError(reply.failure));
    else waiting.resolve(reply.appends.map(fromWirePlannedAppend));
  }

  /** The thread is gone: every group still out fails (none was acknowledged), the next starts anew. */
  private lose(worker: Worker, cause: unknown): void {
    if (this.worker !== worker) return; // closed, or already lost (an error is followed by an exit)
    this.worker = undefined;
    const error = new StoreUnavailableError(
      `SQLite event store ${this.connection.file}: the writer thread failed: ${String(cause)}`,
      { cause },
    );
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

/**
 * Starts the worker from its compiled file, or, when this module runs from TypeScript sources
 * (ts-node, jest), from its source through ts-node, which the sources run with anyway (with SWC when it
 * is installed: it starts the thread several times faster than TypeScript's own transpiler).
 */
function startWriterWorker(workerData: WriterThreadData): Worker {
  if (__filename.endsWith('.js')) {
    return new Worker(join(__dirname, 'sqlite-writer.worker.js'), { workerData });
  }
  const options = {
    transpileOnly: true,
    swc: isInstalled('@swc/core'),
    skipProject: true,
    compilerOptions: { module: 'commonjs', target: 'es2022', esModuleInterop: true },
  };
  const bootstrap = `require(${JSON.stringify(require.resolve('ts-node'))}).register(${JSON.stringify(options)});
require(${JSON.stringify(join(__dirname, 'sqlite-writer.worker.ts'))});`;
  return new Worker(bootstrap, { eval: true, workerData });
}

function isInstalled(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}
