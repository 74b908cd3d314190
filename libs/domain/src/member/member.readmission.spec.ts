/**
 * R-READMIT (QĐ 24 §3.5, kept by QĐ 294; docs/domain-rules.md): at least 36 months since leaving, or 60
 * months after a conviction for a less serious offence is expunged; once only; the provincial standing
 * committee's written consent; a new probation. Barred only: abandoning activities, asking to leave
 * (unless for special family hardship), serious disunity, corruption, a serious conviction.
 */
import type { MemberEvent } from './member.events';
import type { GraveViolation } from './member.grounds';
import { command, event, given, importedOfficial, stateAfter } from './testing';

const decision = { decisionNo: '40-QĐ/HU', decidingUnitId: 'district' };
const BASE = importedOfficial('2010-01-10', '2010-02-03', '2015-01-05');

const withdrew = (on: string, specialFamilyHardship?: string): MemberEvent[] => [
  ...BASE,
  event('WithdrawalAccepted', on, {
    ...decision,
    requestedOn: on,
    ...(specialFamilyHardship ? { specialFamilyHardship } : {}),
  }),
];
const expelled = (on: string, graveViolation?: GraveViolation): MemberEvent[] => [
  ...BASE,
  event('Disciplined', on, {
    ...decision,
    form: 'expulsion',
    violation: 'Vi phạm',
    ...(graveViolation ? { graveViolation } : {}),
  }),
];
const readmit = (on: string, extra: object = {}) =>
  command('readmit', on, { consentRef: '77-CV/TU', ...extra });

describe('who may be readmitted', () => {
  it('readmits someone who asked to leave for special family hardship, 36 months on', () => {
    given(withdrew('2021-06-01', 'Chăm sóc cha mẹ già ốm đau, con nhỏ'))
      .when(readmit('2024-06-01'))
      .thenAccepted();
  });

  it('never readmits someone who asked to leave for another reason', () => {
    const rejection = given(withdrew('2015-06-01'))
      .when(readmit('2024-06-01'))
      .thenRejects('R-READMIT');
    expect(rejection.message.vi).toBe(
      'Không xem xét kết nạp lại người đã ra khỏi Đảng vì làm đơn xin ra khỏi Đảng không vì lý do gia đình đặc biệt khó khăn',
    );
  });

  it('readmits someone expelled for a violation that does not bar it', () => {
    given(expelled('2021-06-01')).when(readmit('2024-06-01')).thenAccepted();
  });

  it.each(['serious_disunity', 'corruption', 'serious_crime'] as const)(
    'never readmits someone expelled for %s',
    (violation) => {
      given(expelled('2015-06-01', violation)).when(readmit('2024-06-01')).thenRejects('R-READMIT');
    },
  );

  it.each(['serious', 'very_serious', 'especially_serious'] as const)(
    'never readmits after a conviction for a %s offence',
    (severity) => {
      given(expelled('2015-06-01'))
        .when(readmit('2024-06-01', { conviction: { severity, expungedOn: '2016-01-01' } }))
        .thenRejects('R-READMIT');
    },
  );

  it('needs the provincial standing committee’s written consent', () => {
    given(expelled('2015-06-01'))
      .when(readmit('2024-06-01', { consentRef: ' ' }))
      .thenRejects('R-READMIT');
  });
});

describe('how long after', () => {
  it('waits 60 months after a less serious conviction is expunged, not 36 after leaving', () => {
    const convicted = (expungedOn: string) => ({
      conviction: { severity: 'less_serious', expungedOn },
    });
    // Left in 2015; expunged on 2019-06-02: 59 months on 2024-06-01, 60 on 2024-06-02.
    given(expelled('2015-06-01'))
      .when(readmit('2024-06-01', convicted('2019-06-02')))
      .thenRejects('R-READMIT');
    const [readmitted] = given(expelled('2015-06-01'))
      .when(readmit('2024-06-02', convicted('2019-06-02')))
      .thenAccepted();
    expect(readmitted).toMatchObject({
      data: { conviction: { severity: 'less_serious', expungedOn: '2019-06-02' } },
    });
  });

  it('needs the expunging date of a less serious conviction', () => {
    given(expelled('2015-06-01'))
      .when(readmit('2024-06-01', { conviction: { severity: 'less_serious' } }))
      .thenRejects('R-READMIT');
  });

  it('starts over: back to applying, the earlier admission, probation and recognition cleared', () => {
    const readmitted = stateAfter(expelled('2021-06-01'), readmit('2024-06-03'));
    expect(readmitted).toMatchObject({ stage: 'applying', readmissions: 1 });
    expect(readmitted.dates.probationEnd).toBeUndefined();
    expect(readmitted.dates.officialSince).toBeUndefined();
  });
});

describe('what the exits record for it', () => {
  it('records the special family hardship of a withdrawal', () => {
    const [accepted] = given(BASE)
      .when(
        command('accept-withdrawal', '2024-10-01', {
          ...decision,
          requestedOn: '2024-09-01',
          specialFamilyHardship: '  Chăm sóc cha mẹ già  ',
        }),
      )
      .thenAccepted();
    expect(accepted).toMatchObject({ data: { specialFamilyHardship: 'Chăm sóc cha mẹ già' } });
  });

  it('records the grave violation of an expulsion', () => {
    const state = stateAfter(
      BASE,
      command('discipline', '2024-10-01', {
        ...decision,
        form: 'expulsion',
        violation: 'Tham nhũng',
        graveViolation: 'corruption',
        vote: { entitled: 12, inFavor: 9 },
        inspectionApprovalRef: '12-QĐ/UBKTHU',
      }),
    );
    expect(state.removal).toMatchObject({ form: 'expelled', graveViolation: 'corruption' });
  });
});
