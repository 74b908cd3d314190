import { buildSmallProvince, person } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-app';

/** "What did we report on that day, and what do we know now about that day?" over real HTTP. */
describe('statistics as known at a record time', () => {
  let server: TestServer;
  let admin: string;
  let knownBefore: string;

  const caughtUp = async (): Promise<void> => {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const health = await server.request('GET', '/health');
      const projections = health.body?.projections as
        { lag?: number; building: boolean }[] | undefined;
      if (projections?.every((p) => p.lag === 0 && !p.building)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('projections did not catch up');
  };
  const members = async (query: string): Promise<number> => {
    const response = await server.request('GET', `/api/orgs/tinh/statistics${query}`, {
      token: admin,
    });
    expect(response.status).toBe(200);
    return response.body.total.members.total;
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    await buildSmallProvince(server, admin);
    await caughtUp();
    await new Promise((resolve) => setTimeout(resolve, 20));
    knownBefore = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Recorded later, about members admitted years before: a late entry for the 2016 figures.
    const late = await server.request('POST', '/api/members/import', {
      token: admin,
      body: {
        members: ['001080000003', '001080000004'].map((citizenId) => ({
          person: person(citizenId, { fullName: 'Phạm Văn Dũng', dateOfBirth: '1982-01-01' }),
          cellId: 'chibo',
          admissionDecisionDate: '2012-03-01',
          ceremonyDate: '2012-03-20',
          recognitionDate: '2013-03-20',
          occurredOn: '2016-06-01',
        })),
      },
    });
    expect(late.body.registered).toBe(2);
    await caughtUp();
  }, 60_000);
  afterAll(() => server.close());

  it('answers today as known now and as known before the late entries', async () => {
    expect(await members('')).toBe(4);
    expect(await members(`?knownAt=${knownBefore}`)).toBe(2);
  }, 60_000);

  it('answers a past date both ways: what we reported then, what we know now about then', async () => {
    expect(await members('?asOf=2016-12-31')).toBe(4);
    expect(await members(`?asOf=2016-12-31&knownAt=${knownBefore}`)).toBe(2);
  }, 60_000);

  it('refuses a knownAt that is not a time, or in the future, naming the parameter', async () => {
    const bad = await server.request('GET', '/api/orgs/tinh/statistics?knownAt=yesterday', {
      token: admin,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('knownAt');
    const future = await server.request('GET', '/api/orgs/tinh/statistics?knownAt=2999-01-01', {
      token: admin,
    });
    expect(future.status).toBe(400);
  });
});
