import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { spawnTypeScript } from '../../support/typescript-process';

/** A runner process (runner-process.ts) and what it has said so far. */
export interface ChildRunner {
  readonly process: ChildProcess;
  /** The last position it reported applying. */
  readonly lastPosition: () => number;
  readonly held: () => string[];
  /** Resolves once `predicate` holds on what the process reported. */
  until(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  kill(): Promise<void>;
}

export function startChildRunner(storeUrl: string, readDbUrl: string): ChildRunner {
  const child = spawnTypeScript(join(__dirname, 'runner-process.ts'), [storeUrl, readDbUrl], {}, [
    'ignore',
    'pipe',
    'pipe',
  ]);
  let position = 0;
  let held: string[] = [];
  let errors = '';
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const [word, value = ''] = line.split(' ');
      if (word === 'batch') position = Math.max(position, Number(value));
      if (word === 'held') held = value ? value.split(',') : [];
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    lastPosition: () => position,
    held: () => held,
    until: async (predicate, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (child.exitCode !== null) throw new Error(`runner process exited: ${errors}`);
        if (Date.now() > deadline)
          throw new Error(`runner process: condition not met in time. ${errors}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
