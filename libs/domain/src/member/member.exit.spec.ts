import type { MemberEvent } from './member.events';
import {
  OFFICIAL,
  PERSON,
  PROBATIONARY,
  SOURCED,
  command,
  event,
  given,
  importedOfficial,
  stateAfter,
} from './testing';

const decision = { decisionNo: '40-QĐ/HU', decidingUnitId: 'district' };

describe('discipline', () => {
  const discipline = (
    form: 'reprimand' | 'warning' | 'dismissal_from_post' | 'expulsion',
    extra: object = {},
  ) =>
    command('discipline', '2024-10-01', {
      ...decision,
      form,
      violation: 'Vi phạm quy định',
      ...extra,
    });

  it.each(['reprimand', 'warning'] as const)('gives a probationary member a %s', (form) => {
    const state = stateAfter(PROBATIONARY, discipline(form));
    expect(state.stage).toBe('probationary');
    expect(state.disciplines).toEqual([{ on: '2024-10-01', form }]);
  });

  it.each(['dismissal_from_post', 'expulsion'] as const)(
    'rejects %s for a probationary member',
    (form) => {
      given(PROBATIONARY).when(discipline(form)).thenRejects('R-DISCIPLINE-PROBATION');
    },
  );

  it('lets the cell itself decide a reprimand', () => {
    given(OFFICIAL)
      .when(discipline('reprimand', { decidingUnitId: 'cell-1' }))
      .thenAccepted();
  });

  it('rejects a deciding unit outside the member line', () => {
    given(OFFICIAL)
      .when(discipline('warning', { decidingUnitId: 'cell-2' }))
      .thenRejects('R-AUTHORITY');
  });

  it('expels an official member with the cell vote (8 of 12) and the inspection commission approval', () => {
    const expel = discipline('expulsion', {
      vote: { entitled: 12, inFavor: 8 },
      inspectionApprovalRef: '12-QĐ/UBKT',
    });
    const state = stateAfter(OFFICIAL, expel);
    expect(state.stage).toBe('removed');
    expect(state.removal).toEqual({ on: '2024-10-01', form: 'expelled' });
  });

  it('rejects an expulsion without the approval, or with 7 of 12', () => {
    given(OFFICIAL)
      .when(discipline('expulsion', { vote: { entitled: 12, inFavor: 12 } }))
      .thenRejects('R-EXPULSION');
    const rejection = given(OFFICIAL)
      .when(
        discipline('expulsion', {
          vote: { entitled: 12, inFavor: 7 },
          inspectionApprovalRef: '12-QĐ/UBKT',
        }),
      )
      .thenRejects('R-VOTE');
    expect(rejection.message.en).toBe(
      'Expulsion needs at least 2/3 of all official members of the cell in favor (7/12 < 2/3)',
    );
  });
});

describe('remove-name', () => {
  const remove = (
    ground: 'absent_or_dues_unpaid' | 'card_returned' | 'no_progress_after_help',
    unit = 'district',
  ) => command('remove-name', '2024-10-01', { ...decision, decidingUnitId: unit, ground });

  it('removes the name of an official member', () => {
    given(OFFICIAL)
      .when(remove('absent_or_dues_unpaid'))
      .then([
        event('NameRemoved', '2024-10-01', {
          ...decision,
          ground: 'absent_or_dues_unpaid',
          decidingBody: 'standing_committee',
        }),
      ]);
    expect(stateAfter(OFFICIAL, remove('absent_or_dues_unpaid')).removal).toEqual({
      on: '2024-10-01',
      form: 'name_removed',
      ground: 'absent_or_dues_unpaid',
    });
  });

  it('deactivates the card of a removed member', () => {
    const carded = [...OFFICIAL, event('CardIssued', '2024-09-10', { cardNo: '1' })];
    expect(stateAfter(carded, remove('card_returned')).cards).toEqual([
      { cardNo: '1', issuedOn: '2024-09-10', active: false },
    ]);
  });

  it('rejects grounds the record does not support', () => {
    given(OFFICIAL).when(remove('no_progress_after_help')).thenRejects('R-REMOVAL-GROUND');
    given(OFFICIAL).when(remove('card_returned')).thenRejects('R-REMOVAL-GROUND');
  });

  it('rejects a deciding unit without authority', () => {
    given(OFFICIAL).when(remove('absent_or_dues_unpaid', 'grassroots')).thenRejects('R-AUTHORITY');
  });
});

