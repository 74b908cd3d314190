import type { ChildProcess } from 'node:child_process';
import { buildSmallProvince } from '../support/fixtures';
import { describeOnEachStore, startTestServer, type TestServer } from '../support/test-app';
import { spawnTypeScript } from '../support/typescript-process';

/** `npm run worker` on the server's store and read database, as a process of its own. */
function startWorker(server: TestServer): ChildProcess {
  return spawnTypeScript(
    'apps/worker/src/main.ts',
    [],
    {
      MEMBERFLOW_EVENT_STORE: server.config.eventStoreUrl,
      MEMBERFLOW_READ_DB: server.config.readDbUrl,
      MEMBERFLOW_LOG_LEVEL: 'warn',
    },
    ['ignore', 'ignore', 'pipe'],
  );
}

describeOnEachStore('the api with its projections applied by a worker (real server)', (store) => {
  let server: TestServer;
  let admin: string;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    server = await startTestServer({ MEMBERFLOW_PROJECTOR: 'worker' }, store);
    admin = server.token('admin', '*');
  });
  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((resolve) => worker?.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await server.close();
  });

  const treeOf = (id: string) =>
    server.request('GET', `/api/orgs/${id}/tree?depth=1`, { token: admin });

  it('applies nothing itself, and serves what the worker applies', async () => {
    const { provinceId } = await buildSmallProvince(server, admin);
    // The api's own runner would have created the first generations within a tick (1 s) and applied
    // the event at once; here nobody may have.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const before = await server.request('GET', '/api/projections', { token: admin });
    expect(before.status).toBe(200);
    for (const projection of before.body.projections) {
      expect(projection.appliedHere).toBe(false);
      expect(projection.serving).toBeUndefined();
    }
    const unapplied = await treeOf(provinceId);
    expect(unapplied.status).toBe(503);
    expect(unapplied.body.code).toBe('read_model_not_ready');

    worker = startWorker(server);
    let stderr = '';
    worker.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const deadline = Date.now() + 60_000;
    let tree = await treeOf(provinceId);
    while (tree.status !== 200) {
      if (worker.exitCode !== null) throw new Error(`worker exited: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`the worker applied nothing in 60 s: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      tree = await treeOf(provinceId);
    }
    expect(tree.body.tree).toMatchObject({ id: provinceId, name: 'Đảng bộ tỉnh Thanh Hóa' });
    const after = await server.request('GET', '/api/projections', { token: admin });
    for (const projection of after.body.projections) expect(projection.appliedHere).toBe(false);
  }, 90_000);
});
