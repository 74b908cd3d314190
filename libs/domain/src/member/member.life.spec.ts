import { POLICY_2025_08 } from '../policy/policy-2025';
import { factsNeeded } from './member.decider';
import type { MemberEvent } from './member.events';
import type { RuleCode } from './rules';
import {
  CALENDAR,
  OFFICIAL,
  PROBATIONARY,
  command,
  event,
  factsOf,
  given,
  importedOfficial,
  stateAfter,
} from './testing';

const CARDED: readonly MemberEvent[] = [
  ...OFFICIAL,
  event('CardIssued', '2024-09-10', { cardNo: '01000123' }),
];

describe('issue-card', () => {
  it('issues the first card to an official member', () => {
    given(OFFICIAL)
      .when(command('issue-card', '2024-09-10', { cardNo: '01000123' }))
      .then([event('CardIssued', '2024-09-10', { cardNo: '01000123' })]);
  });

  it('rejects a card for a probationary member', () => {
    given(PROBATIONARY)
      .when(command('issue-card', '2024-01-10', { cardNo: '1' }))
      .thenRejects('R-STAGE');
  });

  it('rejects a second card while one is active', () => {
    const rejection = given(CARDED)
      .when(command('issue-card', '2024-10-01', { cardNo: '2' }))
      .thenRejects('R-CARD');
    expect(rejection.details).toEqual({ activeCardNo: '01000123' });
  });

  it('replaces a lost card, leaving one active card', () => {
    const replace = command('issue-card', '2024-10-01', { cardNo: '01000999', reissue: 'lost' });
    given(CARDED)
      .when(replace)
      .then([
        event('CardIssued', '2024-10-01', {
          cardNo: '01000999',
          reissue: 'lost',
          replacesCardNo: '01000123',
        }),
      ]);
    const cards = stateAfter(CARDED, replace).cards;
    expect(cards.filter((card) => card.active).map((card) => card.cardNo)).toEqual(['01000999']);
  });

  it('rejects reusing a card number', () => {
    given(CARDED)
      .when(command('issue-card', '2024-10-01', { cardNo: '01000123', reissue: 'damaged' }))
      .thenRejects('R-CARD');
  });
});

describe('transfer', () => {
  it('moves the member to another cell permanently', () => {
    const move = command('transfer', '2024-09-16', {
      kind: 'permanent',
      targetCellId: 'cell-2',
      introducedOn: '2024-09-10',
    });
    given(OFFICIAL)
      .when(move)
      .then([
        event('Transferred', '2024-09-16', {
          kind: 'permanent',
          fromCellId: 'cell-1',
          toCellId: 'cell-2',
          introducedOn: '2024-09-10',
          warnings: [],
        }),
      ]);
    expect(stateAfter(OFFICIAL, move).cellId).toBe('cell-2');
  });

  it('flags a transfer started more than 60 and presented more than 30 working days late', () => {
    const introducedOn = CALENDAR.addWorkingDays('2024-08-05', 61);
    const arrival = CALENDAR.addWorkingDays(introducedOn, 31);
    const [moved] = given(OFFICIAL)
      .when(
        command('transfer', arrival, {
          kind: 'permanent',
          targetCellId: 'cell-2',
          introducedOn,
          changedOn: '2024-08-05',
        }),
      )
      .thenAccepted();
    expect(moved.type === 'Transferred' && moved.data.warnings.map((w) => w.details)).toEqual([
      { from: '2024-08-05', to: introducedOn, workingDays: 61, dueDays: 60 },
      { from: introducedOn, to: arrival, workingDays: 31, dueDays: 30 },
    ]);
  });

  it.each<[string, string, RuleCode]>([
    ['the current cell', 'cell-1', 'R-TRANSFER'],
    ['a dissolved cell', 'dissolved-cell', 'R-CELL-ACTIVE'],
  ])('rejects a transfer to %s', (_, targetCellId, rule) => {
    given(OFFICIAL)
      .when(command('transfer', '2024-09-16', { kind: 'permanent', targetCellId }))
      .thenRejects(rule);
  });

  describe('temporary', () => {
    const stay = (until: string, purpose: 'work' | 'training' = 'work') =>
      command('transfer', '2024-09-02', {
        kind: 'temporary',
        targetCellId: 'cell-2',
        purpose,
        until,
      });

    it.each([
      ['3 months', '2024-12-02', 'work'],
      ['11 months', '2025-08-02', 'work'],
      ['2 years of training', '2026-09-02', 'training'],
    ] as const)('accepts a stay of %s, keeping the home cell', (_, until, purpose) => {
      const state = stateAfter(OFFICIAL, stay(until, purpose));
      expect(state.cellId).toBe('cell-1');
      expect(state.temporaryStay).toEqual({ cellId: 'cell-2', from: '2024-09-02', until, purpose });
    });

    it.each([
      ['less than 3 months', '2024-12-01', 'work'],
      ['a full year (it must be less)', '2025-09-02', 'work'],
      ['training over 2 years', '2026-09-03', 'training'],
    ] as const)('rejects a stay of %s', (_, until, purpose) => {
      given(OFFICIAL).when(stay(until, purpose)).thenRejects('R-TRANSFER');
    });

    const away = [
      ...OFFICIAL,
      event('Transferred', '2024-09-02', {
        kind: 'temporary',
        fromCellId: 'cell-1',
        toCellId: 'cell-2',
        purpose: 'work',
        until: '2025-03-02',
        warnings: [],
      }),
    ];

    it('returns the member from a temporary stay', () => {
      const back = command('transfer', '2025-03-03', { kind: 'return' });
      given(away)
        .when(back)
        .then([
          event('Transferred', '2025-03-03', {
            kind: 'return',
            fromCellId: 'cell-2',
            toCellId: 'cell-1',
            warnings: [],
          }),
        ]);
      expect(stateAfter(away, back).temporaryStay).toBeUndefined();
    });

    it('rejects another transfer during a temporary stay, and a return without one', () => {
      given(away)
        .when(command('transfer', '2024-10-01', { kind: 'permanent', targetCellId: 'cell-a' }))
        .thenRejects('R-TRANSFER');
      given(OFFICIAL)
        .when(command('transfer', '2024-10-01', { kind: 'return' }))
        .thenRejects('R-TRANSFER');
    });
  });
});