describe('accept-withdrawal', () => {
  const withdraw = (requestedOn = '2024-09-01') =>
    command('accept-withdrawal', '2024-10-01', { ...decision, requestedOn });

  it('accepts the withdrawal of a member without violations', () => {
    expect(stateAfter(OFFICIAL, withdraw()).removal).toEqual({
      on: '2024-10-01',
      form: 'withdrawn',
    });
  });

  it('rejects the withdrawal of a member on the help list', () => {
    const onList = [
      ...OFFICIAL,
      event('PutOnHelpList', '2024-08-20', {
        grounds: ['low_standing'],
        vote: { entitled: 12, inFavor: 9 },
        threshold: { numerator: 2, denominator: 3, strict: false },
      }),
    ];
    given(onList).when(withdraw()).thenRejects('R-WITHDRAWAL');
  });

  it('rejects a request dated after the decision', () => {
    given(OFFICIAL).when(withdraw('2024-10-02')).thenRejects('R-DATE-ORDER');
  });
});

describe('record-death', () => {
  it.each([
    ['probationary', PROBATIONARY],
    ['official', OFFICIAL],
  ])('records the death of a %s member', (_, history) => {
    const death = command('record-death', '2024-11-01', {});
    given(history)
      .when(death)
      .then([event('DeathRecorded', '2024-11-01', {})]);
    expect(stateAfter(history, death).dates.death).toBe('2024-11-01');
  });

  it('rejects recording a candidate death (the candidacy ends instead)', () => {
    given(SOURCED)
      .when(command('record-death', '2024-11-01', {}))
      .thenRejects('R-STAGE');
  });
});

describe('readmit', () => {
  const removedOn = (
    on: string,
    removal: MemberEvent['type'] = 'NameRemoved',
    ground = 'standards_violated_two_years',
  ) => {
    const base = importedOfficial('2010-01-10', '2010-02-03', '2015-01-05');
    const leaving: Record<string, MemberEvent> = {
      NameRemoved: event('NameRemoved', on, {
        ...decision,
        ground: ground as 'standards_violated_two_years',
      }),
      WithdrawalAccepted: event('WithdrawalAccepted', on, { ...decision, requestedOn: on }),
      Disciplined: event('Disciplined', on, { ...decision, form: 'expulsion', violation: 'x' }),
      RecognitionRefused: event('RecognitionRefused', on, {
        ...decision,
        vote: { entitled: 9, inFavor: 9 },
        threshold: { numerator: 2, denominator: 3, strict: false },
      }),
    };
    return [...base, leaving[removal]];
  };
  const readmit = (on: string) => command('readmit', on, { consentRef: '77-CV/TU' });

  it('rejects readmission 35 months after leaving', () => {
    const rejection = given(removedOn('2021-06-01'))
      .when(readmit('2024-05-31'))
      .thenRejects('R-READMIT');
    expect(rejection.message.vi).toBe(
      'Mới ra khỏi Đảng 35 tháng (từ 01/06/2021), cần ít nhất 36 tháng',
    );
  });

  it('readmits 36 months after leaving, back to applying', () => {
    given(removedOn('2021-06-01'))
      .when(readmit('2024-06-01'))
      .then([
        event('Readmitted', '2024-06-01', {
          consentRef: '77-CV/TU',
          cellId: 'cell-1',
          previousRemovalForm: 'name_removed',
          monthsSinceRemoval: 36,
        }),
      ]);
    const state = stateAfter(removedOn('2021-06-01'), readmit('2024-06-01'));
    expect(state).toMatchObject({ stage: 'applying', readmissions: 1, openGapSince: '2021-06-01' });
    expect(state.removal).toBeUndefined();
  });

  it('readmits into another active cell', () => {
    const state = stateAfter(
      removedOn('2021-06-01'),
      command('readmit', '2024-06-01', { consentRef: '1', cellId: 'cell-2' }),
    );
    expect(state.cellId).toBe('cell-2');
  });

  it('refuses a second readmission, however long after the second removal', () => {
    const secondRemoval = [
      ...removedOn('2015-06-01'),
      event('Readmitted', '2018-06-01', {
        consentRef: '1',
        cellId: 'cell-1',
        previousRemovalForm: 'name_removed',
        monthsSinceRemoval: 36,
      }),
      event('AdmissionDecided', '2018-09-03', {
        ...decision,
        extended: false,
        workingDaysAfterResolution: 5,
        warnings: [],
      }),
      event('AdmittedAtCeremony', '2018-09-20', {
        probationEndsOn: '2019-09-20',
        workingDaysAfterDecision: 10,
      }),
      event('NameRemoved', '2019-03-01', { ...decision, ground: 'standards_violated_two_years' }),
    ];
    const rejection = given(secondRemoval).when(readmit('2024-06-01')).thenRejects('R-READMIT');
    expect(rejection.message.en).toBe('Readmission allowed 1 time(s) only (already 1)');
  });

  // Issue 18: this table barred every expulsion, withdrawal, returned card and political-standards
  // removal. QĐ 24 §3.5 bars only abandoning activities, asking to leave (unless for special family
  // hardship), serious disunity, corruption and a serious conviction: the rest are readmitted below.
  it.each([
    ['a withdrawal (asked to leave)', 'WithdrawalAccepted', undefined],
    ['abandonment (absent, dues unpaid)', 'NameRemoved', 'absent_or_dues_unpaid'],
  ] as const)('never readmits after %s', (_, removal, ground) => {
    given(removedOn('2015-06-01', removal, ground))
      .when(readmit('2024-06-01'))
      .thenRejects('R-READMIT');
  });

  it.each([
    ['an expulsion for another violation', 'Disciplined', undefined],
    ['a returned card', 'NameRemoved', 'card_returned'],
    ['political standards', 'NameRemoved', 'political_standards'],
  ] as const)('readmits after %s, 36 months on', (_, removal, ground) => {
    given(removedOn('2015-06-01', removal, ground))
      .when(readmit('2024-06-01'))
      .thenAccepted();
  });

  it('readmits after a probation that was not recognized', () => {
    given(removedOn('2015-06-01', 'RecognitionRefused')).when(readmit('2024-06-01')).thenAccepted();
  });

  it('rejects readmission into an inactive cell', () => {
    given(removedOn('2015-06-01'))
      .when(command('readmit', '2024-06-01', { consentRef: '1', cellId: 'dissolved-cell' }))
      .thenRejects('R-CELL-ACTIVE');
  });
});

