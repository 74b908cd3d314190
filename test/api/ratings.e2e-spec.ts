import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { recorded, storedPerson } from '../support/member-stages';
import { startTestServer, type TestServer } from '../support/test-app';
import { caughtUp } from '../security/support/projections';

/**
 * Quality ratings over HTTP (issue 18): a party organization's yearly rating recorded with its year,
 * grade and decision, and counted by the year rated; members' ratings counted by the year rated too,
 * scored or graded by the rules of that year whenever entered; the excellent quota judged from the
 * ratings stored in the grassroots organization, never from figures the caller sends.
 */
describe('quality ratings of organizations and members over HTTP', () => {
  let server: TestServer;
  let admin: string;
  let tree: SmallProvince;
  let given: Given;
  let serial = 0;

  const statistics = async (unitId: string, asOf: string) => {
    const response = await server.request('GET', `/api/orgs/${unitId}/statistics?asOf=${asOf}`, {
      token: server.token('analyst', tree.provinceId),
    });
    expect(response.status).toBe(200);
    return response.body;
  };
  const rateMember = (id: string, body: object) =>
    server.request('POST', `/api/members/${id}/actions/record-rating`, { token: admin, body });

  /** An official member of `cellId` with the ratings of 2024 stored already. */
  const ratedMember = async (cellId: string, grade?: string) => {
    serial += 1;
    return given.stream([
      recorded('register-existing', 'MemberRegistered', '2015-02-01', {
        person: storedPerson(person(`0382${String(serial).padStart(8, '0')}`)),
        cellId,
        stage: 'official',
        admissionDecisionDate: '2005-03-01',
        ceremonyDate: '2005-03-20',
        officialSince: '2006-03-20',
      }),
      ...(grade === undefined
        ? []
        : [
            recorded('record-rating', 'RatingRecorded', '2025-01-10', {
              year: 2024,
              grade: grade as 'good',
              warnings: [],
            }),
          ]),
    ]);
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    tree = await buildSmallProvince(server, admin);
    given = givenOn(server, tree);
    const other = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        id: 'xa-khac',
        parentId: tree.districtId,
        kind: 'grassroots_committee',
        name: 'Đảng bộ xã Khác',
        code: 'XK',
        attributes: { area: 'rural' },
        occurredOn: '2015-01-05',
      },
    });
    expect(other.status).toBe(201);
    const cell = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        id: 'chibo-khac',
        parentId: 'xa-khac',
        kind: 'cell',
        name: 'Chi bộ Khác',
        code: 'CK',
        attributes: { area: 'rural' },
        occurredOn: '2015-01-05',
      },
    });
    expect(cell.status).toBe(201);
  }, 30_000);
  afterAll(() => server.close());

  it('records an organization’s rating with its year, grade and decision, once a year', async () => {
    const rated = await server.request(
      'POST',
      `/api/orgs/${tree.communeId}/actions/record-rating`,
      {
        token: admin,
        body: { year: 2021, grade: 'excellent', decisionNo: '15-QĐ/HU', occurredOn: '2022-01-20' },
      },
    );
    expect(rated.status).toBe(200);
    expect(rated.body.ratings).toEqual({ 2021: 'excellent' });
    const again = await server.request(
      'POST',
      `/api/orgs/${tree.communeId}/actions/record-rating`,
      {
        token: admin,
        body: { year: 2021, grade: 'good', decisionNo: '16-QĐ/HU', occurredOn: '2022-02-20' },
      },
    );
    expect(again.status).toBe(422);
    expect(again.body.rule).toBe('R-ORG-RATING-ONCE');
  });

  it('scores the organizations’ ratings of 2025 out of 100, as QĐ 366 has it', async () => {
    const withoutScore = await server.request(
      'POST',
      `/api/orgs/${tree.cellId}/actions/record-rating`,
      {
        token: admin,
        body: { year: 2025, grade: 'good', decisionNo: '3-QĐ/ĐU', occurredOn: '2026-01-10' },
      },
    );
    expect(withoutScore.status).toBe(422);
    expect(withoutScore.body.rule).toBe('R-ORG-RATING-SCORE');
    const scored = await server.request('POST', `/api/orgs/${tree.cellId}/actions/record-rating`, {
      token: admin,
      body: {
        year: 2025,
        grade: 'good',
        score: 82,
        decisionNo: '3-QĐ/ĐU',
        occurredOn: '2026-01-10',
      },
    });
    expect(scored.status).toBe(200);
  });

  it('counts ratings by the year rated: 2021’s, entered in 2022, in the figures of 2021', async () => {
    const member = await ratedMember(tree.cellId);
    const rated = await rateMember(member.id, {
      year: 2021,
      grade: 'good',
      occurredOn: '2022-01-15',
    });
    expect(rated.status).toBe(200);
    await caughtUp(server);
    const of2021 = await statistics(tree.provinceId, '2021-12-31');
    expect(of2021.total.flows).toMatchObject({ 'rating.good': 1, 'orgRating.excellent': 1 });
    const of2022 = await statistics(tree.provinceId, '2022-12-31');
    expect(of2022.total.flows).toMatchObject({ 'rating.good': 0, 'orgRating.excellent': 0 });
    const commune = await statistics(tree.districtId, '2021-12-31');
    const row = commune.children.find((child: { unit: { id: string } }) => child.unit.id === 'xa');
    expect(row.flows['orgRating.excellent']).toBe(1);
  });

  it('grades 2024 and scores 2025 whenever they are entered', async () => {
    const member = await ratedMember(tree.cellId);
    const graded = await rateMember(member.id, {
      year: 2024,
      grade: 'complete',
      occurredOn: '2026-01-10',
    });
    expect(graded.status).toBe(200);
    const unscored = await rateMember(member.id, {
      year: 2025,
      grade: 'good',
      occurredOn: '2026-01-10',
    });
    expect(unscored.status).toBe(422);
    expect(unscored.body.rule).toBe('R-RATING-SCORE');
  });

  it('warns of the excellent quota from the ratings stored in the grassroots organization', async () => {
    for (let i = 0; i < 10; i += 1) await ratedMember(tree.cellId, 'good');
    for (let i = 0; i < 2; i += 1) await ratedMember(tree.cellId, 'excellent');
    const member = await ratedMember(tree.cellId);
    for (let i = 0; i < 5; i += 1) await ratedMember('chibo-khac', 'good');
    const elsewhere = await ratedMember('chibo-khac');
    await caughtUp(server);
    // What a caller says of the tally changes nothing: 3 excellent against 10 good is over 1/5.
    const rated = await rateMember(member.id, {
      year: 2024,
      grade: 'excellent',
      occurredOn: '2025-01-20',
      organizationTally: { excellent: 0, good: 100 },
    });
    expect(rated.status).toBe(200);
    const history = await server.request('GET', `/api/members/${member.id}/history`, {
      token: admin,
    });
    const rating = history.body.events.find((e: { type: string }) => e.type === 'RatingRecorded');
    expect(rating.warnings).toEqual([
      expect.objectContaining({
        rule: 'R-RATING-QUOTA',
        details: expect.objectContaining({
          excellent: 3,
          good: 10,
          organizationId: tree.communeId,
        }),
      }),
    ]);
    // In another grassroots organization, with 5 good ratings stored, one excellent is within it.
    await rateMember(elsewhere.id, { year: 2024, grade: 'excellent', occurredOn: '2025-01-20' });
    const other = await server.request('GET', `/api/members/${elsewhere.id}/history`, {
      token: admin,
    });
    const otherRating = other.body.events.find(
      (e: { type: string }) => e.type === 'RatingRecorded',
    );
    expect(otherRating.warnings).toEqual([]);
  });
});
