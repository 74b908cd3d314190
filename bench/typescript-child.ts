import { fork, type ChildProcess, type StdioOptions } from 'node:child_process';

/**
 * Forks a TypeScript entry point as the benchmark runs it (ts-node with SWC), with the heap limits
 * every memberflow process runs with (package.json's start, worker and cli).
 */
export function forkTypeScript(
  file: string,
  env: NodeJS.ProcessEnv,
  stdio: StdioOptions = ['ignore', 'inherit', 'inherit', 'ipc'],
): ChildProcess {
  return fork(file, [], {
    execArgv: [
      '--max-old-space-size=1024',
      '--max-semi-space-size=8',
      '-r',
      'ts-node/register',
      '-r',
      'tsconfig-paths/register',
    ],
    env: { ...process.env, TS_NODE_SWC: 'true', TS_NODE_TRANSPILE_ONLY: 'true', ...env },
    stdio,
  });
}
