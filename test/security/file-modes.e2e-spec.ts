import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provinceBody } from '../support/fixtures';
import { startTestServer } from '../support/test-app';

/**
 * Person data at rest is the owner's only (issue 17 §4): the embedded deployment's data directory is
 * 0700 and every SQLite file in it, with its `-wal` and `-shm`, 0600, like the secret and the salt.
 */
const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

const PRIVATE_FILES = [
  'events.db',
  'events.db-wal',
  'events.db-shm',
  'read.db',
  'read.db-wal',
  'read.db-shm',
  'jwt-secret',
  'id-salt',
];

describe('the embedded deployment’s files', () => {
  let parent: string;
  beforeEach(() => (parent = mkdtempSync(join(tmpdir(), 'memberflow-modes-'))));
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  async function startAndWrite(dataDir: string): Promise<void> {
    const server = await startTestServer({ MEMBERFLOW_DATA_DIR: dataDir });
    try {
      const created = await server.request('POST', '/api/orgs', {
        token: server.token('admin', '*'),
        body: provinceBody('tinh'),
      });
      expect(created.status).toBe(201);
      // Both databases have written (the read model's WAL exists once a projection applied a batch).
      for (let tries = 0; tries < 100; tries++) {
        const tree = await server.request('GET', '/api/orgs/tinh/tree', {
          token: server.token('admin', '*'),
        });
        if (tree.status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(PRIVATE_FILES.map((name) => [name, modeOf(join(dataDir, name))])).toEqual(
        PRIVATE_FILES.map((name) => [name, '600']),
      );
      expect(modeOf(dataDir)).toBe('700');
    } finally {
      await server.close();
    }
  }

  it('are created readable by the owner only', async () => {
    await startAndWrite(join(parent, 'data'));
  });

  it('are tightened at start when an older version left them world-readable', async () => {
    const dataDir = join(parent, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    for (const name of ['events.db', 'read.db']) {
      closeSync(openSync(join(dataDir, name), 'w', 0o644));
      chmodSync(join(dataDir, name), 0o644);
    }
    await startAndWrite(dataDir);
  });
});