describe('record-rating', () => {
  const rate = (
    year: number,
    grade: 'excellent' | 'good' | 'complete' | 'not_complete',
    on = '2024-12-20',
  ) => command('record-rating', on, { year, grade });

  it('rates an official member once for the year', () => {
    given(OFFICIAL)
      .when(rate(2024, 'good'))
      .then([event('RatingRecorded', '2024-12-20', { year: 2024, grade: 'good', warnings: [] })]);
  });

  it('rates a probationary member', () => {
    given(PROBATIONARY)
      .when(rate(2023, 'complete', '2023-12-20'))
      .thenAccepted();
  });

  it('rejects a second rating for the same year', () => {
    const rated = [
      ...OFFICIAL,
      event('RatingRecorded', '2024-12-20', { year: 2024, grade: 'good', warnings: [] }),
    ];
    const rejection = given(rated)
      .when(rate(2024, 'excellent', '2024-12-21'))
      .thenRejects('R-RATING-ONCE');
    expect(rejection.message.vi).toBe('Năm 2024 đã được xếp loại "Hoàn thành tốt nhiệm vụ"');
  });

  it('rejects rating an exempt member', () => {
    const exempt = [...OFFICIAL, event('ExemptionGranted', '2024-09-01', { ground: 'ill' })];
    given(exempt).when(rate(2024, 'good')).thenRejects('R-RATING-EXEMPT');
  });

  it.each([
    ['a future year', 2025],
    ['a year before the member joined', 2022],
    ['a year that is not a whole number', 2024.5],
  ])('rejects %s', (_, year) => {
    given(OFFICIAL).when(rate(year, 'good')).thenRejects('R-RATING-YEAR');
  });

  it('warns when excellent ratings exceed 20% of good ones in the grassroots organization', () => {
    const stored = (excellent: number) => ({
      facts: {
        ...factsOf(),
        ratingTally: (cellId: string, year: number) =>
          cellId === 'cell-1' && year === 2024
            ? { organizationId: 'grassroots', year, excellent, good: 10 }
            : undefined,
      },
    });
    const rating = command('record-rating', '2024-12-20', { year: 2024, grade: 'excellent' });
    expect(given(OFFICIAL, stored(1)).when(rating).thenAccepted()[0]).toMatchObject({
      data: { warnings: [] },
    });
    expect(given(OFFICIAL, stored(2)).when(rating).thenAccepted()[0]).toMatchObject({
      data: {
        warnings: [
          {
            rule: 'R-RATING-QUOTA',
            details: {
              excellent: 3,
              good: 10,
              quota: '1/5',
              organizationId: 'grassroots',
              year: 2024,
            },
          },
        ],
      },
    });
  });

  it('judges the quota only from the stored ratings: none known, no warning', () => {
    const rating = command('record-rating', '2024-12-20', { year: 2024, grade: 'excellent' });
    expect(given(OFFICIAL).when(rating).thenAccepted()[0]).toMatchObject({
      data: { warnings: [] },
    });
  });

  it('asks the facts for the ratings of the year rated in the member’s cell', () => {
    const state = given(OFFICIAL).state;
    expect(
      factsNeeded(command('record-rating', '2025-01-20', { year: 2024, grade: 'good' }), state),
    ).toEqual({ members: [], orgs: ['cell-1'], ratingTallies: [{ cellId: 'cell-1', year: 2024 }] });
  });

  it('scores by the year rated, not the day entered: 2024 graded in 2026, 2025 scored', () => {
    given(OFFICIAL, { policy: POLICY_2025_08, today: '2026-01-15' })
      .when(command('record-rating', '2026-01-10', { year: 2024, grade: 'excellent' }))
      .thenAccepted();
    given(OFFICIAL, { today: '2026-01-15' })
      .when(command('record-rating', '2026-01-10', { year: 2025, grade: 'good' }))
      .thenRejects('R-RATING-SCORE');
    given(OFFICIAL, { today: '2026-01-15' })
      .when(command('record-rating', '2026-01-10', { year: 2025, grade: 'good', score: 70 }))
      .thenAccepted();
  });

  describe('by score (QĐ 366, from 30/8/2025)', () => {
    const scored = { policy: POLICY_2025_08 };
    const withScore = (grade: 'excellent' | 'good', score?: number) =>
      command('record-rating', '2025-12-20', { year: 2025, grade, score });

    it('rejects a rating without a score', () => {
      given(OFFICIAL, scored).when(withScore('good')).thenRejects('R-RATING-SCORE');
    });

    it('rejects a grade above what the score allows', () => {
      const rejection = given(OFFICIAL, scored)
        .when(withScore('good', 65))
        .thenRejects('R-RATING-SCORE');
      expect(rejection.message.en).toBe('A score of 65 allows "Complete" at best, not "Good"');
    });

    it('accepts a grade within the score band, or lower', () => {
      given(OFFICIAL, scored).when(withScore('good', 70)).thenAccepted();
      given(OFFICIAL, scored).when(withScore('good', 95)).thenAccepted();
    });
  });
});

