import {
  addDays,
  addYears,
  daysBetween,
  policyOn,
  yearOf,
  type LocalDate,
  type WorkingDayCalendar,
} from '@memberflow/domain';
import type { MemberAction, MemberState, RuleCode } from '@memberflow/domain/member';

/** A step a member's record waits for, the rule that sets its deadline, and the deadline. */
export interface WorkItem {
  /** The action that completes the step. */
  readonly step: MemberAction;
  readonly rule: RuleCode;
  /** The date the deadline counts from. */
  readonly since: LocalDate;
  readonly dueOn: LocalDate;
  /** What the step is about when the step alone does not say: the year to rate, the badge's years. */
  readonly subject: string | undefined;
}

/** What the worklist needs besides the member's state. */
export interface WorkContext {
  readonly calendar: WorkingDayCalendar;
  /** When the member was registered from earlier records: years before it are not rated here. */
  readonly registeredOn: LocalDate | undefined;
}

const MEMBER_STAGES: readonly string[] = ['probationary', 'official'];

/**
 * Every step due for a member (domain.md §2), each with its deadline in working days where the rules
 * count them. Deadlines are data computed from the record, not timers: the worklist query compares
 * them with today.
 */
export function workItems(state: MemberState, context: WorkContext): WorkItem[] {
  const items: WorkItem[] = [];
  const { dates } = state;
  const { calendar } = context;
  const item = (
    step: MemberAction,
    rule: RuleCode,
    since: LocalDate,
    dueOn: LocalDate,
    subject?: string,
  ): void => {
    items.push({ step, rule, since, dueOn, subject });
  };

  switch (state.stage) {
    case 'cell_resolved':
    case 'committee_endorsed':
      if (dates.cellResolution) {
        const days = policyOn(dates.cellResolution).admission.decisionDueWorkingDays;
        item(
          'decide-admission',
          'R-DEADLINE',
          dates.cellResolution,
          calendar.addWorkingDays(dates.cellResolution, days),
        );
      }
      break;
    case 'admission_decided':
      if (dates.admissionDecision) {
        const days = policyOn(dates.admissionDecision).admission.ceremonyDueWorkingDays;
        item(
          'hold-ceremony',
          'R-CEREMONY-LATE',
          dates.admissionDecision,
          calendar.addWorkingDays(dates.admissionDecision, days),
        );
      }
      break;
    case 'probationary':
      if (dates.probationEnd && !state.votes.recognition?.passed) {
        const days = policyOn(dates.probationEnd).probation.recognitionVoteDueWorkingDays;
        item(
          'record-recognition-vote',
          'R-DEADLINE',
          dates.probationEnd,
          calendar.addWorkingDays(dates.probationEnd, days),
        );
      } else if (dates.recognitionVote) {
        const days = policyOn(dates.recognitionVote).probation.recognitionDecisionDueWorkingDays;
        item(
          'recognize-official',
          'R-DEADLINE',
          dates.recognitionVote,
          calendar.addWorkingDays(dates.recognitionVote, days),
        );
      }
      break;
    default:
      break;
  }

  if (!MEMBER_STAGES.includes(state.stage)) return items;

  if (state.temporaryStay) {
    item('transfer', 'R-TRANSFER', state.temporaryStay.from, state.temporaryStay.until, 'return');
  }

  const year = nextRatingYear(state, context.registeredOn);
  if (year !== undefined && !state.exemption) {
    item('record-rating', 'R-RATING-ONCE', `${year}-01-01`, `${year}-12-31`, String(year));
  }

  const badge = nextBadge(state);
  if (badge) item('award-badge', 'R-BADGE', badge.since, badge.dueOn, String(badge.years));

  return items;
}

/** The first year after the last one rated, from the year the member joined (or was registered). */
function nextRatingYear(
  state: MemberState,
  registeredOn: LocalDate | undefined,
): number | undefined {
  const joined = state.dates.ceremony ?? state.dates.officialSince ?? state.dates.admissionDecision;
  if (!joined) return undefined;
  const first = Math.max(yearOf(joined), registeredOn ? yearOf(registeredOn) : 0);
  const rated = Object.keys(state.ratings).map(Number);
  return Math.max(first, ...rated.map((y) => y + 1));
}

/** The lowest badge milestone not yet awarded, due when the party age (gaps subtracted) reaches it. */
function nextBadge(
  state: MemberState,
): { readonly years: number; readonly since: LocalDate; readonly dueOn: LocalDate } | undefined {
  const start = state.dates.firstAdmissionDecision;
  if (state.stage !== 'official' || !start) return undefined;
  const gapDays = state.partyAgeGaps.reduce((sum, gap) => sum + daysBetween(gap.from, gap.to), 0);
  const counted = addDays(start, gapDays);
  const milestones = policyOn(state.lastOccurredOn ?? start).badges.milestoneYears;
  const years = milestones.find((milestone) => !state.badges.includes(milestone));
  return years === undefined ? undefined : { years, since: start, dueOn: addYears(counted, years) };
}
