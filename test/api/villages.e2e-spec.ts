import { buildSmallProvince, type SmallProvince } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * Villages (thôn, bản, tổ dân phố) over HTTP (issue 18): established in a commune, served by a
 * residential cell, renamed, merged and dissolved through the command path, in scope when their commune
 * is, and documented in the OpenAPI document like the units' actions.
 */
describe('villages over HTTP', () => {
  let server: TestServer;
  let admin: string;
  let tree: SmallProvince;

  const establish = (body: object, token = admin) =>
    server.request('POST', '/api/villages', { token, body });
  const act = (id: string, action: string, body: object, token = admin) =>
    server.request('POST', `/api/villages/${id}/actions/${action}`, { token, body });

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    tree = await buildSmallProvince(server, admin);
    const cell = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        id: 'chibo-thon-dong',
        parentId: tree.communeId,
        kind: 'cell',
        name: 'Chi bộ thôn Đông',
        code: 'TD',
        attributes: { area: 'rural', residential: true },
        occurredOn: '2015-01-05',
      },
    });
    expect(cell.status).toBe(201);
  }, 30_000);
  afterAll(() => server.close());

  it('establishes a village of a commune, with Location and ETag, and reads it back', async () => {
    const created = await establish({
      id: 'thon-dong',
      communeId: tree.communeId,
      kind: 'village',
      name: 'Thôn Đông',
      code: 'TĐ',
      occurredOn: '2019-06-01',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/villages/thon-dong');
    expect(created.headers.get('etag')).toBe('"0"');
    expect(created.body).toMatchObject({
      id: 'thon-dong',
      status: 'active',
      kind: 'village',
      name: 'Thôn Đông',
      communeId: 'xa',
      commune: { id: 'xa', name: 'Đảng bộ xã Xuân Hòa' },
      cell: null,
      establishedOn: '2019-06-01',
    });
    const read = await server.request('GET', '/api/villages/thon-dong', {
      token: server.token('analyst', tree.districtId),
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"0"');
  });

  it('is served by a residential cell of its commune, and by no other', async () => {
    const refused = await act('thon-dong', 'assign-cell', {
      cellId: tree.cellId,
      occurredOn: '2020-01-10',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.rule).toBe('R-VILLAGE-CELL');
    const served = await act('thon-dong', 'assign-cell', {
      cellId: 'chibo-thon-dong',
      occurredOn: '2020-01-10',
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('etag')).toBe('"1"');
    expect(served.body).toMatchObject({
      cellId: 'chibo-thon-dong',
      cell: { id: 'chibo-thon-dong', name: 'Chi bộ thôn Đông' },
    });
  });

  it('is renamed, merged into another village of its commune, and then takes no step', async () => {
    expect(
      (
        await establish({
          id: 'thon-tay',
          communeId: tree.communeId,
          kind: 'village',
          name: 'Thôn Tây',
          occurredOn: '2019-06-01',
        })
      ).status,
    ).toBe(201);
    const renamed = await act('thon-tay', 'rename', {
      name: 'Thôn Tây Hòa',
      occurredOn: '2020-02-01',
    });
    expect(renamed.body).toMatchObject({ name: 'Thôn Tây Hòa' });
    const merged = await act('thon-tay', 'merge-into', {
      targetId: 'thon-dong',
      occurredOn: '2020-03-01',
      documentRef: '12/NQ-HĐND',
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      status: 'merged',
      mergedIntoId: 'thon-dong',
      endedOn: '2020-03-01',
    });
    const after = await act('thon-tay', 'dissolve', { occurredOn: '2020-04-01' });
    expect(after.status).toBe(422);
    expect(after.body.rule).toBe('R-VILLAGE-INACTIVE');
  });

  it('refuses a village outside a commune, an unknown action and an invalid body', async () => {
    const notACommune = await establish({
      communeId: tree.districtId,
      kind: 'village',
      name: 'Thôn X',
      occurredOn: '2020-01-01',
    });
    expect(notACommune.status).toBe(422);
    expect(notACommune.body.rule).toBe('R-VILLAGE-COMMUNE');
    const unknown = await act('thon-dong', 'annex', { occurredOn: '2020-05-01' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('unknown_action');
    const invalid = await establish({ communeId: 'a b', kind: 'town', name: '', occurredOn: 'x' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'communeId',
      'kind',
      'name',
      'occurredOn',
    ]);
    expect((await server.request('GET', '/api/villages/nowhere', { token: admin })).status).toBe(
      404,
    );
  });

  it('is in a token’s scope when its commune is: read and written only there', async () => {
    const elsewhere = server.token('officer', 'tinh-khac');
    const read = await server.request('GET', '/api/villages/thon-dong', { token: elsewhere });
    expect(read.status).toBe(403);
    const write = await act(
      'thon-dong',
      'rename',
      { name: 'X', occurredOn: '2020-06-01' },
      elsewhere,
    );
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('out_of_scope');
    const created = await establish(
      { communeId: tree.communeId, kind: 'village', name: 'Thôn Y', occurredOn: '2020-06-01' },
      elsewhere,
    );
    expect(created.status).toBe(403);
    const officer = server.token('officer', tree.communeId);
    const renamed = await act(
      'thon-dong',
      'rename',
      { name: 'Thôn Đông Xuân', occurredOn: '2020-06-01' },
      officer,
    );
    expect(renamed.status).toBe(200);
    const analyst = await act(
      'thon-dong',
      'dissolve',
      { occurredOn: '2020-06-02' },
      server.token('analyst', '*'),
    );
    expect(analyst.status).toBe(403);
  });

  it('documents every village action with its own body in the OpenAPI document', async () => {
    const document = (await server.request('GET', '/api/docs-json')).body;
    for (const action of [
      'rename',
      'move',
      'assign-cell',
      'release-cell',
      'merge-into',
      'dissolve',
    ])
      expect(document.paths[`/api/villages/{id}/actions/${action}`]?.post).toBeDefined();
    expect(document.paths['/api/villages'].post['x-memberflow-kind']).toBe('creating-command');
    expect(document.components.schemas.VillageView).toBeDefined();
  });
});
