import type { MemberEvent } from '@memberflow/domain/member';
import { buildSmallProvince, type SmallProvince } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { recorded, storedPerson, stepsUpTo, type RecordedStep } from '../support/member-stages';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * R-READMIT over HTTP (QĐ 24 §3.5, kept by QĐ 294; docs/domain-rules.md): 36 months after leaving, or
 * 60 after a less serious conviction is expunged; once; the provincial consent. Barred only: abandoning
 * activities, asking to leave (unless for special family hardship), serious disunity, corruption, a
 * serious conviction. An expelled member is not barred as such.
 */
describe('readmission over HTTP (real server, real store)', () => {
  let server: TestServer;
  let officer: string;
  let tree: SmallProvince;
  let given: Given;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await buildSmallProvince(server, server.token('admin', '*'));
    officer = server.token('officer', 'huyen');
    given = givenOn(server, tree);
  });
  afterAll(() => server.close());

  const act = (id: string, action: string, body: Record<string, unknown>) =>
    server.request('POST', `/api/members/${id}/actions/${action}`, { token: officer, body });
  const decision = () => ({ decisionNo: '40-QĐ/HU', decidingUnitId: tree.districtId });

  /** A member imported as official in 2015, who left on `on` by `exit`. */
  async function leftOn(citizenId: string, on: string, exit: MemberEvent): Promise<string> {
    const steps: RecordedStep[] = [
      recorded('register-existing', 'MemberRegistered', '2015-02-01', {
        person: storedPerson(citizenId),
        cellId: tree.cellId,
        stage: 'official',
        admissionDecisionDate: '2010-03-01',
        ceremonyDate: '2010-03-20',
        probationEndsOn: '2011-03-20',
        officialSince: '2011-03-20',
      }),
      {
        action: exit.type === 'Disciplined' ? 'discipline' : 'accept-withdrawal',
        event: { ...exit, occurredOn: on },
      },
    ];
    return (await given.stream(steps)).id;
  }
  const withdrawal = (specialFamilyHardship?: string): MemberEvent => ({
    type: 'WithdrawalAccepted',
    occurredOn: '',
    data: {
      ...decision(),
      requestedOn: '2019-01-02',
      ...(specialFamilyHardship ? { specialFamilyHardship } : {}),
    },
  });
  const expulsion = (graveViolation?: 'corruption'): MemberEvent => ({
    type: 'Disciplined',
    occurredOn: '',
    data: {
      ...decision(),
      form: 'expulsion',
      violation: 'Vi phạm',
      vote: { entitled: 12, inFavor: 9 },
      inspectionApprovalRef: '12-QĐ/UBKT',
      ...(graveViolation ? { graveViolation } : {}),
    },
  });
  const readmit = (id: string, occurredOn: string, extra: object = {}) =>
    act(id, 'readmit', { consentRef: '77-CV/TU', occurredOn, ...extra });

  it('readmits someone who asked to leave for special family hardship, 36 months on, back to applying', async () => {
    const id = await leftOn('038080000301', '2019-03-01', withdrawal('Chăm sóc cha mẹ già ốm đau'));
    const early = await readmit(id, '2022-02-28');
    expect({ status: early.status, rule: early.body.rule }).toEqual({
      status: 422,
      rule: 'R-READMIT',
    });
    const readmitted = await readmit(id, '2022-03-01');
    expect(readmitted.status).toBe(200);
    expect(readmitted.body).toMatchObject({ stage: 'applying', readmissions: 1 });
  });

  it('never readmits someone who asked to leave for another reason', async () => {
    const id = await leftOn('038080000302', '2019-03-01', withdrawal());
    const refused = await readmit(id, '2024-03-01');
    expect({ status: refused.status, rule: refused.body.rule }).toEqual({
      status: 422,
      rule: 'R-READMIT',
    });
    expect(refused.body.message.vi).toContain(
      'xin ra khỏi Đảng không vì lý do gia đình đặc biệt khó khăn',
    );
  });

  it('readmits an expelled member, unless the expulsion was for corruption', async () => {
    const expelled = await leftOn('038080000303', '2019-03-01', expulsion());
    expect((await readmit(expelled, '2022-03-01')).status).toBe(200);
    const corrupt = await leftOn('038080000304', '2019-03-01', expulsion('corruption'));
    const refused = await readmit(corrupt, '2024-03-01');
    expect(refused.body.rule).toBe('R-READMIT');
    expect(refused.body.message.vi).toContain('tham nhũng');
  });

  it('waits 60 months after a less serious conviction is expunged, and never after a serious one', async () => {
    const id = await leftOn('038080000305', '2017-03-01', expulsion());
    const convicted = { conviction: { severity: 'less_serious', expungedOn: '2020-01-15' } };
    expect((await readmit(id, '2025-01-14', convicted)).body.rule).toBe('R-READMIT');
    expect(
      (
        await readmit(id, '2025-01-14', {
          conviction: { severity: 'serious', expungedOn: '2018-01-15' },
        })
      ).body.rule,
    ).toBe('R-READMIT');
    const readmitted = await readmit(id, '2025-01-15', convicted);
    expect(readmitted.status).toBe(200);
  });

  it('records a withdrawal for family hardship and an expulsion for a grave violation on the member', async () => {
    const { id } = await given.member('official', '038095000306');
    const accepted = await act(id, 'accept-withdrawal', {
      ...decision(),
      requestedOn: '2024-06-03',
      specialFamilyHardship: 'Hoàn cảnh gia đình đặc biệt khó khăn',
      occurredOn: '2024-06-10',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.removal).toMatchObject({ form: 'withdrawn', familyHardship: true });

    const { id: other } = await given.stream(stepsUpTo('official', tree, '038095000307'));
    const expelled = await act(other, 'discipline', {
      ...decision(),
      form: 'expulsion',
      violation: 'Tham nhũng',
      graveViolation: 'corruption',
      vote: { entitled: 12, inFavor: 9 },
      inspectionApprovalRef: '12-QĐ/UBKT',
      occurredOn: '2024-06-10',
    });
    expect(expelled.status).toBe(200);
    expect(expelled.body.removal).toMatchObject({ form: 'expelled', graveViolation: 'corruption' });
  });
});
