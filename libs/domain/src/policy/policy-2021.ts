import type { Policy, Threshold } from './policy';

/** At least two thirds of all entitled voters (not of those present): `≥ 2/3`. */
const TWO_THIRDS: Threshold = { numerator: 2, denominator: 3, strict: false };
/** More than half of all entitled voters: `> 1/2`. */
const MORE_THAN_HALF: Threshold = { numerator: 1, denominator: 2, strict: true };

/**
 * The 2021 rules: Quy định 24-QĐ/TW (30/7/2021) implementing the Party Charter and Hướng dẫn 01-HD/TW
 * (28/9/2021). In force from the day QĐ 24 was signed and took effect.
 *
 * It is also the earliest version the engine knows: commands dated before 30/7/2021 (imports of older
 * members, back-dated history) are judged by it too, since the numbers it holds (age, votes, probation,
 * working-day deadlines, readmission wait) are the ones QĐ 29-QĐ/TW (2016) already used.
 *
 * Numbers and sources: domain-sources.md §1–§4.
 */
export const POLICY_2021: Policy = {
  version: '2021',
  effectiveFrom: '2021-07-30',
  basis: {
    vi: 'Quy định 24-QĐ/TW (30/7/2021) thi hành Điều lệ Đảng; Hướng dẫn 01-HD/TW (28/9/2021)',
    en: 'Regulation 24-QĐ/TW (30 July 2021) implementing the Party Charter; Guidance 01-HD/TW (28 September 2021)',
  },
  admission: {
    minAgeMonths: 18 * 12,
    maxAgeMonths: 60 * 12,
    // Only secondary sources give 60 months (domain-sources.md §1, open point 2).
    courseCertificateValidMonths: 60,
    introducersRequired: 2,
    introducerMinAcquaintanceMonths: 12,
    dossierStaleMonths: 12,
    cellVote: TWO_THIRDS,
    committeeVote: TWO_THIRDS,
    decisionDueWorkingDays: 60,
    decisionExtensionWorkingDays: 30,
    ceremonyDueWorkingDays: 30,
    // QĐ 24 §1.2.1: a lower-secondary diploma; HD 01 §1.2: primary school in mountainous, border,
    // island, ethnic-minority and especially difficult areas and for fishermen working at sea;
    // literacy for village elders, village heads and reputable figures living there.
    minEducation: 'lower_secondary',
    specialAreaMinEducation: 'primary',
    reputableFigureMinEducation: 'literate',
  },
  authority: {
    // Uncertain (domain-sources.md §1, open point 3): inferred from the removal from the probationary
    // list (standing committee > 1/2) and the committee votes (≥ 2/3).
    standingCommitteeVote: MORE_THAN_HALF,
    authorisedCommitteeVote: TWO_THIRDS,
  },
  probation: {
    months: 12,
    recognitionVoteDueWorkingDays: 30,
    recognitionDecisionDueWorkingDays: 30,
  },
  transfer: {
    permanentStartDueWorkingDays: 60,
    permanentArrivalDueWorkingDays: 30,
    temporaryMinMonths: 3,
    temporaryMaxMonths: 12,
    trainingMaxMonths: 24,
  },
  rating: {
    mode: 'grade',
    // HD 21-HD/BTCTW (2019): excellent ≤ 20% of those rated good, i.e. 1/5.
    excellentQuotaOfGood: { numerator: 1, denominator: 5 },
    // Unused while `mode` is `grade`; the QĐ 366 bands, so a score given early still maps sensibly.
    scoreBands: { excellent: 90, good: 70, complete: 50 },
  },
  readmission: {
    // QĐ 24 §3.5: 36 months since leaving; 60 months after a less serious conviction is expunged.
    minMonthsSinceLeaving: 36,
    minMonthsSinceExpunged: 60,
    maxTimes: 1,
  },
  badges: {
    milestoneYears: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
  },
  organization: {
    // Direct committees: the districts (huyện, quận, thị xã, thành phố thuộc tỉnh) and the blocs
    // (agencies, enterprises, armed forces); communes are grassroots committees under a district.
    directCommitteeLevels: ['district', 'bloc'],
    communeCommitteeHolds: [],
  },
  discipline: {
    expulsionVote: TWO_THIRDS,
  },
};
