import { DATE_RULE_CODES, type Bilingual } from '../kernel/rejection';
import type {
  MemberEvent,
  MemberEventOf,
  MemberEventType,
  RegistrableStage,
} from './member.events';
import type { RuleCode } from './rules/codes';
import {
  MEMBER_STAGES,
  MEMBERSHIP_STAGES,
  NEW,
  PRE_ADMISSION_STAGES,
  type MemberStage,
  type StageOrNew,
} from './stages';

/** Values of some fields of an event's data. */
export type EventCondition = {
  [Type in MemberEventType]: Partial<MemberEventOf<Type>['data']>;
}[MemberEventType];

/** One of the stages an action may lead to, and when. */
export interface Outcome {
  readonly stage: MemberStage | 'same';
  readonly when: Bilingual;
  /** What the emitted event's data says when this outcome happens; none: whatever it says. */
  readonly whenData?: EventCondition;
}

/** Where an action leads: the stage it stays in, one stage, or a stage that depends on what happened. */
export type Target = 'same' | MemberStage | readonly Outcome[];

/** What the table states of an action. */
interface Row {
  readonly label: Bilingual;
  readonly from: readonly StageOrNew[];
  readonly to: Target;
  /** The rules the action checks besides those every action checks (COMMON_RULES). */
  readonly rules: readonly RuleCode[];
  readonly emits: readonly MemberEventType[];
}

/** Checked for every command: the stage guard and the command's date. */
export const COMMON_RULES: readonly RuleCode[] = ['R-STAGE', ...DATE_RULE_CODES];

const ALL: readonly MemberStage[] = MEMBER_STAGES;
const MEMBERS = MEMBERSHIP_STAGES;
const OFFICIAL: readonly MemberStage[] = ['official'];
const APPLYING: readonly MemberStage[] = ['applying'];
const PROBATIONARY: readonly MemberStage[] = ['probationary'];
const DECIDABLE: readonly MemberStage[] = ['cell_resolved', 'committee_endorsed'];
/** Anyone with a live record: a candidate may lead a village, a member anything (R-POSITION). */
const LIVE: readonly MemberStage[] = [...PRE_ADMISSION_STAGES, ...MEMBERSHIP_STAGES];

const passedOrNot = (stage: MemberStage): readonly Outcome[] => [
  { stage, when: { vi: 'đạt', en: 'passed' }, whenData: { passed: true } },
  { stage: 'same', when: { vi: 'không đạt', en: 'failed' }, whenData: { passed: false } },
];

/** An imported member's stage is the one the registration event states. */
const registeredAs = (stage: RegistrableStage, when: Bilingual): Outcome => ({
  stage,
  when,
  whenData: { stage },
});

/**
 * THE lifecycle (domain.md §2) as data, one row per action, and the one list of actions: adding an
 * action starts here, and the compiler then asks for its payload (member.commands.ts) and its decision
 * (decisions/). The decider guards stages with it, the state takes each event's stage from it, the API
 * lists available actions from it, and docs/lifecycle.md draws it.
 */