describe('grant-exemption and end-exemption', () => {
  const exempt = [...OFFICIAL, event('ExemptionGranted', '2024-09-01', { ground: 'elderly' })];

  it('exempts an official member, then ends the exemption', () => {
    given(OFFICIAL)
      .when(command('grant-exemption', '2024-09-01', { ground: 'elderly' }))
      .then([event('ExemptionGranted', '2024-09-01', { ground: 'elderly' })]);
    given(exempt)
      .when(command('end-exemption', '2024-12-01', {}))
      .then([event('ExemptionEnded', '2024-12-01', {})]);
  });

  it('rejects exempting an exempt member and ending an exemption that does not exist', () => {
    given(exempt)
      .when(command('grant-exemption', '2024-10-01', { ground: 'ill' }))
      .thenRejects('R-EXEMPTION');
    given(OFFICIAL)
      .when(command('end-exemption', '2024-10-01', {}))
      .thenRejects('R-EXEMPTION');
  });

  it('rejects exempting a probationary member', () => {
    given(PROBATIONARY)
      .when(command('grant-exemption', '2023-10-01', { ground: 'ill' }))
      .thenRejects('R-STAGE');
  });
});

describe('award-badge', () => {
  const veteran = importedOfficial('1995-01-10', '1995-02-03', '2020-01-06');
  const award = (milestoneYears: number, on: string) =>
    command('award-badge', on, { milestoneYears });

  it('awards the 30-year badge on the day party age reaches 30 years', () => {
    given(veteran)
      .when(award(30, '2025-01-10'))
      .then([event('BadgeAwarded', '2025-01-10', { milestoneYears: 30, partyAgeMonths: 360 })]);
  });

  it('rejects it the day before', () => {
    const rejection = given(veteran).when(award(30, '2025-01-09')).thenRejects('R-BADGE');
    expect(rejection.message.vi).toBe('Tuổi đảng 29 năm 11 tháng chưa đủ 30 năm');
  });

  it('rejects a year that is not a milestone, and the same milestone twice', () => {
    given(veteran).when(award(35, '2025-01-10')).thenRejects('R-BADGE');
    const awarded = [
      ...veteran,
      event('BadgeAwarded', '2025-01-10', { milestoneYears: 30, partyAgeMonths: 360 }),
    ];
    given(awarded).when(award(30, '2025-02-03')).thenRejects('R-BADGE');
  });

  it('subtracts the time outside the party: a readmitted member reaches the milestone later', () => {
    const readmitted: MemberEvent[] = [
      ...veteran,
      event('NameRemoved', '2020-02-03', {
        decisionNo: '1',
        decidingUnitId: 'district',
        ground: 'standards_violated_two_years',
      }),
      event('Readmitted', '2023-02-03', {
        consentRef: '9-CV/TU',
        cellId: 'cell-1',
        previousRemovalForm: 'name_removed',
        monthsSinceRemoval: 36,
      }),
      event('AdmissionDecided', '2023-06-05', {
        decisionNo: '2',
        decidingUnitId: 'district',
        extended: false,
        workingDaysAfterResolution: 10,
        warnings: [],
      }),
      event('AdmittedAtCeremony', '2023-06-20', {
        probationEndsOn: '2024-06-20',
        workingDaysAfterDecision: 10,
      }),
      event('RecognitionVoteRecorded', '2024-06-20', {
        cellVote: { entitled: 9, inFavor: 9 },
        threshold: POLICY_2025_08.admission.cellVote,
        passed: true,
        warnings: [],
      }),
      event('RecognizedAsOfficial', '2024-07-01', {
        decisionNo: '3',
        decidingUnitId: 'district',
        officialSince: '2024-06-20',
        warnings: [],
      }),
    ];
    // 1995-01-10 plus the 2020-02-03 → 2023-06-05 gap (3 years 4 months 2 days) is 2028-05-12.
    const later = { today: '2030-01-01' };
    given(readmitted, later).when(award(30, '2028-05-11')).thenRejects('R-BADGE');
    given(readmitted, later).when(award(30, '2028-05-12')).thenAccepted();
  });
});

