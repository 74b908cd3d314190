import type { Bilingual } from '../kernel/rejection';
import type { LocalDate } from '../kernel/local-date';
import type { EducationLevel } from '../member/person';
import type { OrgKind } from '../org/org-kind';
import type { DirectCommitteeLevel } from '../org/org.events';

/** A share such as 2/3, compared exactly with integers (never with floating point). */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/** How a vote threshold compares: at least the share (`≥ 2/3`) or strictly more (`> 1/2`). */
export interface Threshold extends Ratio {
  readonly strict: boolean;
}

export type RatingMode = 'grade' | 'score';

/**
 * A named set of the regulations' numbers and switches, in force from `effectiveFrom` until the next
 * version. A command is judged by the version in force on its `occurredOn` (domain.md §3).
 */
export interface Policy {
  readonly version: string;
  readonly effectiveFrom: LocalDate;
  /** The texts this version implements, e.g. `Quy định 24-QĐ/TW (30/7/2021)`. */
  readonly basis: Bilingual;
  readonly admission: {
    /** Youngest age at the cell vote, in months (18 years). */
    readonly minAgeMonths: number;
    /** Oldest age at the cell vote without provincial written consent, in months (60 years). */
    readonly maxAgeMonths: number;
    readonly courseCertificateValidMonths: number;
    readonly introducersRequired: number;
    readonly introducerMinAcquaintanceMonths: number;
    /** A dossier not voted on within this many months must be redone. */
    readonly dossierStaleMonths: number;
    readonly cellVote: Threshold;
    readonly committeeVote: Threshold;
    readonly decisionDueWorkingDays: number;
    readonly decisionExtensionWorkingDays: number;
    readonly ceremonyDueWorkingDays: number;
    /** The general education required (R-EDUCATION): a lower-secondary diploma. */
    readonly minEducation: EducationLevel;
    /** In mountainous, border, island, ethnic-minority and remote areas, and for fishermen. */
    readonly specialAreaMinEducation: EducationLevel;
    /** For village elders, village heads and reputable figures living in those areas. */
    readonly reputableFigureMinEducation: EducationLevel;
  };
  /** Who decides admissions, recognitions and removals, and by what vote (R-AUTHORITY). */
  readonly authority: {
    /** The standing committee of the direct superior (or the provincial standing members). */
    readonly standingCommitteeVote: Threshold;
    /** A grassroots committee authorised to admit, deciding as a full committee. */
    readonly authorisedCommitteeVote: Threshold;
  };
  readonly probation: {
    readonly months: number;
    /** The cell votes on recognition within this many working days after the probation ends. */
    readonly recognitionVoteDueWorkingDays: number;
    readonly recognitionDecisionDueWorkingDays: number;
  };
  readonly transfer: {
    readonly permanentStartDueWorkingDays: number;
    readonly permanentArrivalDueWorkingDays: number;
    readonly temporaryMinMonths: number;
    /** Exclusive upper bound: a temporary transfer lasts less than this. */
    readonly temporaryMaxMonths: number;
    readonly trainingMaxMonths: number;
  };
  readonly rating: {
    readonly mode: RatingMode;
    /** Within a grassroots organization, excellent ratings may not exceed this share of good ones. */
    readonly excellentQuotaOfGood: Ratio;
    /** Lowest score of each grade when `mode` is `score` (out of 100). */
    readonly scoreBands: {
      readonly excellent: number;
      readonly good: number;
      readonly complete: number;
    };
  };
  readonly readmission: {
    readonly minMonthsSinceLeaving: number;
    /** After a conviction for a less serious offence: months since it was expunged (instead). */
    readonly minMonthsSinceExpunged: number;
    readonly maxTimes: number;
  };
  readonly badges: {
    readonly milestoneYears: readonly number[];
  };
  readonly organization: {
    /**
     * The levels a new `direct_committee` may stand for (R-ORG-DISTRICT-ABOLISHED, R-ORG-LEVEL): district
     * committees until QĐ 294, commune and ward committees from it, bloc committees throughout.
     */
    readonly directCommitteeLevels: readonly DirectCommitteeLevel[];
    /**
     * What a commune-level committee may hold besides the grassroots organizations every direct
     * committee holds (R-ORG-NESTING): its village cells.
     */
    readonly communeCommitteeHolds: readonly OrgKind[];
  };
  readonly discipline: {
    readonly expulsionVote: Threshold;
  };
}
