import { person, provinceBody } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { recorded, storedPerson } from '../support/member-stages';
import { startTestServer, type TestServer } from '../support/test-app';
import { caughtUp } from '../security/support/projections';

/**
 * Admissions broken down, per unit, against the plan, over HTTP (issue 18): by the area of the unit,
 * ethnicity, gender, religion, age band and Youth Union origin; for a year and as of a date; and per
 * unit **as the tree stood in that year**, so that the district rows of 2021 are still there once the
 * 2025 reorganization has merged the districts into the province.
 */
describe('admissions per unit and broken down, over HTTP', () => {
  let server: TestServer;
  let admin: string;
  let given: Given;
  let serial = 0;

  /** A member admitted (decision) on `on` in `cellId`, registered from the records in 2021. */
  const admitted = async (cellId: string, on: string, overrides: Record<string, unknown>) => {
    serial += 1;
    await given.stream([
      recorded('register-existing', 'MemberRegistered', '2021-12-20', {
        person: storedPerson(person(`0383${String(serial).padStart(8, '0')}`, overrides)),
        cellId,
        stage: 'probationary',
        admissionDecisionDate: on,
        ceremonyDate: on,
        probationEndsOn: `${Number(on.slice(0, 4)) + 1}${on.slice(4)}`,
      }),
    ]);
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    given = givenOn(server);
    const post = async (path: string, body: object, method = 'POST') => {
      const response = await server.request(method, path, { token: admin, body });
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${response.text}`);
    };
    const unit = (id: string, parentId: string, kind: string, area: string) =>
      post('/api/orgs', {
        id,
        parentId,
        kind,
        name: id,
        code: id.toUpperCase(),
        attributes: { area },
        occurredOn: '2015-01-06',
      });
    await post('/api/orgs', provinceBody('tinh'));
    await unit('huyen-a', 'tinh', 'direct_committee', 'rural');
    await unit('xa-a', 'huyen-a', 'grassroots_committee', 'rural');
    await unit('cb-a', 'xa-a', 'cell', 'rural');
    await unit('huyen-b', 'tinh', 'direct_committee', 'border');
    await unit('xa-b', 'huyen-b', 'grassroots_committee', 'border');
    await unit('cb-b', 'xa-b', 'cell', 'border');
    for (const [orgId, target] of [
      ['tinh', 8],
      ['huyen-a', 4],
      ['huyen-b', 4],
    ] as const)
      await post(`/api/orgs/${orgId}/plans/2021`, { target, occurredOn: '2021-01-10' }, 'PUT');
    // 2021: three admitted in huyen-a (a Kinh man of 25 from the Youth Union, two women, one Thái and
    // Buddhist, aged 35 and 45), two in huyen-b (a Hmong man of 19, a Kinh woman of 52).
    await admitted('cb-a', '2021-03-10', {
      gender: 'male',
      dateOfBirth: '1996-01-01',
      youthUnionMember: true,
    });
    await admitted('cb-a', '2021-05-10', {
      gender: 'female',
      ethnicity: 'thai',
      religion: 'Phật giáo',
      dateOfBirth: '1986-01-01',
      youthUnionMember: false,
    });
    await admitted('cb-a', '2021-09-10', {
      gender: 'female',
      dateOfBirth: '1976-01-01',
      youthUnionMember: false,
    });
    await admitted('cb-b', '2021-04-10', {
      gender: 'male',
      ethnicity: 'hmong',
      dateOfBirth: '2002-01-01',
      youthUnionMember: true,
    });
    await admitted('cb-b', '2021-11-10', {
      gender: 'female',
      dateOfBirth: '1969-01-01',
      youthUnionMember: false,
    });
    // 1/7/2025 (QĐ 294): no district level; the districts are merged into the province.
    for (const district of ['huyen-a', 'huyen-b'])
      await post(`/api/orgs/${district}/actions/merge-into`, {
        targetId: 'tinh',
        occurredOn: '2025-07-01',
      });
    await caughtUp(server);
  }, 60_000);
  afterAll(() => server.close());

  const admissions = async (query: string) => {
    const response = await server.request('GET', `/api/orgs/tinh/admissions?${query}`, {
      token: server.token('analyst', 'tinh'),
    });
    expect(response.status).toBe(200);
    return response.body;
  };

  it('keeps the 2021 rows of the districts merged in 2025, with their plans and percentages', async () => {
    const report = await admissions('year=2021');
    expect(report.period).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(report.total).toMatchObject({ unitId: 'tinh', admitted: 5, target: 8, percent: 62.5 });
    expect(
      report.children.map(
        (row: { unit: { id: string }; admitted: number; target: number; percent: number }) => [
          row.unit.id,
          row.admitted,
          row.target,
          row.percent,
        ],
      ),
    ).toEqual([
      ['huyen-a', 3, 4, 75],
      ['huyen-b', 2, 4, 50],
    ]);
    // Today the communes stand under the province directly.
    const now = await admissions('');
    expect(now.children.map((row: { unit: { id: string } }) => row.unit.id)).toEqual([
      'xa-a',
      'xa-b',
    ]);
  });

  it('breaks the admissions down by area, gender, ethnicity, religion, age band and Youth Union origin', async () => {
    const report = await admissions('year=2021');
    expect(report.total.breakdown).toEqual({
      area: { urban: 0, rural: 3, border: 2, remote: 0 },
      gender: { male: 2, female: 3 },
      ethnicity: { kinh: 3, minority: 2 },
      religion: { religious: 1, none: 4 },
      ageBand: { '18-30': 2, '31-40': 1, '41-50': 1, '51-60': 1, 'over-60': 0 },
      youthUnion: { member: 2, not_member: 3 },
    });
    const [a, b] = report.children;
    expect(a.breakdown.ethnicity).toEqual({ kinh: 2, minority: 1 });
    expect(b.breakdown.area).toEqual({ urban: 0, rural: 0, border: 2, remote: 0 });
  });

  it('counts up to a date of the year, and refuses a date of another year', async () => {
    const midYear = await admissions('asOf=2021-06-30');
    expect(midYear.year).toBe(2021);
    expect(midYear.period).toEqual({ from: '2021-01-01', to: '2021-06-30' });
    expect(midYear.total).toMatchObject({ admitted: 3, percent: 37.5 });
    expect(midYear.children.map((row: { admitted: number }) => row.admitted)).toEqual([2, 1]);
    const wrong = await server.request(
      'GET',
      '/api/orgs/tinh/admissions?year=2021&asOf=2022-01-01',
      {
        token: admin,
      },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('asOf');
  });

  it('shows the same breakdowns in the statistics of the year', async () => {
    const response = await server.request('GET', '/api/orgs/tinh/statistics?asOf=2021-12-31', {
      token: admin,
    });
    expect(response.body.total.flows).toMatchObject({
      admitted: 5,
      'admitted.area.border': 2,
      'admitted.ethnicity.minority': 2,
      'admitted.youthUnion.member': 2,
    });
  });
});
