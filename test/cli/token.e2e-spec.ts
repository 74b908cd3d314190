import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../support/test-app';

const BIN = join(__dirname, '..', '..', 'bin', 'memberflow.js');

describe('memberflow token (the CLI, run as a user runs it)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], {
      env: { ...process.env, MEMBERFLOW_DATA_DIR: server.dataDir },
      encoding: 'utf8',
    });

  it('prints a token signed with the deployment secret that the server accepts, with its role and scope', async () => {
    const token = execFileSync(process.execPath, [BIN, 'token', '--role', 'admin', '--org', '*'], {
      env: { ...process.env, MEMBERFLOW_DATA_DIR: server.dataDir },
      encoding: 'utf8',
    }).trim();
    const created = await server.request('POST', '/api/orgs', {
      token,
      body: {
        id: 'tinh',
        kind: 'province',
        name: 'Đảng bộ tỉnh',
        code: 'T',
        attributes: { area: 'urban' },
        occurredOn: '2020-01-02',
      },
    });
    expect(created.status).toBe(201);

    const analyst = cli('token', '--role', 'analyst', '--org', 'tinh').stdout.trim();
    const write = await server.request('POST', '/api/orgs/tinh/actions/rename', {
      token: analyst,
      body: { name: 'Tên mới', occurredOn: '2021-01-04' },
    });
    expect(write.status).toBe(403);
  }, 60_000);

  it('refuses an unknown role with a clear message and a failing exit code', () => {
    const result = cli('token', '--role', 'boss', '--org', '*');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown role "boss"');
  }, 60_000);
});
