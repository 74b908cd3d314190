import { POLICIES, policyByVersion, policyOn } from './policy-registry';
import { POLICY_2021 } from './policy-2021';
import { POLICY_2025_07, POLICY_2025_08 } from './policy-2025';

describe('policy registry', () => {
  it('lists the versions oldest first, each with a distinct name and date', () => {
    const dates = POLICIES.map((policy) => policy.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(POLICIES.length);
    expect(new Set(POLICIES.map((policy) => policy.version)).size).toBe(POLICIES.length);
  });

  it.each([
    ['2019-05-01', '2021', 'before the first version: the first one'],
    ['2021-07-29', '2021', 'the day before QĐ 24'],
    ['2021-07-30', '2021', 'the day QĐ 24 took effect'],
    ['2025-06-30', '2021', 'the day before QĐ 294'],
    ['2025-07-01', '2025-07', 'the day QĐ 294 took effect'],
    ['2025-08-29', '2025-07', 'the day before QĐ 366'],
    ['2025-08-30', '2025-08', 'the day QĐ 366 took effect'],
    ['2030-01-01', '2025-08', 'long after: the latest'],
  ])('on %s the version in force is %s (%s)', (date, expected) => {
    expect(policyOn(date).version).toBe(expected);
  });

  it('rejects a date that is not a real calendar date', () => {
    expect(() => policyOn('2025-02-30')).toThrow(RangeError);
    expect(() => policyOn('30/07/2021')).toThrow(RangeError);
  });

  it('finds a version by its recorded name, and nothing for an unknown one', () => {
    for (const policy of POLICIES) expect(policyByVersion(policy.version)).toBe(policy);
    expect(policyByVersion('1999')).toBeUndefined();
  });
});

describe('policy versions', () => {
  it('holds the 2021 numbers of domain.md', () => {
    expect(POLICY_2021.admission).toMatchObject({
      minAgeMonths: 216,
      maxAgeMonths: 720,
      courseCertificateValidMonths: 60,
      introducersRequired: 2,
      introducerMinAcquaintanceMonths: 12,
      dossierStaleMonths: 12,
      cellVote: { numerator: 2, denominator: 3, strict: false },
      committeeVote: { numerator: 2, denominator: 3, strict: false },
      decisionDueWorkingDays: 60,
      decisionExtensionWorkingDays: 30,
      ceremonyDueWorkingDays: 30,
    });
    expect(POLICY_2021.probation).toEqual({
      months: 12,
      recognitionVoteDueWorkingDays: 30,
      recognitionDecisionDueWorkingDays: 30,
    });
    expect(POLICY_2021.transfer).toEqual({
      permanentStartDueWorkingDays: 60,
      permanentArrivalDueWorkingDays: 30,
      temporaryMinMonths: 3,
      temporaryMaxMonths: 12,
      trainingMaxMonths: 24,
    });
    expect(POLICY_2021.rating).toMatchObject({
      mode: 'grade',
      excellentQuotaOfGood: { numerator: 1, denominator: 5 },
    });
    expect(POLICY_2021.readmission).toEqual({
      minMonthsSinceLeaving: 36,
      minMonthsSinceExpunged: 60,
      maxTimes: 1,
    });
    expect(POLICY_2021.admission).toMatchObject({
      minEducation: 'lower_secondary',
      specialAreaMinEducation: 'primary',
      reputableFigureMinEducation: 'literate',
    });
    expect(POLICY_2021.authority).toEqual({
      standingCommitteeVote: { numerator: 1, denominator: 2, strict: true },
      authorisedCommitteeVote: { numerator: 2, denominator: 3, strict: false },
    });
    expect(POLICY_2021.badges.milestoneYears).toEqual([
      30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90,
    ]);
    expect(POLICY_2021.organization).toEqual({
      directCommitteeLevels: ['district', 'bloc'],
      communeCommitteeHolds: [],
    });
    expect(POLICY_2021.discipline.expulsionVote).toEqual({
      numerator: 2,
      denominator: 3,
      strict: false,
    });
  });

  it('forbids new district-level committees from QĐ 294 on, keeping the admission numbers', () => {
    expect(POLICY_2025_07.organization).toEqual({
      directCommitteeLevels: ['commune', 'bloc'],
      communeCommitteeHolds: ['cell'],
    });
    expect(POLICY_2025_07.authority).toEqual(POLICY_2021.authority);
    expect(POLICY_2025_07.readmission).toEqual(POLICY_2021.readmission);
    expect(POLICY_2025_07.admission).toEqual(POLICY_2021.admission);
    expect(POLICY_2025_07.rating.mode).toBe('grade');
  });

  it('rates by a 100-point score from QĐ 366 on, with bands 90/70/50', () => {
    expect(POLICY_2025_08.rating).toEqual({
      mode: 'score',
      excellentQuotaOfGood: { numerator: 1, denominator: 5 },
      scoreBands: { excellent: 90, good: 70, complete: 50 },
    });
    expect(POLICY_2025_08.organization.directCommitteeLevels).not.toContain('district');
  });
});
