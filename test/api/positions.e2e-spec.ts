import { buildSmallProvince, person, provinceBody, type SmallProvince } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * Positions as dated events on a member, over HTTP (issue 18): a village head with the village, a cell
 * secretary and a committee member with the level of their committee, from a date until a date; party
 * posts for official members; the village's commune and the post's unit in the officer's scope; the
 * village a person lives in.
 */
describe('positions and the village of residence over HTTP', () => {
  let server: TestServer;
  let admin: string;
  let officer: string;
  let tree: SmallProvince;
  let given: Given;

  const act = (id: string, action: string, body: object, token = officer) =>
    server.request('POST', `/api/members/${id}/actions/${action}`, { token, body });

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    tree = await buildSmallProvince(server, admin);
    officer = server.token('officer', tree.districtId);
    given = givenOn(server, tree);
    const setUp: [string, object][] = [
      [
        '/api/orgs',
        {
          id: 'chibo-dong',
          parentId: tree.communeId,
          kind: 'cell',
          name: 'Chi bộ thôn Đông',
          code: 'CBD',
          attributes: { area: 'rural', residential: true },
          occurredOn: '2015-01-05',
        },
      ],
      [
        '/api/villages',
        {
          id: 'thon-dong',
          communeId: tree.communeId,
          kind: 'village',
          name: 'Thôn Đông',
          cellId: 'chibo-dong',
          occurredOn: '2016-01-05',
        },
      ],
      ['/api/orgs', provinceBody('tinh-khac')],
      [
        '/api/orgs',
        {
          id: 'xa-khac',
          parentId: 'tinh-khac',
          kind: 'grassroots_committee',
          name: 'Đảng bộ xã Khác',
          code: 'XK',
          attributes: { area: 'rural' },
          occurredOn: '2015-01-06',
        },
      ],
      [
        '/api/villages',
        {
          id: 'thon-khac',
          communeId: 'xa-khac',
          kind: 'hamlet',
          name: 'Bản Khác',
          occurredOn: '2016-01-05',
        },
      ],
    ];
    for (const [path, body] of setUp) {
      const response = await server.request('POST', path, { token: admin, body });
      expect(response.status).toBe(201);
    }
  }, 30_000);
  afterAll(() => server.close());

  it('makes an official member the head of a village, from a date, and ends it on another', async () => {
    const [head] = tree.introducerIds;
    const assigned = await act(head, 'assign-position', {
      position: 'village_head',
      villageId: 'thon-dong',
      occurredOn: '2021-06-01',
      documentRef: '15/QĐ-UBND',
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.positions).toEqual([
      { position: 'village_head', villageId: 'thon-dong', from: '2021-06-01' },
    ]);
    const twice = await act(head, 'assign-position', {
      position: 'village_head',
      villageId: 'thon-dong',
      occurredOn: '2021-07-01',
    });
    expect(twice.status).toBe(422);
    expect(twice.body.rule).toBe('R-POSITION');
    const ended = await act(head, 'end-position', {
      position: 'village_head',
      villageId: 'thon-dong',
      occurredOn: '2024-06-01',
    });
    expect(ended.status).toBe(200);
    expect(ended.body.positions).toEqual([
      { position: 'village_head', villageId: 'thon-dong', from: '2021-06-01', until: '2024-06-01' },
    ]);
    const notHeld = await act(head, 'end-position', {
      position: 'village_head',
      villageId: 'thon-dong',
      occurredOn: '2024-06-02',
    });
    expect(notHeld.status).toBe(422);
  });

  it('records a cell secretary and a committee member with the level of their committee', async () => {
    const [, member] = tree.introducerIds;
    const secretary = await act(member, 'assign-position', {
      position: 'cell_secretary',
      unitId: 'chibo-dong',
      occurredOn: '2022-01-10',
    });
    expect(secretary.status).toBe(200);
    const committee = await act(member, 'assign-position', {
      position: 'committee_member',
      unitId: tree.communeId,
      occurredOn: '2022-01-10',
    });
    expect(committee.status).toBe(200);
    expect(committee.body.positions).toEqual([
      {
        position: 'cell_secretary',
        unitId: 'chibo-dong',
        level: 'cell',
        residential: true,
        from: '2022-01-10',
      },
      {
        position: 'committee_member',
        unitId: tree.communeId,
        level: 'grassroots',
        from: '2022-01-10',
      },
    ]);
  });

  it('gives party posts to official members only, and may make a candidate a village head', async () => {
    const probationary = await given.member('probationary', person('038195000701'));
    const refused = await act(probationary.id, 'assign-position', {
      position: 'cell_deputy_secretary',
      unitId: tree.cellId,
      occurredOn: '2024-01-10',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.rule).toBe('R-POSITION');
    expect(refused.body.message.vi).toContain('phải là đảng viên chính thức');
    const candidate = await given.member('sourced', person('038195000702'));
    const head = await act(candidate.id, 'assign-position', {
      position: 'village_head',
      villageId: 'thon-dong',
      occurredOn: '2024-01-10',
    });
    expect(head.status).toBe(200);
    const front = await act(candidate.id, 'assign-position', {
      position: 'mass_organization_head',
      organization: 'women_union',
      villageId: 'thon-dong',
      occurredOn: '2024-01-10',
    });
    expect(front.status).toBe(200);
  });

  it('needs the village’s commune and the post’s unit in the officer’s scope', async () => {
    const member = await given.member('official', person('038195000703'));
    const elsewhere = await act(member.id, 'assign-position', {
      position: 'village_head',
      villageId: 'thon-khac',
      occurredOn: '2024-06-10',
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.code).toBe('out_of_scope');
    const province = await act(member.id, 'assign-position', {
      position: 'committee_member',
      unitId: tree.provinceId,
      occurredOn: '2024-06-10',
    });
    expect(province.status).toBe(403);
    const byTheProvince = await act(
      member.id,
      'assign-position',
      { position: 'committee_member', unitId: tree.provinceId, occurredOn: '2024-06-10' },
      server.token('officer', tree.provinceId),
    );
    expect(byTheProvince.status).toBe(200);
    expect(byTheProvince.body.positions[0]).toMatchObject({ level: 'province' });
  });

  it('records the village a person lives in, which analysts do not see', async () => {
    const member = await given.member('official', person('038195000704'));
    const recorded = await act(member.id, 'record-residence-village', {
      villageId: 'thon-dong',
      occurredOn: '2024-07-01',
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body.residenceVillageId).toBe('thon-dong');
    const unknown = await act(member.id, 'record-residence-village', {
      villageId: 'thon-khong-co',
      occurredOn: '2024-07-02',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.rule).toBe('R-RESIDENCE');
    const analyst = await server.request('GET', `/api/members/${member.id}`, {
      token: server.token('analyst', tree.districtId),
    });
    expect(analyst.status).toBe(200);
    expect(analyst.body).not.toHaveProperty('residenceVillageId');
  });
});
