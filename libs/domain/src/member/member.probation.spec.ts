import { POLICY_2021 } from '../policy/policy-2021';
import type { RegisterExistingPayload } from './member.commands';
import {
  CALENDAR,
  PERSON,
  PROBATIONARY,
  RECOGNITION_VOTED,
  command,
  event,
  given,
  stateAfter,
} from './testing';

const TWO_THIRDS = POLICY_2021.admission.cellVote;

describe('record-recognition-vote', () => {
  const vote = (on: string, inFavor = 10) =>
    command('record-recognition-vote', on, { cellVote: { entitled: 12, inFavor } });

  it('rejects the vote one day before the 12 months of probation end', () => {
    const rejection = given(PROBATIONARY).when(vote('2024-07-19')).thenRejects('R-PROBATION-END');
    expect(rejection.message.vi).toBe(
      'Chưa hết thời gian dự bị: thời gian dự bị kết thúc ngày 20/07/2024',
    );
  });

  it('accepts the vote on the day the probation ends', () => {
    given(PROBATIONARY)
      .when(vote('2024-07-20'))
      .then([
        event('RecognitionVoteRecorded', '2024-07-20', {
          cellVote: { entitled: 12, inFavor: 10 },
          threshold: TWO_THIRDS,
          passed: true,
          warnings: [],
        }),
      ]);
  });

  it('records a failed vote (7 of 12) and keeps the member probationary', () => {
    const state = stateAfter(PROBATIONARY, vote('2024-07-22', 7));
    expect(state.stage).toBe('probationary');
    expect(state.votes.recognition?.passed).toBe(false);
  });

  it('fails when the committee vote falls short even though the cell passed', () => {
    const [recorded] = given(PROBATIONARY)
      .when(
        command('record-recognition-vote', '2024-07-22', {
          cellVote: { entitled: 12, inFavor: 10 },
          committeeVote: { entitled: 9, inFavor: 5 },
        }),
      )
      .thenAccepted();
    expect(recorded).toMatchObject({ data: { passed: false } });
  });

  it('flags a vote later than 30 working days after the probation ended', () => {
    const late = CALENDAR.addWorkingDays('2024-07-20', 31);
    const [recorded] = given(PROBATIONARY).when(vote(late)).thenAccepted();
    expect(recorded).toMatchObject({ data: { warnings: [{ rule: 'R-DEADLINE' }] } });
    const onTime = CALENDAR.addWorkingDays('2024-07-20', 30);
    expect(given(PROBATIONARY).when(vote(onTime)).thenAccepted()[0]).toMatchObject({
      data: { warnings: [] },
    });
  });
});

describe('recognize-official', () => {
  const decision = { decisionNo: '310-QĐ/HU', decidingUnitId: 'district' };

  it('makes the member official from the end of the probation', () => {
    given(RECOGNITION_VOTED)
      .when(command('recognize-official', '2024-08-01', decision))
      .then([
        event('RecognizedAsOfficial', '2024-08-01', {
          ...decision,
          decidingBody: 'standing_committee',
          officialSince: '2024-07-20',
          warnings: [],
        }),
      ]);
  });

  it('keeps the end of probation as the official date even when decided late, and flags it', () => {
    const late = CALENDAR.addWorkingDays('2024-07-22', 31);
    const [recognized] = given(RECOGNITION_VOTED)
      .when(command('recognize-official', late, decision))
      .thenAccepted();
    expect(recognized).toMatchObject({
      data: { officialSince: '2024-07-20', warnings: [{ rule: 'R-DEADLINE' }] },
    });
    expect(stateAfter(RECOGNITION_VOTED, command('recognize-official', late, decision)).stage).toBe(
      'official',
    );
  });

  it('rejects recognition without a recognition vote', () => {
    given(PROBATIONARY)
      .when(command('recognize-official', '2024-08-01', decision))
      .thenRejects('R-RECOGNITION-VOTE');
  });

  it('rejects recognition after a failed recognition vote', () => {
    const failed = [
      ...PROBATIONARY,
      event('RecognitionVoteRecorded', '2024-07-22', {
        cellVote: { entitled: 12, inFavor: 7 },
        threshold: TWO_THIRDS,
        passed: false,
        warnings: [],
      }),
    ];
    given(failed)
      .when(command('recognize-official', '2024-08-01', decision))
      .thenRejects('R-RECOGNITION-VOTE');
  });

  it('rejects recognition before the probation ends', () => {
    given(PROBATIONARY)
      .when(command('recognize-official', '2024-07-19', decision))
      .thenRejects('R-PROBATION-END');
  });

  it('rejects recognition by a unit without authority', () => {
    given(RECOGNITION_VOTED)
      .when(
        command('recognize-official', '2024-08-01', { ...decision, decidingUnitId: 'grassroots' }),
      )
      .thenRejects('R-AUTHORITY');
  });
});