describe('put-on-help-list and clear-help-list', () => {
  const vote = { entitled: 12, inFavor: 8 };
  const onList = [
    ...OFFICIAL,
    event('PutOnHelpList', '2024-10-01', {
      grounds: ['low_standing'],
      vote,
      threshold: POLICY_2025_08.admission.cellVote,
    }),
  ];

  it('puts a member on the help list with two thirds of the cell', () => {
    const state = stateAfter(
      OFFICIAL,
      command('put-on-help-list', '2024-10-01', { grounds: ['low_standing'], vote }),
    );
    expect(state.helpList).toEqual({ on: '2024-10-01', grounds: ['low_standing'] });
  });

  it('rejects the help list below two thirds of all official members', () => {
    given(OFFICIAL)
      .when(
        command('put-on-help-list', '2024-10-01', {
          grounds: ['low_standing'],
          vote: { entitled: 12, present: 10, inFavor: 7 },
        }),
      )
      .thenRejects('R-VOTE');
  });

  it('checks the "not complete two years running" ground against the ratings', () => {
    const put = command('put-on-help-list', '2025-01-10', {
      grounds: ['not_complete_two_years'],
      vote,
    });
    given(OFFICIAL).when(put).thenRejects('R-HELP-LIST');
    const twoYears = [
      ...importedOfficial('2015-01-10', '2015-02-03', '2020-01-06'),
      event('RatingRecorded', '2023-12-20', { year: 2023, grade: 'not_complete', warnings: [] }),
      event('RatingRecorded', '2024-12-20', { year: 2024, grade: 'not_complete', warnings: [] }),
    ];
    given(twoYears).when(put).thenAccepted();
  });

  it('rejects putting a member on the list twice, or no grounds', () => {
    given(onList)
      .when(command('put-on-help-list', '2024-11-01', { grounds: ['low_standing'], vote }))
      .thenRejects('R-HELP-LIST');
    given(OFFICIAL)
      .when(command('put-on-help-list', '2024-11-01', { grounds: [], vote }))
      .thenRejects('R-HELP-LIST');
  });

  it('clears a member from the list, and rejects clearing one not on it', () => {
    const clear = command('clear-help-list', '2025-04-01', { summary: 'Đã tiến bộ' });
    given(onList)
      .when(clear)
      .then([event('ClearedFromHelpList', '2025-04-01', { summary: 'Đã tiến bộ' })]);
    given(OFFICIAL).when(clear).thenRejects('R-HELP-LIST');
  });
});

describe('assign-helper during probation', () => {
  it('changes the helper of a probationary member', () => {
    expect(
      stateAfter(PROBATIONARY, command('assign-helper', '2023-08-01', { helperId: 'intro-1' }))
        .helperId,
    ).toBe('intro-1');
  });
});