const ROWS = {
  'source-candidate': {
    label: { vi: 'Tạo nguồn, đưa vào danh sách quần chúng ưu tú', en: 'Source a candidate' },
    from: [NEW],
    to: 'sympathizer',
    rules: ['R-PERSON', 'R-CELL-ACTIVE', 'R-HELPER'],
    emits: ['CandidateSourced'],
  },
  'register-existing': {
    label: { vi: 'Nhập đảng viên đã có', en: 'Register an existing member' },
    from: [NEW],
    to: [
      registeredAs('admission_decided', { vi: 'chỉ có quyết định', en: 'decision only' }),
      registeredAs('probationary', { vi: 'đã kết nạp', en: 'ceremony held' }),
      registeredAs('official', { vi: 'đã công nhận / có thẻ', en: 'recognized or carded' }),
    ],
    rules: ['R-PERSON', 'R-CELL-ACTIVE', 'R-IMPORT-DATES'],
    emits: ['MemberRegistered'],
  },
  'assign-helper': {
    label: { vi: 'Phân công đảng viên giúp đỡ', en: 'Assign a helper' },
    from: [...PRE_ADMISSION_STAGES, 'probationary'],
    to: 'same',
    rules: ['R-HELPER'],
    emits: ['HelperAssigned'],
  },
  'complete-awareness-course': {
    label: {
      vi: 'Hoàn thành lớp bồi dưỡng nhận thức về Đảng',
      en: 'Complete the awareness course',
    },
    from: ['sympathizer'],
    to: 'course_completed',
    rules: ['R-CERT'],
    emits: ['AwarenessCourseCompleted'],
  },
  'submit-application': {
    label: { vi: 'Nộp đơn xin vào Đảng', en: 'Submit the application' },
    from: ['course_completed'],
    to: 'applying',
    rules: ['R-AGE', 'R-CERT'],
    emits: ['ApplicationSubmitted'],
  },
  'record-background-check': {
    label: { vi: 'Ghi kết luận thẩm tra lý lịch', en: 'Record the background check' },
    from: APPLYING,
    to: 'same',
    rules: [],
    emits: ['BackgroundCheckRecorded'],
  },
  'assign-introducers': {
    label: { vi: 'Phân công người giới thiệu', en: 'Assign introducers' },
    from: APPLYING,
    to: 'same',
    rules: ['R-INTRO'],
    emits: ['IntroducersAssigned'],
  },
  'record-opinion': {
    label: { vi: 'Ghi ý kiến nhận xét', en: 'Record an opinion' },
    from: APPLYING,
    to: 'same',
    rules: [],
    emits: ['OpinionRecorded'],
  },
  'record-cell-vote': {
    label: { vi: 'Ghi nghị quyết chi bộ đề nghị kết nạp', en: 'Record the cell vote' },
    from: APPLYING,
    to: passedOrNot('cell_resolved'),
    rules: ['R-DOSSIER', 'R-STALE', 'R-AGE', 'R-EDUCATION', 'R-VOTE'],
    emits: ['CellVoteRecorded'],
  },
  'record-committee-vote': {
    label: { vi: 'Ghi nghị quyết đảng ủy cơ sở', en: 'Record the grassroots committee vote' },
    from: ['cell_resolved'],
    to: passedOrNot('committee_endorsed'),
    rules: ['R-ENDORSEMENT', 'R-VOTE'],
    emits: ['CommitteeVoteRecorded'],
  },
  'decide-admission': {
    label: { vi: 'Quyết định kết nạp', en: 'Decide the admission' },
    from: DECIDABLE,
    to: 'admission_decided',
    rules: ['R-ENDORSEMENT', 'R-AUTHORITY', 'R-AGE', 'R-VOTE', 'R-DEADLINE'],
    emits: ['AdmissionDecided'],
  },
  'refuse-admission': {
    label: { vi: 'Không đồng ý kết nạp', en: 'Refuse the admission' },
    from: DECIDABLE,
    to: 'candidacy_ended',
    rules: ['R-AUTHORITY', 'R-VOTE'],
    emits: ['AdmissionRefused'],
  },
  'hold-ceremony': {
    label: { vi: 'Tổ chức lễ kết nạp', en: 'Hold the admission ceremony' },
    from: ['admission_decided'],
    to: 'probationary',
    rules: ['R-CEREMONY-LATE', 'R-HELPER'],
    emits: ['AdmittedAtCeremony'],
  },
  'record-recognition-vote': {
    label: { vi: 'Ghi nghị quyết đề nghị công nhận chính thức', en: 'Record the recognition vote' },
    from: PROBATIONARY,
    to: 'same',
    rules: ['R-PROBATION-END', 'R-VOTE', 'R-DEADLINE'],
    emits: ['RecognitionVoteRecorded'],
  },
  'recognize-official': {
    label: { vi: 'Quyết định công nhận đảng viên chính thức', en: 'Recognize as official' },
    from: PROBATIONARY,
    to: 'official',
    rules: ['R-PROBATION-END', 'R-RECOGNITION-VOTE', 'R-AUTHORITY', 'R-VOTE', 'R-DEADLINE'],
    emits: ['RecognizedAsOfficial'],
  },
  'refuse-recognition': {
    label: { vi: 'Xóa tên trong danh sách đảng viên dự bị', en: 'Refuse recognition' },
    from: PROBATIONARY,
    to: 'removed',
    rules: ['R-VOTE', 'R-AUTHORITY'],
    emits: ['RecognitionRefused'],
  },
  'issue-card': {
    label: { vi: 'Phát thẻ đảng viên', en: 'Issue the party card' },
    from: OFFICIAL,
    to: 'same',
    rules: ['R-CARD'],
    emits: ['CardIssued'],
  },
  transfer: {
    label: { vi: 'Chuyển sinh hoạt đảng', en: 'Transfer' },
    from: MEMBERS,
    to: 'same',
    rules: ['R-TRANSFER', 'R-CELL-ACTIVE', 'R-DEADLINE'],
    emits: ['Transferred'],
  },
  'record-rating': {
    label: { vi: 'Đánh giá, xếp loại chất lượng', en: 'Record the annual rating' },
    from: MEMBERS,
    to: 'same',
    rules: [
      'R-RATING-ONCE',
      'R-RATING-YEAR',
      'R-RATING-EXEMPT',
      'R-RATING-SCORE',
      'R-RATING-QUOTA',
    ],
    emits: ['RatingRecorded'],
  },
  'grant-exemption': {
    label: { vi: 'Miễn công tác và sinh hoạt đảng', en: 'Grant an exemption' },
    from: OFFICIAL,
    to: 'same',
    rules: ['R-EXEMPTION'],
    emits: ['ExemptionGranted'],
  },
  'end-exemption': {
    label: { vi: 'Thôi miễn công tác và sinh hoạt đảng', en: 'End the exemption' },
    from: OFFICIAL,
    to: 'same',
    rules: ['R-EXEMPTION'],
    emits: ['ExemptionEnded'],
  },
  'award-badge': {
    label: { vi: 'Tặng Huy hiệu Đảng', en: 'Award a party badge' },
    from: OFFICIAL,
    to: 'same',
    rules: ['R-BADGE'],
    emits: ['BadgeAwarded'],
  },
  'put-on-help-list': {
    label: { vi: 'Đưa vào diện giúp đỡ (rà soát, sàng lọc)', en: 'Put on the help list' },
    from: MEMBERS,
    to: 'same',
    rules: ['R-HELP-LIST', 'R-VOTE'],
    emits: ['PutOnHelpList'],
  },
  'clear-help-list': {
    label: { vi: 'Đưa ra khỏi diện giúp đỡ', en: 'Clear from the help list' },
    from: MEMBERS,
    to: 'same',
    rules: ['R-HELP-LIST'],
    emits: ['ClearedFromHelpList'],
  },
  discipline: {
    label: { vi: 'Thi hành kỷ luật', en: 'Discipline' },
    from: MEMBERS,
    to: [
      {
        stage: 'removed',
        when: { vi: 'khai trừ', en: 'expulsion' },
        whenData: { form: 'expulsion' },
      },
      { stage: 'same', when: { vi: 'hình thức khác', en: 'other forms' } },
    ],
    rules: ['R-DISCIPLINE-PROBATION', 'R-EXPULSION', 'R-AUTHORITY', 'R-VOTE'],
    emits: ['Disciplined'],
  },
  'remove-name': {
    label: { vi: 'Xóa tên đảng viên', en: 'Remove the name' },
    from: MEMBERS,
    to: 'removed',
    rules: ['R-REMOVAL-GROUND', 'R-AUTHORITY', 'R-VOTE'],
    emits: ['NameRemoved'],
  },
  'accept-withdrawal': {
    label: { vi: 'Cho ra khỏi Đảng (theo đơn xin ra khỏi Đảng)', en: 'Accept a withdrawal' },
    from: MEMBERS,
    to: 'removed',
    rules: ['R-WITHDRAWAL', 'R-AUTHORITY', 'R-VOTE'],
    emits: ['WithdrawalAccepted'],
  },
  'record-death': {
    label: { vi: 'Ghi nhận từ trần', en: 'Record a death' },
    from: MEMBERS,
    to: 'deceased',
    rules: [],
    emits: ['DeathRecorded'],
  },
  'end-candidacy': {
    label: { vi: 'Dừng xem xét kết nạp', en: 'End the candidacy' },
    from: PRE_ADMISSION_STAGES,
    to: 'candidacy_ended',
    rules: [],
    emits: ['CandidacyEnded'],
  },
  readmit: {
    label: { vi: 'Kết nạp lại', en: 'Readmit' },
    from: ['removed'],
    to: 'applying',
    rules: ['R-READMIT', 'R-CELL-ACTIVE'],
    emits: ['Readmitted'],
  },
  'correct-details': {
    label: { vi: 'Đính chính thông tin', en: 'Correct details' },
    from: ALL,
    to: 'same',
    rules: ['R-CORRECTION', 'R-PERSON'],
    emits: ['DetailsCorrected'],
  },
  'assign-position': {
    label: { vi: 'Giao, bầu giữ chức vụ', en: 'Assign a position' },
    from: LIVE,
    to: 'same',
    rules: ['R-POSITION'],
    emits: ['PositionAssigned'],
  },
  'end-position': {
    label: { vi: 'Thôi giữ chức vụ', en: 'End a position' },
    from: LIVE,
    to: 'same',
    rules: ['R-POSITION'],
    emits: ['PositionEnded'],
  },
  'record-residence-village': {
    label: { vi: 'Ghi thôn, tổ dân phố nơi cư trú', en: 'Record the village of residence' },
    from: LIVE,
    to: 'same',
    rules: ['R-RESIDENCE'],
    emits: ['ResidenceVillageRecorded'],
  },
} satisfies Readonly<Record<string, Row>>;