describe('correct-details', () => {
  const correct = (
    person: object,
    reason: string | undefined = 'Sai chính tả',
    on = '2024-10-01',
  ) => command('correct-details', on, { person }, { reason, documentRef: 'CV-12' });

  it('records the old and new values of the corrected fields', () => {
    given(OFFICIAL)
      .when(correct({ fullName: 'Nguyễn Văn Ân', residence: 'Phường Láng, Hà Nội' }))
      .then([
        event('DetailsCorrected', '2024-10-01', {
          changes: [{ field: 'fullName', old: 'Nguyễn Văn An', new: 'Nguyễn Văn Ân' }],
        }),
      ]);
    expect(stateAfter(OFFICIAL, correct({ fullName: 'Nguyễn Văn Ân' })).person?.fullName).toBe(
      'Nguyễn Văn Ân',
    );
  });

  it('normalizes before comparing: the same name in NFD is no change', () => {
    const rejection = given(OFFICIAL)
      .when(correct({ fullName: PERSON.fullName.normalize('NFD') }))
      .thenRejects('R-CORRECTION');
    expect(rejection.message.en).toBe('Nothing changes');
  });

  it('records a religion removed as the old value and none', () => {
    const religious = given(OFFICIAL)
      .when(correct({ religion: 'Phật giáo' }))
      .thenAccepted();
    const withReligion = [...OFFICIAL, ...religious];
    given(withReligion)
      .when(correct({ religion: '' }, 'Khai nhầm', '2024-10-02'))
      .then([
        event('DetailsCorrected', '2024-10-02', {
          changes: [{ field: 'religion', old: 'Phật giáo', new: undefined }],
        }),
      ]);
    expect(
      stateAfter(withReligion, correct({ religion: '' }, 'Khai nhầm', '2024-10-02')).person,
    ).not.toHaveProperty('religion');
  });

  it('rejects a correction without a reason', () => {
    given(OFFICIAL)
      .when(correct({ fullName: 'Nguyễn Văn Ân' }, '  '))
      .thenRejects('R-CORRECTION');
  });

  it('rejects a correction that makes the person data invalid', () => {
    given(OFFICIAL)
      .when(correct({ citizenId: '0012000123' }))
      .thenRejects('R-PERSON');
  });

  it('corrects the record of a deceased member too', () => {
    const deceased = [...OFFICIAL, event('DeathRecorded', '2024-09-01', {})];
    given(deceased)
      .when(correct({ hometown: 'Nam Định' }))
      .thenAccepted();
  });

  it('rejects correcting a stream with no member', () => {
    given([])
      .when(correct({ hometown: 'Nam Định' }))
      .thenRejects('R-STAGE');
  });
});
