import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type MemberReadModel, ProjectionService } from '@memberflow/application';
import { runDigest } from '../../apps/cli/src/commands/digest.command';
import { runReplay } from '../../apps/cli/src/commands/replay.command';
import { runVerify } from '../../apps/cli/src/commands/verify.command';
import type { CliIo } from '../../apps/cli/src/commands/verify-support';
import { startTestServer, type TestServer } from '../support/test-app';
import { establishTree, eventsOf, memberWithCorrections } from './audit-fixtures';
import { sqliteTamper } from './tamper';

/** The CLI's streams captured, its environment pointing at the test server's data directory. */
function io(server: TestServer, env: Record<string, string> = {}) {
  const out = { text: '', write: (chunk: string) => (out.text += chunk) };
  const err = { text: '', write: (chunk: string) => (err.text += chunk) };
  const cli: CliIo = {
    env: { MEMBERFLOW_DATA_DIR: server.dataDir, ...env },
    stdout: out,
    stderr: err,
  };
  return { cli, out, err };
}

describe('the audit commands of the CLI over the deployment’s store', () => {
  let server: TestServer;
  const members: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    await establishTree(server);
    for (let i = 0; i < 3; i++) members.push(await memberWithCorrections(server, 2));
  }, 30_000);
  afterAll(() => server?.close());

  describe('on an untouched store', () => {
    it('memberflow verify checks every chain, with progress on stderr, and exits 0', async () => {
      const { cli, out, err } = io(server);
      expect(await runVerify({}, cli)).toBe(0);
      expect(out.text).toMatch(
        /^verified 15 events in 9 streams up to position 15 in \d+:\d\d \([\d,]+ events\/s\): OK\n/,
      );
      expect(out.text).toMatch(/root hash over all stream heads: [0-9a-f]{64}/);
      expect(err.text).toMatch(/verify \[█+\] 100% {2}15\/15 events · [\d,]+\/s · ETA/);
    });

    it('memberflow verify --member checks one stream', async () => {
      const { cli, out } = io(server);
      expect(await runVerify({ member: members[0] }, cli)).toBe(0);
      expect(out.text).toMatch(
        new RegExp(`^verified member-${members[0]}: 3 events, head [0-9a-f]{64}: OK`),
      );
    });

    it('memberflow verify --json prints the NDJSON lines of GET /api/audit/verify', async () => {
      const { cli, out } = io(server);
      expect(await runVerify({ json: true }, cli)).toBe(0);
      const lines = out.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines[0]).toMatchObject({ type: 'start', headPosition: '15' });
      expect(lines.at(-1)).toMatchObject({ type: 'done', ok: true, events: 15, streams: 9 });
    });

    it('memberflow replay --all and --member find every member matching the API', async () => {
      const all = io(server);
      expect(await runReplay({ all: true, api: server.url }, all.cli)).toBe(0);
      expect(all.err.text).toContain(`replaying against GET ${server.url}/api/members/{id}`);
      expect(all.out.text).toContain(
        'replayed 3 members: 3 match, 0 drift, 0 missing, 0 fold failed, 0 lagging',
      );
      const one = io(server);
      expect(await runReplay({ member: members[1], api: server.url }, one.cli)).toBe(0);
      expect(one.out.text).toContain('replayed 1 members: 1 match');
    });

    it('memberflow replay compares with the roster read model itself, and finds a row edited behind its back', async () => {
      await server.app.get(ProjectionService).runner.waitUntilCaughtUp();
      const clean = io(server);
      expect(await runReplay({ all: true }, clean.cli)).toBe(0);
      expect(clean.err.text).toContain('replaying against the roster read model');
      expect(clean.out.text).toContain('replayed 3 members: 3 match, 0 drift');

      const db = new Database(join(server.dataDir, 'read.db'));
      try {
        const { name } = db
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'member_roster%' ORDER BY name DESC",
          )
          .get() as { name: string };
        const row = db.prepare(`SELECT state FROM "${name}" WHERE id = ?`).get(members[0]) as {
          state: string;
        };
        const edited = { ...JSON.parse(row.state), stage: 'official' };
        db.prepare(`UPDATE "${name}" SET state = ? WHERE id = ?`).run(
          JSON.stringify(edited),
          members[0],
        );
      } finally {
        db.close();
      }
      const drift = io(server);
      expect(await runReplay({ member: members[0] }, drift.cli)).toBe(2);
      expect(drift.out.text).toContain(`DRIFT member ${members[0]}`);
      expect(drift.out.text).toContain('stage: folded "sympathizer", read model "official"');
    });

    it('memberflow replay reports the fields that drifted, through the read-model seam', async () => {
      const drifting: MemberReadModel = {
        name: 'roster (drifted)',
        read: async (id) => ({ id, stage: 'applying', revision: 2 }),
        expected: (view) => ({ id: view.id, stage: view.stage, revision: view.revision }),
      };
      const { cli, out } = io(server);
      expect(await runReplay({ member: members[2] }, cli, drifting)).toBe(2);
      expect(out.text).toContain(
        `DRIFT member ${members[2]} at revision 2:\n  stage: folded "sympathizer", read model "applying"`,
      );
      await expect(runReplay({}, io(server).cli)).rejects.toThrow(
        'give either --member <id> or --all',
      );
    });

    it('memberflow digest writes and prints a signed digest, and --check holds it against the store', async () => {
      const { cli, out, err } = io(server);
      expect(await runDigest({}, cli)).toBe(0);
      const line = out.text.trim();
      expect(line).toMatch(
        /^memberflow-digest\/1 \d{4}-\d\d-\d\d position=15 count=15 streams=9 root=[0-9a-f]{64} key=[0-9a-f]{16} hmac=[0-9a-f]{64}$/,
      );
      const file = /wrote (.+\.json)/.exec(err.text)?.[1] ?? '';
      expect(file.startsWith(join(server.dataDir, 'digests'))).toBe(true);
      const digest = JSON.parse(readFileSync(file, 'utf8'));
      expect(digest).toMatchObject({ position: '15', count: 15, streams: 9 });
      expect(line).toContain(`root=${digest.rootHash}`);
      expect(existsSync(join(server.dataDir, 'digest-key'))).toBe(true);

      const check = io(server);
      expect(await runDigest({ check: file }, check.cli)).toBe(0);
      expect(check.out.text).toMatch(/holds: 15 events up to position 15, root [0-9a-f]{64}: OK/);

      await expect(runDigest({}, io(server).cli)).rejects.toThrow(/exists already/);

      const otherKey = io(server, {
        MEMBERFLOW_DIGEST_KEY: 'another-key-that-is-long-enough-0123456789',
      });
      expect(await runDigest({ check: file }, otherKey.cli)).toBe(2);
      expect(otherKey.out.text).toContain('bad_signature');
    });
  });

  describe('after a row was edited outside the API', () => {
    let digestFile: string;

    beforeAll(async () => {
      const before = io(server);
      await runDigest({ out: join(server.dataDir, 'before-edit.json') }, before.cli);
      digestFile = join(server.dataDir, 'before-edit.json');
      const [, edited] = await eventsOf(server, members[1]);
      const tamper = sqliteTamper(join(server.dataDir, 'events.db'));
      await tamper.editData(edited.eventId, {
        changes: [{ field: 'fullName', old: 'x', new: 'y' }],
      });
      await tamper.close();
    });

    it('memberflow verify exits 2 and names the edited event', async () => {
      const [, edited] = await eventsOf(server, members[1]);
      const { cli, out } = io(server);
      expect(await runVerify({}, cli)).toBe(2);
      expect(out.text).toContain(
        `BROKEN member-${members[1]}#1 hash_mismatch (event ${edited.eventId}, DetailsCorrected, position ${edited.position})`,
      );
      expect(out.text).toContain(': 1 BROKEN stream');
    });

    it('memberflow digest refuses to sign, and the earlier digest no longer holds', async () => {
      const refused = io(server);
      expect(await runDigest({ out: join(server.dataDir, 'after-edit.json') }, refused.cli)).toBe(
        2,
      );
      expect(refused.err.text).toContain('no digest signed');
      expect(existsSync(join(server.dataDir, 'after-edit.json'))).toBe(false);
      const check = io(server);
      expect(await runDigest({ check: digestFile }, check.cli)).toBe(2);
      expect(check.out.text).toContain(`BROKEN member-${members[1]}#1 hash_mismatch`);
      expect(check.out.text).toContain('does NOT hold: chain_broken');
    });
  });
});
