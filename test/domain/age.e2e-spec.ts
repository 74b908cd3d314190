import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * R-AGE over HTTP (QĐ 24 §1.1; docs/domain-rules.md): the age counts at the cell vote, in months, from
 * 18 ("phải đủ 18 tuổi") to 60; someone of 17 years 11 months may already apply (a warning); over 60
 * only with the province's prior written consent.
 */
describe('the applicant’s age, over HTTP (real server, real store)', () => {
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

  const act = (id: string, action: string, body: Record<string, unknown>) =>
    server.request('POST', `/api/members/${id}/actions/${action}`, { token: admin, body });

  it('takes the application of someone of 17 years 11 months, with a warning', async () => {
    const { id } = await given.member(
      'courseCompleted',
      person('038005000501', { dateOfBirth: '2005-03-15' }),
    );
    const submitted = await act(id, 'submit-application', { occurredOn: '2023-03-01' });
    expect(submitted.status).toBe(200);
    expect(submitted.body.stage).toBe('applying');
    const history = await server.request('GET', `/api/members/${id}/history`, { token: admin });
    expect(history.body.events.at(-1).warnings).toEqual([
      expect.objectContaining({
        rule: 'R-AGE',
        message: expect.objectContaining({
          vi: 'Người vào Đảng phải đủ 18 tuổi khi chi bộ xét kết nạp (tính theo tháng); ngày 01/03/2023 mới 17 tuổi 11 tháng, đủ 18 tuổi từ 15/03/2023',
        }),
      }),
    ]);
  });

  it('refuses the cell vote the day before the 18th birthday and accepts it on the day', async () => {
    const young = person('038005000502', { dateOfBirth: '2005-04-04' });
    const { id } = await given.member('dossierComplete', young);
    const vote = (occurredOn: string) =>
      act(id, 'record-cell-vote', { vote: { entitled: 12, inFavor: 10 }, occurredOn });
    const early = await vote('2023-04-03');
    expect({ status: early.status, rule: early.body.rule }).toEqual({ status: 422, rule: 'R-AGE' });
    expect(early.body.message.vi).toContain('phải đủ 18 tuổi');
    expect(early.body.message.vi).not.toContain('18 tuổi 0 tháng');
    expect((await vote('2023-04-04')).body.stage).toBe('cell_resolved');
  });

  it('considers someone over 60 at the cell vote only with the province’s written consent', async () => {
    const { id } = await given.member(
      'dossierComplete',
      person('038063000503', { dateOfBirth: '1963-03-01' }),
    );
    const vote = (extra: object) =>
      act(id, 'record-cell-vote', {
        vote: { entitled: 12, inFavor: 10 },
        occurredOn: '2023-04-03',
        ...extra,
      });
    const refused = await vote({});
    expect(refused.body.rule).toBe('R-AGE');
    expect(refused.body.message.vi).toBe(
      'Người vào Đảng trên 60 tuổi (60 tuổi 1 tháng) chỉ được xem xét khi có văn bản đồng ý trước của ban thường vụ tỉnh ủy',
    );
    expect((await vote({ overAgeConsentRef: '45-CV/TU' })).status).toBe(200);
  });
});
