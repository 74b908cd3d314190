import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { stepsUpTo } from '../support/member-stages';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * R-AUTHORITY over HTTP (QĐ 24 §4.3.2, QĐ 294; docs/domain-rules.md): the standing committee of the
 * direct superior decides, not any unit above the cell; an authorised grassroots committee as a full
 * committee; a commune committee from 1/7/2025; the province for applicants over 60. The deciding body
 * and its vote are recorded with the decision.
 */
describe('who decides an admission, over HTTP (real server, real store)', () => {
  let server: TestServer;
  let admin: string;
  let tree: SmallProvince;
  let given: Given;

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    tree = await buildSmallProvince(server, admin);
    given = givenOn(server, tree);
  });
  afterAll(() => server.close());

  const decide = (id: string, decidingUnitId: string, extra: object = {}) =>
    server.request('POST', `/api/members/${id}/actions/decide-admission`, {
      token: admin,
      body: { decisionNo: '125-QĐ', decidingUnitId, occurredOn: '2023-05-02', ...extra },
    });
  const lastEvent = async (id: string) => {
    const history = await server.request('GET', `/api/members/${id}/history`, { token: admin });
    return history.body.events[history.body.events.length - 1];
  };

  it('refuses the province for a cell of a district, naming the district’s standing committee', async () => {
    const { id } = await given.member('committeeEndorsed', '038095000201');
    const refused = await decide(id, tree.provinceId);
    expect(refused.status).toBe(422);
    expect(refused.body.rule).toBe('R-AUTHORITY');
    expect(refused.body.message.vi).toContain(
      'có thẩm quyền: ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng (Đảng bộ huyện Thọ Xuân)',
    );
  });

  it('admits by the district’s standing committee with more than half of it, recording its vote', async () => {
    const { id } = await given.member('committeeEndorsed', '038095000202');
    const short = await decide(id, tree.districtId, { decisionVote: { entitled: 8, inFavor: 4 } });
    expect({ status: short.status, rule: short.body.rule }).toEqual({
      status: 422,
      rule: 'R-VOTE',
    });
    const admitted = await decide(id, tree.districtId, {
      decisionVote: { entitled: 9, inFavor: 5 },
    });
    expect(admitted.status).toBe(200);
    expect(admitted.body.stage).toBe('admission_decided');
    expect((await lastEvent(id)).data).toMatchObject({
      decidingUnitId: tree.districtId,
      decidingBody: 'standing_committee',
      decisionVote: { entitled: 9, inFavor: 5 },
      decisionThreshold: { numerator: 1, denominator: 2, strict: true },
    });
  });

  it('lets the province decide alone for an applicant over 60 at the cell vote, its consent recorded before', async () => {
    const older = person('038063000203', { dateOfBirth: '1963-01-01' });
    const withConsent = stepsUpTo('committeeEndorsed', tree, older).map((step) =>
      step.event.type === 'ApplicationSubmitted'
        ? {
            ...step,
            event: { ...step.event, data: { ...step.event.data, overAgeConsentRef: '45-CV/TU' } },
          }
        : step,
    );
    const { id } = await given.stream(withConsent as typeof withConsent);
    const byDistrict = await decide(id, tree.districtId);
    expect({ status: byDistrict.status, rule: byDistrict.body.rule }).toEqual({
      status: 422,
      rule: 'R-AUTHORITY',
    });
    expect(byDistrict.body.message.vi).toContain('trên 60 tuổi do tỉnh ủy quyết định');
    const byProvince = await decide(id, tree.provinceId);
    expect(byProvince.status).toBe(200);
    expect((await lastEvent(id)).data.decidingBody).toBe('provincial_standing_committee');

    const { id: withoutConsent } = await given.member(
      'committeeEndorsed',
      person('038063000204', { dateOfBirth: '1963-01-01' }),
    );
    const noConsent = await decide(withoutConsent, tree.provinceId);
    expect({ status: noConsent.status, rule: noConsent.body.rule }).toEqual({
      status: 422,
      rule: 'R-AGE',
    });
  });

  it('has a commune committee under the province decide for its cells from 1/7/2025', async () => {
    const commune = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        id: 'xa-moi',
        parentId: tree.provinceId,
        kind: 'direct_committee',
        name: 'Đảng bộ xã Xuân Hòa mới',
        code: 'XHM',
        attributes: { area: 'rural', level: 'commune' },
        occurredOn: '2025-07-01',
      },
    });
    expect(commune.status).toBe(201);
    const cell = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        id: 'chibo-thon-2',
        parentId: 'xa-moi',
        kind: 'cell',
        name: 'Chi bộ thôn 2',
        code: 'T2',
        attributes: { area: 'rural', residential: true },
        occurredOn: '2025-07-01',
      },
    });
    expect(cell.status).toBe(201);
    const inCommune = givenOn(server, { ...tree, cellId: 'chibo-thon-2' });
    const { id } = await inCommune.member('committeeEndorsed', '038095000205');
    const late = { occurredOn: '2025-07-15' };
    expect((await decide(id, tree.provinceId, late)).body.rule).toBe('R-AUTHORITY');
    expect((await decide(id, tree.districtId, late)).body.rule).toBe('R-AUTHORITY');
    const admitted = await decide(id, 'xa-moi', late);
    expect(admitted.status).toBe(200);
    expect((await lastEvent(id)).data.decidingBody).toBe('standing_committee');
  });

  it('lets an authorised grassroots committee decide as a full committee, by two thirds', async () => {
    const granted = await server.request(
      'POST',
      `/api/orgs/${tree.communeId}/actions/grant-admission-authority`,
      { token: admin, body: { occurredOn: '2023-01-02' } },
    );
    expect(granted.status).toBe(200);
    const { id } = await given.member('committeeEndorsed', '038095000206');
    const short = await decide(id, tree.communeId, { decisionVote: { entitled: 9, inFavor: 5 } });
    expect(short.body.rule).toBe('R-VOTE');
    const admitted = await decide(id, tree.communeId, {
      decisionVote: { entitled: 9, inFavor: 6 },
    });
    expect(admitted.status).toBe(200);
    expect((await lastEvent(id)).data).toMatchObject({
      decidingBody: 'authorised_committee',
      decisionThreshold: { numerator: 2, denominator: 3, strict: false },
    });
  });
});
