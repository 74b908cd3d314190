import type { WorkingDayCalendar } from '../calendar/calendar';
import type { Facts } from '../kernel/facts';
import type { LocalDate } from '../kernel/local-date';
import type { Policy } from '../policy/policy';
import type {
  Introduction,
  OrganizationResolution,
  PositionPlace,
  RegistrableStage,
  VoteTally,
} from './member.events';
import type {
  BackgroundConclusion,
  CardReissue,
  DisciplineForm,
  ExemptionGround,
  HelpGround,
  MassOrganization,
  NameRemovalGround,
  OpinionSource,
  Position,
  RatingGrade,
  TemporaryPurpose,
} from './member.vocabulary';
import type { Person } from './person';
import type { Conviction } from './member.events';
import type { EducationException, GraveViolation } from './member.grounds';
import type { MemberAction } from './transitions';

/** A unit's decision: its number (e.g. `125-QĐ/HU`) and the unit that made it. */
export interface DecisionPayload {
  readonly decisionNo: string;
  readonly decidingUnitId: string;
  /**
   * The deciding body's vote (R-AUTHORITY): checked against its share (policy.authority) and recorded
   * with the decision when stated.
   */
  readonly decisionVote?: VoteTally;
}

export interface SourceCandidatePayload {
  readonly person: Person;
  readonly cellId: string;
  readonly proposedBy: MassOrganization;
  readonly helperId?: string;
}

/** An existing member, with the dates the records know (the stage follows from them). */
export interface RegisterExistingPayload {
  readonly person: Person;
  readonly cellId: string;
  /** The stage the source records state; it must agree with the dates. */
  readonly stage?: RegistrableStage;
  readonly admissionDecisionDate?: LocalDate;
  readonly admissionDecisionNo?: string;
  readonly ceremonyDate?: LocalDate;
  readonly recognitionDate?: LocalDate;
  readonly cardNo?: string;
  readonly cardIssuedOn?: LocalDate;
}

export interface AssignHelperPayload {
  readonly helperId: string;
}

export interface CompleteAwarenessCoursePayload {
  readonly certificateNo: string;
  readonly issuer: string;
  readonly certificateDate: LocalDate;
}

export interface SubmitApplicationPayload {
  /** The provincial standing committee's prior written consent, needed past the maximum age. */
  readonly overAgeConsentRef?: string;
}

export interface RecordBackgroundCheckPayload {
  readonly conclusion: BackgroundConclusion;
  readonly note?: string;
}

export interface AssignIntroducersPayload {
  readonly introducers: readonly Introduction[];
  readonly organizationResolution?: OrganizationResolution;
}

export interface RecordOpinionPayload {
  readonly source: OpinionSource;
  readonly favorable: boolean;
  readonly summary: string;
}

export interface RecordCellVotePayload {
  readonly vote: VoteTally;
  readonly overAgeConsentRef?: string;
  /** Why less than a lower-secondary diploma suffices for this applicant (R-EDUCATION). */
  readonly educationException?: EducationException;
}

export interface RecordCommitteeVotePayload {
  readonly vote: VoteTally;
}

export interface DecideAdmissionPayload extends DecisionPayload {
  /** The deadline was extended (by `decisionExtensionWorkingDays`). */
  readonly extended?: boolean;
}

export interface RefuseAdmissionPayload extends DecisionPayload {
  readonly reason: string;
}

export interface HoldCeremonyPayload {
  /** The superior committee's consent to a ceremony later than the deadline. */
  readonly superiorConsentRef?: string;
  /** The helper for the probation, when it changes at the ceremony. */
  readonly helperId?: string;
}

export interface RecordRecognitionVotePayload {
  readonly cellVote: VoteTally;
  readonly committeeVote?: VoteTally;
}

export type RecognizeOfficialPayload = DecisionPayload;

export interface RefuseRecognitionPayload extends DecisionPayload {
  /** The cell's vote for removal from the probationary list. */
  readonly vote: VoteTally;
}

export interface IssueCardPayload {
  readonly cardNo: string;
  /** Why a new card replaces the active one; required when one is active. */
  readonly reissue?: CardReissue;
}

export type TransferPayload =
  | {
      readonly kind: 'permanent';
      readonly targetCellId: string;
      /** When the superior committee issued the introduction (the member had 30 working days). */
      readonly introducedOn?: LocalDate;
      /** When the change requiring the transfer happened (new job, retirement, move: 60 working days). */
      readonly changedOn?: LocalDate;
    }
  | {
      readonly kind: 'temporary';
      readonly targetCellId: string;
      readonly purpose: TemporaryPurpose;
      readonly until: LocalDate;
    }
  | { readonly kind: 'return' };

export interface RecordRatingPayload {
  readonly year: number;
  readonly grade: RatingGrade;
  /** Out of 100; required when the year rated is scored (QĐ 366: the ratings of 2025 on). */
  readonly score?: number;
}

