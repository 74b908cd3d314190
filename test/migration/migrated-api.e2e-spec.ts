import { migrateStore, openEventStore } from '@memberflow/event-store';
import { startTestServer, type TestServer } from '../support/test-app';
import { PG_URL, dropSchemas, postgresAnswers, uniqueSchema } from '../support/postgres';

const suite = 'the API after migrate-store from SQLite to PostgreSQL';

/** province → district → commune → cell, as an admin establishes them. */
const UNITS = [
  { id: 'tinh-mg', kind: 'province', name: 'Đảng bộ tỉnh Mường Giang', code: 'MG' },
  {
    id: 'huyen-mg',
    parentId: 'tinh-mg',
    kind: 'direct_committee',
    name: 'Đảng bộ huyện Sơn',
    code: 'HS',
  },
  {
    id: 'xa-mg',
    parentId: 'huyen-mg',
    kind: 'grassroots_committee',
    name: 'Đảng bộ xã Đông',
    code: 'XD',
  },
  { id: 'chi-bo-mg', parentId: 'xa-mg', kind: 'cell', name: 'Chi bộ thôn Bến Đò', code: 'BD' },
];

if (postgresAnswers()) {
  describe(suite, () => {
    const servers: TestServer[] = [];
    const schemas: string[] = [];

    afterAll(async () => {
      for (const server of servers) await server.close();
      await dropSchemas(...schemas);
    });

    it('serves the same member and unit from the migrated store as from the original', async () => {
      // 1. On the embedded SQLite store: a unit and a member, through HTTP.
      const before = await startTestServer();
      servers.push(before);
      const admin = before.token('admin', '*');
      for (const unit of UNITS) {
        const established = await before.request('POST', '/api/orgs', {
          token: admin,
          body: { ...unit, attributes: { area: 'rural' }, occurredOn: '2021-01-04' },
        });
        expect(established.status).toBe(201);
      }
      const sourced = await before.request('POST', '/api/members', {
        token: before.token('officer', 'tinh-mg'),
        body: {
          person: {
            fullName: 'Lò Thị Mai Phương',
            gender: 'female',
            dateOfBirth: '2001-09-02',
            ethnicity: 'thai',
            citizenId: '014301000777',
            hometown: 'Sơn La',
            residence: 'Bản Bến Đò, xã Đông',
            education: 'upper_secondary',
            professionalLevel: 'college',
            politicalTheory: 'none',
            occupation: 'Giáo viên mầm non',
            youthUnionMember: true,
          },
          cellId: 'chi-bo-mg',
          proposedBy: 'youth_union',
          occurredOn: '2024-03-11',
        },
      });
      expect(sourced.status).toBe(201);
      const memberPath = sourced.headers.get('location') ?? '';
      expect(memberPath).toMatch(/^\/api\/members\/.+/);
      const auditor = before.token('auditor', '*');
      const member = await before.request('GET', memberPath, { token: auditor });
      const cell = await before.request('GET', '/api/orgs/chi-bo-mg', { token: auditor });
      expect([member.status, cell.status]).toEqual([200, 200]);

      // 2. migrate-store from the server's SQLite file into a PostgreSQL schema of its own.
      const { schema, url } = uniqueSchema('mf_migrate');
      schemas.push(schema);
      const source = await openEventStore(before.config.eventStoreUrl);
      const target = await openEventStore(url);
      const summary = await migrateStore({ source, target });
      await Promise.all([source.close(), target.close()]);
      expect(summary).toMatchObject({ outcome: 'complete', verification: { ok: true, events: 5 } });

      // 3. A server on the PostgreSQL store answers the same.
      const after = await startTestServer({ MEMBERFLOW_EVENT_STORE: url });
      servers.push(after);
      expect(after.config.eventStoreUrl).toBe(url);
      const reader = after.token('auditor', '*');
      const memberAfter = await after.request('GET', memberPath, { token: reader });
      const cellAfter = await after.request('GET', '/api/orgs/chi-bo-mg', { token: reader });
      expect(memberAfter.status).toBe(200);
      expect(memberAfter.body).toEqual(member.body);
      expect(memberAfter.headers.get('etag')).toBe(member.headers.get('etag'));
      expect(cellAfter.body).toEqual(cell.body);

      // 4. And writes continue on it, on top of the migrated chain.
      const renamed = await after.request('POST', '/api/orgs/chi-bo-mg/actions/rename', {
        token: after.token('admin', '*'),
        body: { name: 'Chi bộ thôn Bến Đò Mới', occurredOn: '2025-02-03' },
        headers: { 'if-match': cell.headers.get('etag') ?? '' },
      });
      expect(renamed.status).toBe(200);
    });
  });
} else if (process.env.CI) {
  it(`${suite}: needs a PostgreSQL server in CI`, () => {
    throw new Error(`no PostgreSQL server at ${PG_URL}`);
  });
} else {
  process.stderr.write(`SKIPPED: ${suite} — no PostgreSQL server at ${PG_URL}\n`);
  it.skip(`${suite} (no PostgreSQL server at ${PG_URL})`, () => undefined);
}