/** Every action of domain.md §2, named as in the API (`POST /api/members/{id}/actions/{action}`). */
export type MemberAction = keyof typeof ROWS;
export const MEMBER_ACTIONS: readonly MemberAction[] = Object.keys(ROWS) as MemberAction[];

export interface Transition extends Row {
  readonly action: MemberAction;
}

export const TRANSITIONS = Object.fromEntries(
  MEMBER_ACTIONS.map((action): [MemberAction, Transition] => [action, { action, ...ROWS[action] }]),
) as Readonly<Record<MemberAction, Transition>>;

/** Where each event type leads: the outcomes of the one action emitting it. */
const OUTCOMES_BY_EVENT: Readonly<Partial<Record<MemberEventType, readonly Outcome[]>>> =
  Object.fromEntries(
    MEMBER_ACTIONS.flatMap((action) =>
      TRANSITIONS[action].emits.map((type) => [type, outcomesOf(TRANSITIONS[action])]),
    ),
  );

export function isMemberAction(value: string): value is MemberAction {
  return (MEMBER_ACTIONS as readonly string[]).includes(value);
}

export function isAllowedFrom(action: MemberAction, stage: StageOrNew): boolean {
  return TRANSITIONS[action].from.includes(stage);
}

/** The actions the table allows from the member's current stage (the console's buttons). */
export function availableActions(state: { readonly stage: StageOrNew }): MemberAction[] {
  return MEMBER_ACTIONS.filter((action) => isAllowedFrom(action, state.stage));
}

/** Where an action leads, as a list of outcomes even when it leads to one stage unconditionally. */
export function outcomesOf(transition: Transition): readonly Outcome[] {
  const to = transition.to;
  return typeof to === 'string' ? [{ stage: to, when: { vi: '', en: '' } }] : to;
}

/** The stages an action may lead to from `from`, per the table. */
export function targetStages(action: MemberAction, from: StageOrNew): StageOrNew[] {
  return outcomesOf(TRANSITIONS[action]).map((outcome) =>
    outcome.stage === 'same' ? from : outcome.stage,
  );
}

/** The stage a member is in after `event`, from `from`: the table's first outcome the event meets. */
export function stageAfter(event: MemberEvent, from: StageOrNew): StageOrNew {
  const outcomes = OUTCOMES_BY_EVENT[event.type];
  if (outcomes === undefined)
    throw new Error(`no action of the transition table emits ${event.type}`);
  const data = event.data as Readonly<Record<string, unknown>>;
  const outcome = outcomes.find(
    ({ whenData }) =>
      whenData === undefined ||
      Object.entries(whenData).every(([field, value]) => data[field] === value),
  );
  return outcome === undefined || outcome.stage === 'same' ? from : outcome.stage;
}