export interface GrantExemptionPayload {
  readonly ground: ExemptionGround;
}

export type EndExemptionPayload = Record<string, never>;

export interface AwardBadgePayload {
  readonly milestoneYears: number;
}

export interface PutOnHelpListPayload {
  readonly grounds: readonly HelpGround[];
  /** The cell's secret ballot (official members, exempt ones excluded). */
  readonly vote: VoteTally;
}

export interface ClearHelpListPayload {
  readonly summary: string;
}

export interface DisciplinePayload extends DecisionPayload {
  readonly form: DisciplineForm;
  readonly violation: string;
  /** The cell's vote; required for expulsion. */
  readonly vote?: VoteTally;
  /** The superior inspection commission's approval; required for expulsion. */
  readonly inspectionApprovalRef?: string;
  /** An expulsion for serious disunity, corruption or a serious crime: never readmitted (R-READMIT). */
  readonly graveViolation?: GraveViolation;
}

export interface RemoveNamePayload extends DecisionPayload {
  readonly ground: NameRemovalGround;
}

export interface AcceptWithdrawalPayload extends DecisionPayload {
  readonly requestedOn: LocalDate;
  /** The special family hardship the request gives: readmission stays open (R-READMIT). */
  readonly specialFamilyHardship?: string;
}

export type RecordDeathPayload = Record<string, never>;

export interface EndCandidacyPayload {
  readonly reason: string;
}

export interface ReadmitPayload {
  /** The provincial standing committee's written consent. */
  readonly consentRef: string;
  /** The cell the person applies in now, when not the one they left. */
  readonly cellId?: string;
  /** A conviction since or before leaving: a less serious one, expunged, only delays (R-READMIT). */
  readonly conviction?: Conviction;
}

/** A position taken on the command's date, where it is held (POSITION_TARGETS). */
export interface AssignPositionPayload extends PositionPlace {
  readonly position: Position;
}

/** The position, as assigned, that is not held from the command's date on. */
export interface EndPositionPayload extends PositionPlace {
  readonly position: Position;
}

export interface RecordResidenceVillagePayload {
  readonly villageId: string;
}

/** The fields to correct, with their new values. */
export interface CorrectDetailsPayload {
  readonly person: Partial<Person>;
}

export interface MemberPayloads {
  'source-candidate': SourceCandidatePayload;
  'register-existing': RegisterExistingPayload;
  'assign-helper': AssignHelperPayload;
  'complete-awareness-course': CompleteAwarenessCoursePayload;
  'submit-application': SubmitApplicationPayload;
  'record-background-check': RecordBackgroundCheckPayload;
  'assign-introducers': AssignIntroducersPayload;
  'record-opinion': RecordOpinionPayload;
  'record-cell-vote': RecordCellVotePayload;
  'record-committee-vote': RecordCommitteeVotePayload;
  'decide-admission': DecideAdmissionPayload;
  'refuse-admission': RefuseAdmissionPayload;
  'hold-ceremony': HoldCeremonyPayload;
  'record-recognition-vote': RecordRecognitionVotePayload;
  'recognize-official': RecognizeOfficialPayload;
  'refuse-recognition': RefuseRecognitionPayload;
  'issue-card': IssueCardPayload;
  transfer: TransferPayload;
  'record-rating': RecordRatingPayload;
  'grant-exemption': GrantExemptionPayload;
  'end-exemption': EndExemptionPayload;
  'award-badge': AwardBadgePayload;
  'put-on-help-list': PutOnHelpListPayload;
  'clear-help-list': ClearHelpListPayload;
  discipline: DisciplinePayload;
  'remove-name': RemoveNamePayload;
  'accept-withdrawal': AcceptWithdrawalPayload;
  'record-death': RecordDeathPayload;
  'end-candidacy': EndCandidacyPayload;
  readmit: ReadmitPayload;
  'correct-details': CorrectDetailsPayload;
  'assign-position': AssignPositionPayload;
  'end-position': EndPositionPayload;
  'record-residence-village': RecordResidenceVillagePayload;
}

/** The command for one action: its payload type follows from `action`. */
export interface MemberCommandOf<Action extends MemberAction> {
  readonly action: Action;
  readonly memberId: string;
  /** The business date the officer states; never in the future, never before the stream's last event. */
  readonly occurredOn: LocalDate;
  readonly payload: MemberPayloads[Action];
  readonly reason?: string;
  /** The decision or resolution number, e.g. `125-QĐ/HU`. */
  readonly documentRef?: string;
}

/** A discriminated union keyed by `action`. */
export type MemberCommand = { [Action in MemberAction]: MemberCommandOf<Action> }[MemberAction];

export interface MemberContext {
  readonly today: LocalDate;
  /** The policy version in force on the command's `occurredOn`. */
  readonly policy: Policy;
  readonly calendar: WorkingDayCalendar;
  readonly facts: Facts;
}
