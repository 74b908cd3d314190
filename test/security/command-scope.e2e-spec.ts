import type { TestServer } from '../support/test-app';
import { ON } from './support/sample-bodies';
import { startWithTwoProvinces, type TwoProvinces } from './support/two-provinces';

/**
 * A command is checked on every unit it names (docs/security.md §1), not only on the member's own
 * cell: an officer of one district cannot move its member into another committee's cell, nor record a
 * decision in the name of a unit outside its scope. Nothing is written by a refused command.
 */
describe('every unit a member command names is in the caller’s scope', () => {
  let server: TestServer;
  let fx: TwoProvinces;
  let officerA: string;

  beforeAll(async () => {
    ({ server, fx } = await startWithTwoProvinces());
    officerA = server.token('officer', fx.a.districtId);
  }, 60_000);
  afterAll(() => server.close());

  const headPosition = async () => (await server.request('GET', '/health')).body.store.headPosition;
  const act = (token: string, id: string, action: string, body: object) =>
    server.request('POST', `/api/members/${id}/actions/${action}`, { token, body });

  it.each([
    ['a permanent transfer', { kind: 'permanent', introducedOn: '2025-03-10' }],
    ['a temporary transfer', { kind: 'temporary', purpose: 'training', until: '2026-03-14' }],
  ])('refuses %s into another committee’s cell, naming the cell', async (_label, transfer) => {
    const memberId = fx.a.officialIds[0];
    const before = await headPosition();
    const response = await act(officerA, memberId, 'transfer', {
      ...ON,
      ...transfer,
      targetCellId: fx.b.cellId,
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'out_of_scope' });
    expect(response.body.message.vi).toContain(fx.b.cellId);
    expect(await headPosition()).toBe(before);
    const member = await server.request('GET', `/api/members/${memberId}`, { token: officerA });
    expect(member.body.cellId).toBe(fx.a.cellId);
  });

  it('refuses a decision recorded in the name of a unit outside the scope', async () => {
    const before = await headPosition();
    const response = await act(officerA, fx.a.candidateId, 'decide-admission', {
      ...ON,
      decisionNo: '125-QĐ/HU',
      decidingUnitId: fx.b.districtId,
    });
    expect(response.status).toBe(403);
    expect(response.body.message.en).toContain(fx.b.districtId);
    expect(await headPosition()).toBe(before);
  });

  it('lets the officer transfer inside its scope, and a whole-deployment admin across it', async () => {
    const inside = await act(officerA, fx.a.officialIds[1], 'transfer', {
      ...ON,
      kind: 'temporary',
      purpose: 'training',
      until: '2026-03-14',
      targetCellId: await fx.freshCell(fx.a),
    });
    expect(inside.status).toBe(200);
    const across = await act(server.token('admin', '*'), fx.a.officialIds[0], 'transfer', {
      ...ON,
      kind: 'temporary',
      purpose: 'training',
      until: '2026-03-14',
      targetCellId: fx.b.cellId,
    });
    expect(across.status).toBe(200);
    expect(across.body.temporaryCellId ?? across.body.cellId).toBeDefined();
  });
});
