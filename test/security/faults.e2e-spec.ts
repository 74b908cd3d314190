import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provinceBody } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-app';
import { issueToken } from '@memberflow/application';
import { startChildServer, strongSecret } from './support/child-server';
import { caughtUpOverHttp } from './support/projections';
import { readModelSnapshot } from './support/read-models';
import { buildTwoProvinces } from './support/two-provinces';
import { describeWithPostgres, dropSchemas, PG_URL, uniqueSchema } from '../support/postgres';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

/**
 * Faults other than a crash (issue 5): the event store unreachable or hanging while the service runs
 * (503 with a clear message, then recovery without a restart), a data directory the service cannot
 * write or a full disk at start (a clear error, nothing half-written), and production mode without a
 * strong secret (refuses to start).
 */

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

describeWithPostgres(
  'the event store unreachable while the service runs (PostgreSQL behind a proxy)',
  () => {
    const { schema } = uniqueSchema('sec_outage');
    let proxy: TcpProxy;
    let server: TestServer;
    let admin: string;

    beforeAll(async () => {
      const target = new URL(PG_URL);
      proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
      const storeUrl = new URL(PG_URL);
      storeUrl.host = `127.0.0.1:${proxy.port}`;
      storeUrl.searchParams.set('schema', schema);
      storeUrl.searchParams.set('connectTimeoutMs', '20000');
      server = await startTestServer({
        MEMBERFLOW_EVENT_STORE: storeUrl.toString(),
        MEMBERFLOW_REQUEST_TIMEOUT_MS: '1500',
      });
      admin = server.token('admin', '*');
    }, 60_000);

    afterAll(async () => {
      await proxy?.forward();
      await server?.close();
      await proxy?.close();
      await dropSchemas(schema);
    }, 60_000);

    it('answers 503 with a clear message while the store is gone, and serves again when it is back', async () => {
      expect(
        (await server.request('POST', '/api/orgs', { token: admin, body: provinceBody('before') }))
          .status,
      ).toBe(201);

      await proxy.refuse();
      const read = await server.request('GET', '/api/orgs/before', { token: admin });
      expect(read.status).toBe(503);
      expect(read.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(read.headers.get('retry-after')).toBe('5');
      expect(read.body).toMatchObject({ status: 503, code: 'store_unavailable' });
      expect(read.body.message.en).toMatch(/cannot be reached/);
      const write = await server.request('POST', '/api/orgs', {
        token: admin,
        body: provinceBody('during'),
        headers: { 'idempotency-key': 'outage-1' },
      });
      expect(write.status).toBe(503);
      expect(write.body.message.en).toMatch(/same Idempotency-Key/);
      const health = await server.request('GET', '/health');
      expect(health.status).toBe(503);
      expect(health.body.store.status).toBe('down');
      expect(health.text).not.toMatch(/postgres:\/\/[^*]*@/); // no credentials in the answer

      await proxy.forward();
      await until('the store to answer again', async () => {
        const response = await server.request('GET', '/health');
        return response.status === 200 ? response : undefined;
      });
      expect((await server.request('GET', '/api/orgs/before', { token: admin })).status).toBe(200);
      const retried = await server.request('POST', '/api/orgs', {
        token: admin,
        body: provinceBody('during'),
        headers: { 'idempotency-key': 'outage-1' },
      });
      expect(retried.status).toBe(201);
    }, 60_000);

    it('answers 503 when the store hangs past the request timeout, and recovers', async () => {
      await proxy.blackhole();
      // Connections cut by the switch fail at once; a new one hangs until the request times out.
      const hung = await until('a request to time out', async () => {
        const started = Date.now();
        const response = await server.request('GET', '/api/orgs/before', { token: admin });
        expect(response.status).toBe(503);
        return response.body.code === 'request_timeout'
          ? { response, ms: Date.now() - started }
          : undefined;
      });
      expect(hung.ms).toBeGreaterThanOrEqual(1_400);
      expect(hung.ms).toBeLessThan(10_000);
      expect(hung.response.headers.get('retry-after')).toBe('5');
      expect(hung.response.body.message.en).toMatch(/did not complete within 1.5 s/);

      await proxy.forward();
      await until('the store to answer again', async () => {
        const response = await server.request('GET', '/api/orgs/before', { token: admin });
        return response.status === 200 ? response : undefined;
      });
    }, 60_000);
  },
);

/** Root reads and writes anything: to meet permissions, the server runs as `nobody` then. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
/** `nobody` can load the server only from a checkout others may read (not one under a 0700 mktemp). */
const nobodyCanRun =
  !asRoot ||
  spawnSync(process.execPath, ['-e', "require.resolve('ts-node/register/transpile-only')"], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;
if (!nobodyCanRun) {
  console.warn(
    'SKIPPED: data-directory refusals — the checkout is not readable by nobody, whom root runs the server as',
  );
}

(nobodyCanRun ? describe : describe.skip)(
  'a data directory the service cannot use at start',
  () => {
    const scratch = mkdtempSync(join(tmpdir(), 'memberflow-datadir-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    function lockedDirectory(name: string): string {
      const dir = join(scratch, name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'keep.txt'), 'untouched\n');
      chmodSync(dir, 0o555); // read-only for everyone but root; root's server runs as nobody
      return dir;
    }

    async function refusal(dataDir: string): Promise<{ code: number | null; output: string }> {
      chmodSync(scratch, 0o755);
      const server = await startChildServer({
        env: { MEMBERFLOW_DATA_DIR: dataDir, MEMBERFLOW_LOG_LEVEL: 'warn' },
        waitReady: false,
        ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      });
      const { code } = await server.exited;
      return { code, output: server.output() };
    }

    it('refuses a read-only data directory with a clear message and writes nothing', async () => {
      const dir = lockedDirectory('read-only');
      const { code, output } = await refusal(dir);
      expect(code).toBe(1);
      expect(output).toMatch(
        /cannot write in the data directory .*read-only.*\(EACCES\): permission denied/,
      );
      expect(output).toMatch(/MEMBERFLOW_DATA_DIR/);
      expect(readdirSync(dir)).toEqual(['keep.txt']);
    }, 60_000);

    it('refuses a data directory it cannot create, naming it', async () => {
      const parent = lockedDirectory('no-create');
      const { code, output } = await refusal(join(parent, 'data'));
      expect(code).toBe(1);
      expect(output).toMatch(/cannot create the data directory .*no-create\/data \(EACCES\)/);
      expect(existsSync(join(parent, 'data'))).toBe(false);
    }, 60_000);

    const mountable = asRoot && canMountTmpfs();
    (mountable ? it : it.skip)(
      'refuses a full disk with a clear message and leaves no half-made secret or store',
      async () => {
        const mountPoint = join(scratch, 'full');
        mkdirSync(mountPoint);
        expect(
          spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint]).status,
        ).toBe(0);
        try {
          fill(join(mountPoint, 'filler'));
          const { code, output } = await refusal(mountPoint);
          expect(code).toBe(1);
          expect(output).toMatch(/\(ENOSPC\): no space left on the device/);
          expect(readdirSync(mountPoint)).toEqual(['filler']);
        } finally {
          spawnSync('umount', [mountPoint]);
        }
      },
      60_000,
    );
    if (!mountable) {
      process.stdout.write(
        '\n*** SKIPPED: disk-full start (needs root to mount a small tmpfs) ***\n',
      );
    }
  },
);

