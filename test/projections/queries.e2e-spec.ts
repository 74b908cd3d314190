import { todayInVietnam } from '@memberflow/domain';
import { buildSmallProvince, person } from '../support/fixtures';
import { dropSchemas, uniqueSchema } from '../support/postgres';
import { describeOnEachStore, startTestServer, type TestServer } from '../support/test-app';

/** Waits until every projection serves at the head of the store. */
async function caughtUp(server: TestServer, admin: string): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const response = await server.request('GET', '/api/projections', { token: admin });
    const all = response.body?.projections as
      { serving?: { lag: number }; building?: unknown }[] | undefined;
    if (
      response.status === 200 &&
      all?.every((p) => p.serving && p.serving.lag === 0 && !p.building)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('projections did not catch up');
}

describeOnEachStore('analyst queries over HTTP', (store) => {
  let server: TestServer;
  let admin: string;
  let readSchema: string | undefined;

  beforeAll(async () => {
    const read = store === 'postgres' ? uniqueSchema('mf_e2e_read') : undefined;
    readSchema = read?.schema;
    server = await startTestServer(read ? { MEMBERFLOW_READ_DB: read.url } : {}, store);
    admin = server.token('admin');
    await buildSmallProvince(server, admin);
    const imported = await server.request('POST', '/api/members/import', {
      token: admin,
      body: {
        members: [
          { name: 'Nguyễn Văn A', id: '001085000003', ethnicity: 'thai', gender: 'male' },
          { name: 'Đặng Thị Ánh', id: '001085000004', ethnicity: 'kinh', gender: 'female' },
        ].map((m) => ({
          person: person(m.id, {
            fullName: m.name,
            ethnicity: m.ethnicity,
            gender: m.gender,
            dateOfBirth: '1985-07-01',
          }),
          cellId: 'chibo',
          admissionDecisionDate: '2012-03-01',
          ceremonyDate: '2012-03-20',
          recognitionDate: '2013-03-20',
          cardNo: `38000${m.id.slice(-4)}`,
          cardIssuedOn: '2013-06-01',
          occurredOn: '2015-02-01',
        })),
      },
    });
    expect(imported.body.registered).toBe(2);
    const year = Number(todayInVietnam().slice(0, 4));
    const plan = await server.request('PUT', `/api/orgs/huyen/plans/${year}`, {
      token: admin,
      body: { target: 4, occurredOn: `${year}-01-05` },
    });
    expect(plan.status).toBeLessThan(300);
    await caughtUp(server, admin);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    if (readSchema) await dropSchemas(readSchema);
  });

  it('shows the subtree', async () => {
    const response = await server.request('GET', '/api/orgs/tinh/tree?depth=3', { token: admin });
    expect(response.status).toBe(200);
    expect(response.body.tree.children[0]).toMatchObject({
      id: 'huyen',
      children: [{ id: 'xa', children: [{ id: 'chibo' }] }],
    });
  });

  it('finds "Nguyễn Văn A" by "nguyen van a", and members by citizen ID and card number', async () => {
    const analyst = server.token('analyst');
    const byName = await server.request('GET', '/api/orgs/tinh/roster?q=nguyen%20van%20a', {
      token: analyst,
    });
    expect(byName.status).toBe(200);
    expect(byName.body.items.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Nguyễn Văn A',
    ]);
    expect(byName.body.items[0].citizenId).toBeUndefined();
    const byCitizen = await server.request('GET', '/api/members?q=001085000004', { token: admin });
    expect(byCitizen.body.items.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Đặng Thị Ánh',
    ]);
    const byCard = await server.request('GET', '/api/members?q=380000003', { token: admin });
    expect(byCard.body.items.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Nguyễn Văn A',
    ]);
  });

  it('filters the roster and pages it', async () => {
    const minority = await server.request('GET', '/api/orgs/xa/roster?ethnicity=minority', {
      token: admin,
    });
    expect(minority.body.items.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Nguyễn Văn A',
    ]);
    const women = await server.request('GET', '/api/orgs/xa/roster?gender=female&size=1&page=2', {
      token: admin,
    });
    expect(women.body).toMatchObject({ total: 3, page: 2, size: 1 });
    const invalid = await server.request('GET', '/api/orgs/xa/roster?size=0&stage=nope', {
      token: admin,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'size',
      'stage',
    ]);
  });

  it('exports the roster as CSV, without identifiers for analysts', async () => {
    const full = await server.request('GET', '/api/orgs/tinh/roster', {
      token: admin,
      headers: { accept: 'text/csv' },
    });
    expect(full.headers.get('content-type')).toContain('text/csv');
    expect(full.text.split('\r\n')[0]).toContain('citizenId');
    expect(full.text).toContain('Nguyễn Văn A');
    const analyst = await server.request('GET', '/api/orgs/tinh/roster', {
      token: server.token('analyst'),
      headers: { accept: 'text/csv' },
    });
    expect(analyst.text.split('\r\n')[0]).not.toContain('citizenId');
    expect(analyst.text).not.toContain('001085000003');
    expect(analyst.text.split('\r\n').filter(Boolean)).toHaveLength(5);
  });

  it('gives statistics with a row per child, admissions against plan, the pipeline and the worklist', async () => {
    const statistics = await server.request('GET', '/api/orgs/tinh/statistics', { token: admin });
    expect(statistics.status).toBe(200);
    expect(statistics.body.total.members).toMatchObject({
      total: 4,
      byDimension: { ethnicity: { kinh: 3, minority: 1 } },
    });
    expect(statistics.body.total.units).toMatchObject({
      direct_committee: 1,
      grassroots_committee: 1,
      cell: 1,
    });
    expect(statistics.body.children).toHaveLength(1);
    expect(statistics.body.children[0].unit).toMatchObject({
      id: 'huyen',
      name: 'Đảng bộ huyện Thọ Xuân',
    });
    const year = todayInVietnam().slice(0, 4);
    const admissions = await server.request('GET', `/api/orgs/tinh/admissions?year=${year}`, {
      token: admin,
    });
    expect(admissions.body.children[0]).toMatchObject({
      unitId: 'huyen',
      admitted: 0,
      target: 4,
      percent: 0,
    });
    const pipeline = await server.request('GET', '/api/orgs/tinh/pipeline', { token: admin });
    expect(pipeline.status).toBe(200);
    expect(
      pipeline.body.durations.find((d: { from: string }) => d.from === 'admission_decided'),
    ).toMatchObject({ count: 4, medianDays: 19 });
    const worklist = await server.request('GET', '/api/worklist?orgId=xa', { token: admin });
    expect(worklist.status).toBe(200);
    expect(worklist.body.items.map((i: { step: string }) => i.step)).toContain('record-rating');
  });

  it('keeps a token inside its subtree, and auditors out of the analysts queries', async () => {
    const cellOnly = server.token('analyst', 'chibo');
    expect(
      (await server.request('GET', '/api/orgs/tinh/statistics', { token: cellOnly })).status,
    ).toBe(403);
    expect(
      (await server.request('GET', '/api/orgs/chibo/statistics', { token: cellOnly })).status,
    ).toBe(200);
    expect(
      (await server.request('GET', '/api/orgs/tinh/roster', { token: server.token('auditor') }))
        .status,
    ).toBe(403);
    expect((await server.request('GET', '/api/orgs/nowhere/roster', { token: admin })).status).toBe(
      404,
    );
  });

  it('rebuilds a projection blue/green while queries keep answering', async () => {
    const before = await server.request('GET', '/api/projections', { token: admin });
    const generation = before.body.projections.find((p: { name: string }) => p.name === 'members')
      .serving.generation;
    const rebuild = await server.request('POST', '/api/projections/members/rebuild', {
      token: admin,
    });
    expect(rebuild.status).toBe(202);
    expect(
      (await server.request('POST', '/api/projections/nope/rebuild', { token: admin })).status,
    ).toBe(404);
    expect(
      (
        await server.request('POST', '/api/projections/members/rebuild', {
          token: server.token('analyst'),
        })
      ).status,
    ).toBe(403);
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const roster = await server.request('GET', '/api/orgs/tinh/roster', { token: admin });
      expect(roster.body.total).toBe(4);
      const now = await server.request('GET', '/api/projections', { token: admin });
      const members = now.body.projections.find((p: { name: string }) => p.name === 'members');
      if (members.serving.generation > generation && !members.building) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the rebuild did not take over');
  });
});