describe('refuse-recognition', () => {
  const refusal = (inFavor: number) =>
    command('refuse-recognition', '2024-08-01', {
      decisionNo: '311-QĐ/HU',
      decidingUnitId: 'district',
      vote: { entitled: 12, inFavor },
    });

  it('removes the probationary member with two thirds of the cell (8 of 12)', () => {
    const state = stateAfter(PROBATIONARY, refusal(8));
    expect(state.stage).toBe('removed');
    expect(state.removal).toEqual({ on: '2024-08-01', form: 'probation_not_recognized' });
  });

  it('rejects the removal with 7 of 12, explaining the share', () => {
    const rejection = given(PROBATIONARY).when(refusal(7)).thenRejects('R-VOTE');
    expect(rejection.message.vi).toBe(
      'Xóa tên đảng viên dự bị cần ít nhất 2/3 tổng số đảng viên chính thức của chi bộ đồng ý (7/12 < 2/3)',
    );
  });
});

describe('register-existing (import)', () => {
  const row = (dates: Partial<RegisterExistingPayload>): RegisterExistingPayload => ({
    person: PERSON,
    cellId: 'cell-1',
    ...dates,
  });
  const register = (dates: Partial<RegisterExistingPayload>) =>
    command('register-existing', '2025-01-06', row(dates));

  it('registers an official member with a card, official from ceremony + 12 months', () => {
    given([])
      .when(
        register({
          admissionDecisionDate: '2015-05-01',
          ceremonyDate: '2015-05-19',
          recognitionDate: '2016-05-19',
          cardNo: '01000123',
        }),
      )
      .then([
        event('MemberRegistered', '2025-01-06', {
          person: PERSON,
          cellId: 'cell-1',
          stage: 'official',
          admissionDecisionDate: '2015-05-01',
          ceremonyDate: '2015-05-19',
          probationEndsOn: '2016-05-19',
          officialSince: '2016-05-19',
          cardNo: '01000123',
        }),
      ]);
  });

  it.each([
    ['a ceremony', { ceremonyDate: '2024-09-02' }, 'probationary'],
    ['only a decision', { admissionDecisionDate: '2024-12-02' }, 'admission_decided'],
    ['a card (which implies official)', { ceremonyDate: '2015-05-19', cardNo: '1' }, 'official'],
    [
      'a stated official stage and a ceremony',
      { ceremonyDate: '2015-05-19', stage: 'official' as const },
      'official',
    ],
  ])('derives the stage from %s', (_, dates, stage) => {
    expect(stateAfter([], register(dates)).stage).toBe(stage);
  });

  it.each([
    [
      'a decision after the ceremony',
      { admissionDecisionDate: '2015-06-01', ceremonyDate: '2015-05-19' },
    ],
    [
      'a recognition not 12 months after the ceremony',
      { ceremonyDate: '2015-05-19', recognitionDate: '2016-06-01' },
    ],
    [
      'a card for a stated probationary member',
      { ceremonyDate: '2024-09-02', cardNo: '1', stage: 'probationary' as const },
    ],
    [
      'an official stage before the probation ended',
      { ceremonyDate: '2024-09-02', stage: 'official' as const },
    ],
    ['no dates at all', {}],
    [
      'a probationary stage without a ceremony date',
      { admissionDecisionDate: '2024-09-02', stage: 'probationary' as const },
    ],
    [
      'a card date without a card number',
      { ceremonyDate: '2015-05-19', cardIssuedOn: '2016-09-02' },
    ],
  ])('rejects %s', (_, dates) => {
    given([]).when(register(dates)).thenRejects('R-IMPORT-DATES');
  });

  it('rejects dates after the registration', () => {
    given([])
      .when(register({ ceremonyDate: '2025-02-01' }))
      .thenRejects('R-DATE-ORDER');
  });

  it('rejects an invalid person or an inactive cell', () => {
    given([])
      .when(
        command('register-existing', '2025-01-06', {
          ...row({ ceremonyDate: '2015-05-19' }),
          person: { ...PERSON, fullName: '' },
        }),
      )
      .thenRejects('R-PERSON');
    given([])
      .when(
        command('register-existing', '2025-01-06', {
          ...row({ ceremonyDate: '2015-05-19' }),
          cellId: 'dissolved-cell',
        }),
      )
      .thenRejects('R-CELL-ACTIVE');
  });

  it('rejects registering a stream that already holds a member', () => {
    given(PROBATIONARY)
      .when(register({ ceremonyDate: '2015-05-19' }))
      .thenRejects('R-STAGE');
  });
});