describe('the read database deleted while the service runs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-readdb-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps serving, and the next start rebuilds it from the store to the same rows', async () => {
    const secret = strongSecret();
    const env = {
      MEMBERFLOW_DATA_DIR: dataDir,
      MEMBERFLOW_JWT_SECRET: secret,
      MEMBERFLOW_LOG_LEVEL: 'warn',
    };
    const admin = issueToken(secret, {
      subject: 'admin',
      roles: ['admin'],
      org: '*',
      expiresIn: '1h',
    });
    let server = await startChildServer({ env });
    try {
      const send = async (
        method: string,
        path: string,
        options: { token?: string; body?: unknown } = {},
      ) => {
        const response = await fetch(`${server.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${options.token ?? admin}`,
            'content-type': 'application/json',
          },
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        });
        const text = await response.text();
        return {
          status: response.status,
          headers: response.headers,
          text,
          body: text ? JSON.parse(text) : undefined,
        };
      };
      const fx = await buildTwoProvinces(send, admin);
      await caughtUpOverHttp(server.url, admin);
      for (const file of ['read.db', 'read.db-wal', 'read.db-shm']) {
        rmSync(join(dataDir, file), { force: true });
      }
      // Commands and queries go on.
      for (let i = 0; i < 3; i++) await fx.freshCandidate(fx.a);
      await caughtUpOverHttp(server.url, admin);
      const before = await readModelSnapshot(server.url, admin, fx.a.provinceId, fx.a.districtId);

      await server.stop();
      expect(existsSync(join(dataDir, 'read.db'))).toBe(false);
      server = await startChildServer({ env });
      await caughtUpOverHttp(server.url, admin);
      expect(existsSync(join(dataDir, 'read.db'))).toBe(true);
      const after = await readModelSnapshot(server.url, admin, fx.a.provinceId, fx.a.districtId);
      expect(after).toEqual(before);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe('production mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-production-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(env: Record<string, string>) {
    const server = await startChildServer({
      env: { MEMBERFLOW_DATA_DIR: dataDir, MEMBERFLOW_LOG_LEVEL: 'warn', ...env },
      waitReady: false,
    });
    let timer: NodeJS.Timeout | undefined;
    const ended = await Promise.race([
      server.exited,
      new Promise<undefined>((done) => {
        timer = setTimeout(() => done(undefined), 30_000);
      }),
    ]);
    clearTimeout(timer);
    await server.stop();
    return { ended, output: server.output() };
  }

  it('refuses to start without MEMBERFLOW_JWT_SECRET, and creates no secret', async () => {
    const { ended, output } = await start({ NODE_ENV: 'production' });
    expect(ended?.code).toBe(1);
    expect(output).toMatch(/production mode .* refuses to start without MEMBERFLOW_JWT_SECRET/);
    expect(output).toMatch(/openssl rand/);
    expect(readdirSync(dataDir)).toEqual([]);
  }, 60_000);

  it('refuses a weak MEMBERFLOW_JWT_SECRET', async () => {
    const { ended, output } = await start({
      MEMBERFLOW_MODE: 'production',
      MEMBERFLOW_JWT_SECRET: 'changeme-changeme-changeme-changeme',
      MEMBERFLOW_ID_SALT: strongSecret(),
    });
    expect(ended?.code).toBe(1);
    expect(output).toMatch(/MEMBERFLOW_JWT_SECRET is too weak/);
  }, 60_000);
});

function canMountTmpfs(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'memberflow-mount-'));
  try {
    const mounted =
      spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
    if (mounted) spawnSync('umount', [probe]);
    return mounted;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** Writes until the file system is full. */
function fill(file: string): void {
  const chunk = Buffer.alloc(4096, 1);
  const parts: Buffer[] = [];
  for (;;) {
    parts.push(chunk);
    try {
      writeFileSync(file, Buffer.concat(parts));
    } catch {
      // Full: keep the last size that fitted.
      parts.pop();
      writeFileSync(file, Buffer.concat(parts));
      return;
    }
  }
}
