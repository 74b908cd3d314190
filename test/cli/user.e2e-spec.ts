import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { startTestServer, type TestServer } from '../support/test-app';

const BIN = join(__dirname, '..', '..', 'bin', 'memberflow.js');

/**
 * `memberflow user add` (issue 19): the first administrator of a new deployment, created through the
 * command path by the CLI as a user runs it, then signing in to the running server.
 */
describe('memberflow user add (the CLI, run as a user runs it)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const cli = (args: string[], input?: string) =>
    runCli(['user', 'add', ...args], {
      env: { MEMBERFLOW_DATA_DIR: server.dataDir },
      ...(input === undefined ? {} : { input }),
    });

  it('creates the first admin from a piped password; the admin signs in; a second run changes nothing', async () => {
    const created = await cli(
      ['quan-tri', '--role', 'admin', '--org', '*', '--name', 'Quản trị viên', '--password-stdin'],
      'Mật khẩu quản trị 2026\n',
    );
    expect({
      status: created.status,
      stderr: created.stderr.replace(/^memberflow: (building|built).*\n/gm, ''),
    }).toEqual({
      status: 0,
      stderr: '',
    });
    expect(created.stdout).toContain('user quan-tri created: role admin, scope *');
    expect(created.stdout + created.stderr).not.toContain('Mật khẩu quản trị 2026');

    const session = await server.request('POST', '/api/session', {
      body: { username: 'quan-tri', password: 'Mật khẩu quản trị 2026' },
    });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({
      username: 'quan-tri',
      displayName: 'Quản trị viên',
      role: 'admin',
      orgScope: '*',
      mustChangePassword: false,
    });
    const history = await server.request('GET', '/api/accounts/quan-tri/history', {
      token: server.token('auditor', '*'),
    });
    expect(history.body.events[0].actor).toMatchObject({
      id: expect.stringMatching(/^memberflow-cli/),
      role: 'admin',
      orgId: '*',
    });

    const again = await cli(['quan-tri', '--role', 'admin', '--org', '*']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(
      'user quan-tri exists already (role admin, scope *, active); nothing changed',
    );
    const events = await server.request('GET', '/api/accounts/quan-tri/history', {
      token: server.token('auditor', '*'),
    });
    expect(events.body.count).toBe(2);
  }, 120_000);

  // util-linux `script` gives the CLI a terminal; without it the prompt cannot be tested here.
  const withTerminal = existsSync('/usr/bin/script') ? it : it.skip;
  withTerminal(
    'on a terminal, asks the password twice without echoing it',
    async () => {
      const child = spawn(
        '/usr/bin/script',
        [
          '-qec',
          `${process.execPath} ${BIN} user add tty-admin --role admin --org '*'`,
          '/dev/null',
        ],
        { env: { ...process.env, MEMBERFLOW_DATA_DIR: server.dataDir } },
      );
      let output = '';
      const seen = (text: string) =>
        new Promise<void>((resolve) => {
          const check = () => (output.includes(text) ? resolve() : setTimeout(check, 20));
          check();
        });
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      await seen('password: ');
      child.stdin.write('Mật khẩu ở terminal 1\r');
      await seen('again: ');
      child.stdin.write('Mật khẩu ở terminal 1\r');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      expect(output).toContain('user tty-admin created');
      expect(output).not.toContain('terminal 1');
      const session = await server.request('POST', '/api/session', {
        body: { username: 'tty-admin', password: 'Mật khẩu ở terminal 1' },
      });
      expect(session.status).toBe(200);
    },
    120_000,
  );

  it('refuses a weak password, an unknown role or unit, and a missing terminal, with a failing exit code', async () => {
    const weak = await cli(['yeu', '--role', 'admin', '--org', '*', '--password-stdin'], 'ngan\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('R-PASSWORD-LENGTH');
    const role = await cli(
      ['vai-tro', '--role', 'boss', '--org', '*', '--password-stdin'],
      'Mật khẩu đủ dài 1\n',
    );
    expect(role.status).toBe(1);
    expect(role.stderr).toContain('unknown role "boss"');
    const unit = await cli(
      ['don-vi', '--role', 'officer', '--org', 'khong-co', '--password-stdin'],
      'Mật khẩu đủ dài 1\n',
    );
    expect(unit.status).toBe(1);
    expect(unit.stderr).toContain('R-ACCOUNT-SCOPE');
    const noTerminal = await cli(['khong-tty', '--role', 'admin', '--org', '*']);
    expect(noTerminal.status).toBe(1);
    expect(noTerminal.stderr).toContain('--password-stdin');
  }, 120_000);
});
