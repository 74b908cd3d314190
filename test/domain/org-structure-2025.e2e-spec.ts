import { buildSmallProvince, type SmallProvince } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * The 2025 structure over HTTP (QĐ 294-QĐ/TW from 1/7/2025; ADR 0014; docs/domain-rules.md): no new
 * district committee; a commune or ward committee directly under the province (a direct committee at
 * level `commune`) holds grassroots organizations and village cells; bloc committees go on.
 */
describe('the 2025 organization structure over HTTP (real server, real store)', () => {
  let server: TestServer;
  let admin: string;
  let tree: SmallProvince;

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    tree = await buildSmallProvince(server, admin);
  });
  afterAll(() => server.close());

  const establish = (id: string, body: Record<string, unknown>) =>
    server.request('POST', '/api/orgs', {
      token: admin,
      body: { id, name: `Đơn vị ${id}`, code: id.toUpperCase(), ...body },
    });
  const commune = (occurredOn: string) => ({
    parentId: tree.provinceId,
    kind: 'direct_committee',
    attributes: { area: 'rural', level: 'commune', zones: ['mountainous', 'ethnic_minority'] },
    occurredOn,
  });

  it('establishes a commune committee under the province from 1/7/2025, not the day before', async () => {
    const early = await establish('xa-som', commune('2025-06-30'));
    expect({ status: early.status, rule: early.body.rule }).toEqual({
      status: 422,
      rule: 'R-ORG-LEVEL',
    });
    const created = await establish('xa-a', commune('2025-07-01'));
    expect(created.status).toBe(201);
    const read = await server.request('GET', '/api/orgs/xa-a', { token: admin });
    expect(read.body).toMatchObject({
      kind: 'direct_committee',
      attributes: { level: 'commune', zones: ['mountainous', 'ethnic_minority'] },
      parents: [{ id: tree.provinceId }],
    });
  });

  it('refuses a new district committee from 1/7/2025 and accepts a bloc committee', async () => {
    const district = await establish('huyen-moi', {
      parentId: tree.provinceId,
      kind: 'direct_committee',
      attributes: { area: 'rural' },
      occurredOn: '2025-07-01',
    });
    expect({ status: district.status, rule: district.body.rule }).toEqual({
      status: 422,
      rule: 'R-ORG-DISTRICT-ABOLISHED',
    });
    expect(district.body.message.vi).toContain('294-QĐ/TW');
    const bloc = await establish('quan-su', {
      parentId: tree.provinceId,
      kind: 'direct_committee',
      attributes: { area: 'urban', level: 'bloc' },
      occurredOn: '2025-07-01',
    });
    expect(bloc.status).toBe(201);
  });

  it('lets the commune committee hold grassroots organizations and a village cell moved to it', async () => {
    const grassrootsCell = await establish('cb-truong-hoc', {
      parentId: 'xa-a',
      kind: 'grassroots_cell',
      attributes: { area: 'rural' },
      occurredOn: '2025-07-01',
    });
    expect(grassrootsCell.status).toBe(201);
    const moved = await server.request('POST', `/api/orgs/${tree.cellId}/actions/move`, {
      token: admin,
      body: { parentId: 'xa-a', occurredOn: '2025-07-01' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.parents.map((unit: { id: string }) => unit.id)).toEqual([
      'xa-a',
      tree.provinceId,
    ]);
  });

  it('refuses a village cell under a bloc committee, and a level on a cell', async () => {
    const underBloc = await establish('cb-khoi', {
      parentId: 'quan-su',
      kind: 'cell',
      attributes: { area: 'urban' },
      occurredOn: '2025-07-02',
    });
    expect(underBloc.body.rule).toBe('R-ORG-NESTING');
    const levelled = await establish('cb-cap', {
      parentId: 'xa-a',
      kind: 'cell',
      attributes: { area: 'rural', level: 'commune' },
      occurredOn: '2025-07-02',
    });
    expect(levelled.body.rule).toBe('R-ORG-ATTRIBUTES');
  });

  it('names an unknown level or zone in a 400', async () => {
    const response = await establish('xa-sai', {
      ...commune('2025-07-01'),
      attributes: { area: 'rural', level: 'hamlet', zones: ['desert'] },
    });
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['attributes.level', 'attributes.zones']));
  });
});
