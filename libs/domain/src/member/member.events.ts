import type { DomainEvent } from '../kernel/decider';
import type { LocalDate } from '../kernel/local-date';
import type { Bilingual } from '../kernel/rejection';
import type { Threshold } from '../policy/policy';
import type { Person, PersonField } from './person';
import type { RuleCode } from './rules/codes';
import type {
  DecidingBody,
  EducationException,
  GraveViolation,
  OffenceSeverity,
} from './member.grounds';
import type { MemberStage } from './stages';
import type {
  BackgroundConclusion,
  CardReissue,
  CommitteeLevel,
  DisciplineForm,
  ExemptionGround,
  HelpGround,
  IntroducingOrganization,
  MassOrganization,
  NameRemovalGround,
  OpinionSource,
  Position,
  RatingGrade,
  RemovalForm,
  TemporaryPurpose,
  TransferKind,
} from './member.vocabulary';

/** How a body voted: all members entitled to vote, those present, those in favor. */
export interface VoteTally {
  readonly entitled: number;
  /** Informative only: thresholds are shares of all entitled members, absent ones included. */
  readonly present?: number;
  readonly inFavor: number;
}

/** A rule that flags rather than forbids (a late step, a quota exceeded) leaves this in the event. */
export interface RuleWarning {
  readonly rule: RuleCode;
  readonly message: Bilingual;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface Introduction {
  readonly memberId: string;
  /** Since when the introducer has worked, studied or lived with the applicant. */
  readonly knownSince: LocalDate;
}

/** A Youth Union (or trade union) executive committee resolution replacing one introducer. */
export interface OrganizationResolution {
  readonly organization: IntroducingOrganization;
  readonly resolutionRef: string;
}

export interface DecisionRef {
  readonly decisionNo: string;
  readonly decidingUnitId: string;
  /** The body of the deciding unit that decided (R-AUTHORITY); absent in events before issue 18. */
  readonly decidingBody?: DecidingBody;
  /** The deciding body's vote, when stated, and the share it had to reach (policy.authority). */
  readonly decisionVote?: VoteTally;
  readonly decisionThreshold?: Threshold;
}

/** A conviction stated at a readmission (QĐ 24 §3.5): its category, and when it was expunged. */
export interface Conviction {
  readonly severity: OffenceSeverity;
  readonly expungedOn?: LocalDate;
}

/** A change of one person field, with the value before and after. */
export type FieldChange = {
  readonly [Field in PersonField]: {
    readonly field: Field;
    readonly old: Person[Field];
    readonly new: Person[Field];
  };
}[PersonField];

/** The stages an imported member may be registered in. */
export const REGISTRABLE_STAGES = [
  'admission_decided',
  'probationary',
  'official',
] as const satisfies readonly MemberStage[];
export type RegistrableStage = (typeof REGISTRABLE_STAGES)[number];

type Event<Type extends string, Data> = DomainEvent<Type, Data>;

export type CandidateSourced = Event<
  'CandidateSourced',
  { person: Person; cellId: string; proposedBy: MassOrganization; helperId?: string }
>;
export type MemberRegistered = Event<
  'MemberRegistered',
  {
    person: Person;
    cellId: string;
    stage: RegistrableStage;
    admissionDecisionDate?: LocalDate;
    admissionDecisionNo?: string;
    ceremonyDate?: LocalDate;
    probationEndsOn?: LocalDate;
    officialSince?: LocalDate;
    cardNo?: string;
    cardIssuedOn?: LocalDate;
  }
>;
export type HelperAssigned = Event<'HelperAssigned', { helperId: string }>;
export type AwarenessCourseCompleted = Event<
  'AwarenessCourseCompleted',
  { certificateNo: string; issuer: string; certificateDate: LocalDate }
>;
export type ApplicationSubmitted = Event<
  'ApplicationSubmitted',
  {
    ageMonths: number;
    overAgeConsentRef?: string;
    /** R-AGE is judged at the cell vote; an age outside the range only warns here (issue 18). */
    warnings?: readonly RuleWarning[];
  }
>;
export type BackgroundCheckRecorded = Event<
  'BackgroundCheckRecorded',
  { conclusion: BackgroundConclusion; note?: string }
>;
export type IntroducersAssigned = Event<
  'IntroducersAssigned',
  { introducers: readonly Introduction[]; organizationResolution?: OrganizationResolution }
>;
export type OpinionRecorded = Event<
  'OpinionRecorded',
  { source: OpinionSource; favorable: boolean; summary: string }
>;
export type CellVoteRecorded = Event<
  'CellVoteRecorded',
  {
    vote: VoteTally;
    threshold: Threshold;
    passed: boolean;
    ageMonths: number;
    overAgeConsentRef?: string;
    /** Why less than the general education suffices (R-EDUCATION), as the cell stated it. */
    educationException?: EducationException;
  }
>;
export type CommitteeVoteRecorded = Event<
  'CommitteeVoteRecorded',
  { vote: VoteTally; threshold: Threshold; passed: boolean }
>;
export type AdmissionDecided = Event<
  'AdmissionDecided',
  DecisionRef & {
    extended: boolean;
    workingDaysAfterResolution: number;
    warnings: readonly RuleWarning[];
  }
>;
export type AdmissionRefused = Event<'AdmissionRefused', DecisionRef & { reason: string }>;
export type AdmittedAtCeremony = Event<
  'AdmittedAtCeremony',
  {
    probationEndsOn: LocalDate;
    workingDaysAfterDecision: number;
    superiorConsentRef?: string;
    helperId?: string;
  }
>;
export type RecognitionVoteRecorded = Event<
  'RecognitionVoteRecorded',
  {
    cellVote: VoteTally;
    committeeVote?: VoteTally;
    threshold: Threshold;
    passed: boolean;
    warnings: readonly RuleWarning[];
  }
>;
export type RecognizedAsOfficial = Event<
  'RecognizedAsOfficial',
  DecisionRef & { officialSince: LocalDate; warnings: readonly RuleWarning[] }
>;
export type RecognitionRefused = Event<
  'RecognitionRefused',
  DecisionRef & { vote: VoteTally; threshold: Threshold }
>;
export type CardIssued = Event<
  'CardIssued',
  { cardNo: string; reissue?: CardReissue; replacesCardNo?: string }
>;
export type Transferred = Event<
  'Transferred',
  {
    kind: TransferKind;
    fromCellId: string;
    toCellId: string;
    /** Temporary transfers: why and until when. */
    purpose?: TemporaryPurpose;
    until?: LocalDate;
    /** Permanent transfers: the superior committee's introduction (the start of the transfer). */
    introducedOn?: LocalDate;
    warnings: readonly RuleWarning[];
  }
>;
export type RatingRecorded = Event<
  'RatingRecorded',
  { year: number; grade: RatingGrade; score?: number; warnings: readonly RuleWarning[] }
>;
export type ExemptionGranted = Event<'ExemptionGranted', { ground: ExemptionGround }>;
export type ExemptionEnded = Event<'ExemptionEnded', Record<string, never>>;
export type BadgeAwarded = Event<
  'BadgeAwarded',
  { milestoneYears: number; partyAgeMonths: number }
>;
export type PutOnHelpList = Event<
  'PutOnHelpList',
  { grounds: readonly HelpGround[]; vote: VoteTally; threshold: Threshold }
>;
export type ClearedFromHelpList = Event<'ClearedFromHelpList', { summary: string }>;
export type Disciplined = Event<
  'Disciplined',
  DecisionRef & {
    form: DisciplineForm;
    violation: string;
    vote?: VoteTally;
    inspectionApprovalRef?: string;
    /** A violation that bars readmission for ever (QĐ 24 §3.5), stated on an expulsion. */
    graveViolation?: GraveViolation;
  }
>;
export type NameRemoved = Event<'NameRemoved', DecisionRef & { ground: NameRemovalGround }>;
export type WithdrawalAccepted = Event<
  'WithdrawalAccepted',
  DecisionRef & {
    requestedOn: LocalDate;
    /** The special family hardship the request gave, which leaves readmission open (QĐ 24 §3.5). */
    specialFamilyHardship?: string;
  }
>;
export type DeathRecorded = Event<'DeathRecorded', Record<string, never>>;
export type CandidacyEnded = Event<'CandidacyEnded', { reason: string }>;
export type Readmitted = Event<
  'Readmitted',
  {
    consentRef: string;
    cellId: string;
    previousRemovalForm: RemovalForm;
    monthsSinceRemoval: number;
    /** A conviction for a less serious offence, expunged (the wait runs from the expunging). */
    conviction?: Conviction;
  }
>;
export type DetailsCorrected = Event<'DetailsCorrected', { changes: readonly FieldChange[] }>;

/** Where a position is held: a village, a unit, or an organization of either (POSITION_TARGETS). */
export interface PositionPlace {
  readonly villageId?: string;
  readonly unitId?: string;
  readonly organization?: MassOrganization;
}

/**
 * A position taken from the event's date (issue 18). A party post records the level of its committee
 * and whether its cell is residential, as the unit was then (statistics count by them).
 */
export type PositionAssigned = Event<
  'PositionAssigned',
  PositionPlace & { position: Position; level?: CommitteeLevel; residential?: boolean }
>;
/** The position is not held from the event's date on. */
export type PositionEnded = Event<'PositionEnded', PositionPlace & { position: Position }>;
/** The village the person lives in from the event's date (a village's members are its residents). */
export type ResidenceVillageRecorded = Event<
  'ResidenceVillageRecorded',
  { villageId: string; previousVillageId?: string }
>;

export type MemberEvent =
  | CandidateSourced
  | MemberRegistered
  | HelperAssigned
  | AwarenessCourseCompleted
  | ApplicationSubmitted
  | BackgroundCheckRecorded
  | IntroducersAssigned
  | OpinionRecorded
  | CellVoteRecorded
  | CommitteeVoteRecorded
  | AdmissionDecided
  | AdmissionRefused
  | AdmittedAtCeremony
  | RecognitionVoteRecorded
  | RecognizedAsOfficial
  | RecognitionRefused
  | CardIssued
  | Transferred
  | RatingRecorded
  | ExemptionGranted
  | ExemptionEnded
  | BadgeAwarded
  | PutOnHelpList
  | ClearedFromHelpList
  | Disciplined
  | NameRemoved
  | WithdrawalAccepted
  | DeathRecorded
  | CandidacyEnded
  | Readmitted
  | DetailsCorrected
  | PositionAssigned
  | PositionEnded
  | ResidenceVillageRecorded;

export type MemberEventType = MemberEvent['type'];
export type MemberEventOf<Type extends MemberEventType> = Extract<MemberEvent, { type: Type }>;

/** The schema version of each event type's data, for the upcaster registry (architecture.md §3). */
export const MEMBER_EVENT_SCHEMA_VERSION: Readonly<Record<MemberEventType, number>> = {
  CandidateSourced: 1,
  MemberRegistered: 1,
  HelperAssigned: 1,
  AwarenessCourseCompleted: 1,
  ApplicationSubmitted: 1,
  BackgroundCheckRecorded: 1,
  IntroducersAssigned: 1,
  OpinionRecorded: 1,
  CellVoteRecorded: 1,
  CommitteeVoteRecorded: 1,
  AdmissionDecided: 1,
  AdmissionRefused: 1,
  AdmittedAtCeremony: 1,
  RecognitionVoteRecorded: 1,
  RecognizedAsOfficial: 1,
  RecognitionRefused: 1,
  CardIssued: 1,
  Transferred: 1,
  RatingRecorded: 1,
  ExemptionGranted: 1,
  ExemptionEnded: 1,
  BadgeAwarded: 1,
  PutOnHelpList: 1,
  ClearedFromHelpList: 1,
  Disciplined: 1,
  NameRemoved: 1,
  WithdrawalAccepted: 1,
  DeathRecorded: 1,
  CandidacyEnded: 1,
  Readmitted: 1,
  DetailsCorrected: 1,
  PositionAssigned: 1,
  PositionEnded: 1,
  ResidenceVillageRecorded: 1,
};

export const MEMBER_EVENT_TYPES = Object.keys(MEMBER_EVENT_SCHEMA_VERSION) as MemberEventType[];
