import { addMonths } from '../../kernel/local-date';
import { isRejection } from '../../kernel/rejection';
import type { DecisionPayload, MemberContext } from '../member.commands';
import type { MemberState } from '../member.state';
import { normalizePerson } from '../person';
import {
  ageInMonths,
  ageWarning,
  checkAge,
  checkCellActive,
  checkDecisionVote,
  checkEducation,
  checkOverAgeConsentRecorded,
  competentBody,
  decidingBodyRecord,
  isOverAge,
  checkCeremonyOnTime,
  checkCertificate,
  checkDossier,
  checkEndorsementRoute,
  checkHelper,
  checkIntroducers,
  checkPerson,
  checkStale,
  checkStatedDate,
  checkVoteCounts,
  lateWarning,
  reaches,
  VOTE_DEMANDS,
} from '../rules';
import { event, personOf, warnings, what, type Decisions } from './common';

/**
 * R-AUTHORITY for a decision on an admission: the competent body for the member's cell (only the
 * province for an applicant over 60 at the cell vote, with its consent recorded before: R-AGE), and its
 * vote when stated (R-VOTE).
 */
function admissionAuthority(
  payload: Pick<DecisionPayload, 'decidingUnitId' | 'decisionVote'>,
  state: MemberState,
  ctx: MemberContext,
  admitting: boolean,
) {
  const person = personOf(state);
  const votedOn = state.dates.cellResolution;
  const overAge = votedOn !== undefined && isOverAge(person, votedOn, ctx.policy);
  const competent = competentBody(
    payload.decidingUnitId,
    state.cellId,
    ctx.facts,
    ctx.policy,
    overAge,
  );
  if (isRejection(competent)) return competent;
  const invalid =
    (overAge && admitting ? checkOverAgeConsentRecorded(state.overAgeConsentRef) : undefined) ??
    checkDecisionVote(payload.decisionVote, competent);
  return invalid ?? decidingBodyRecord(competent, payload.decisionVote);
}

/** From sourcing a candidate to the admission ceremony, or the end of the candidacy. */
export const ADMISSION_DECISIONS = {
  'source-candidate': ({ payload, occurredOn, memberId }, _, ctx) => {
    const person = normalizePerson(payload.person);
    return (
      checkPerson(person, occurredOn) ??
      checkCellActive(payload.cellId, ctx.facts) ??
      (payload.helperId ? checkHelper(payload.helperId, memberId, ctx.facts) : undefined) ?? [
        event('CandidateSourced', occurredOn, { ...payload, person }),
      ]
    );
  },

  'assign-helper': ({ payload, occurredOn, memberId }, _, ctx) =>
    checkHelper(payload.helperId, memberId, ctx.facts) ?? [
      event('HelperAssigned', occurredOn, { helperId: payload.helperId }),
    ],

  'complete-awareness-course': (command, _, ctx) => {
    const { payload, occurredOn } = command;
    return (
      checkStatedDate(
        payload.certificateDate,
        occurredOn,
        what('Ngày cấp chứng nhận', 'Certificate date'),
      ) ??
      checkCertificate(payload.certificateDate, occurredOn, ctx.policy) ?? [
        event('AwarenessCourseCompleted', occurredOn, { ...payload }),
      ]
    );
  },

  'submit-application': ({ payload, occurredOn }, state, ctx) => {
    const person = personOf(state);
    // The age counts at the cell vote (R-AGE there); here it only warns (issue 18).
    const found = warnings(ageWarning(person, occurredOn, ctx.policy, payload.overAgeConsentRef));
    return (
      checkCertificate(state.dates.courseCertificate, occurredOn, ctx.policy) ?? [
        event('ApplicationSubmitted', occurredOn, {
          ageMonths: ageInMonths(person, occurredOn),
          overAgeConsentRef: payload.overAgeConsentRef,
          ...(found.length === 0 ? {} : { warnings: found }),
        }),
      ]
    );
  },

  'record-background-check': ({ payload, occurredOn }) => [
    event('BackgroundCheckRecorded', occurredOn, { ...payload }),
  ],

  'assign-introducers': (command, state, ctx) => {
    const { payload, occurredOn, memberId } = command;
    const applicant = { memberId, person: state.person };
    return (
      checkIntroducers(payload, applicant, occurredOn, ctx.policy, ctx.facts) ?? [
        event('IntroducersAssigned', occurredOn, { ...payload }),
      ]
    );
  },

  'record-opinion': ({ payload, occurredOn }) => [
    event('OpinionRecorded', occurredOn, { ...payload }),
  ],

  'record-cell-vote': ({ payload, occurredOn }, state, ctx) => {
    const person = personOf(state);
    const consent = payload.overAgeConsentRef ?? state.overAgeConsentRef;
    const threshold = ctx.policy.admission.cellVote;
    return (
      checkDossier(state.dossier) ??
      checkStale(state.dossier, occurredOn, ctx.policy) ??
      checkAge(person, occurredOn, ctx.policy, consent) ??
      checkEducation(person, state.cellId, ctx.facts, ctx.policy, payload.educationException) ??
      checkVoteCounts(payload.vote, VOTE_DEMANDS.cell) ?? [
        event('CellVoteRecorded', occurredOn, {
          vote: payload.vote,
          threshold,
          passed: reaches(payload.vote, threshold),
          ageMonths: ageInMonths(person, occurredOn),
          overAgeConsentRef: payload.overAgeConsentRef,
          educationException: payload.educationException,
        }),
      ]
    );
  },

  'record-committee-vote': (command, state, ctx) => {
    const { payload, occurredOn } = command;
    const threshold = ctx.policy.admission.committeeVote;
    return (
      checkEndorsementRoute('committee-vote', state.stage, state.cellId, ctx.facts) ??
      checkVoteCounts(payload.vote, VOTE_DEMANDS.committee) ?? [
        event('CommitteeVoteRecorded', occurredOn, {
          vote: payload.vote,
          threshold,
          passed: reaches(payload.vote, threshold),
        }),
      ]
    );
  },

  'decide-admission': ({ payload, occurredOn }, state, ctx) => {
    const invalid = checkEndorsementRoute('decision', state.stage, state.cellId, ctx.facts);
    if (invalid) return invalid;
    const decided = admissionAuthority(payload, state, ctx, true);
    if (isRejection(decided)) return decided;
    const { decisionDueWorkingDays, decisionExtensionWorkingDays } = ctx.policy.admission;
    const extended = payload.extended ?? false;
    const resolution = state.dates.cellResolution ?? occurredOn;
    const due = decisionDueWorkingDays + (extended ? decisionExtensionWorkingDays : 0);
    return [
      event('AdmissionDecided', occurredOn, {
        decisionNo: payload.decisionNo,
        decidingUnitId: payload.decidingUnitId,
        ...decided,
        extended,
        workingDaysAfterResolution: ctx.calendar.workingDaysBetween(resolution, occurredOn),
        warnings: warnings(
          lateWarning(
            what('Quyết định kết nạp', 'Admission decision'),
            resolution,
            occurredOn,
            due,
            ctx.calendar,
          ),
        ),
      }),
    ];
  },

  'refuse-admission': ({ payload, occurredOn }, state, ctx) => {
    const decided = admissionAuthority(payload, state, ctx, false);
    if (isRejection(decided)) return decided;
    return [event('AdmissionRefused', occurredOn, { ...payload, ...decided })];
  },

  'hold-ceremony': (command, state, ctx) => {
    const { payload, occurredOn, memberId } = command;
    const decision = state.dates.admissionDecision ?? occurredOn;
    const { policy, calendar, facts } = ctx;
    return (
      checkCeremonyOnTime(decision, occurredOn, policy, calendar, payload.superiorConsentRef) ??
      (payload.helperId ? checkHelper(payload.helperId, memberId, facts) : undefined) ?? [
        event('AdmittedAtCeremony', occurredOn, {
          probationEndsOn: addMonths(occurredOn, policy.probation.months),
          workingDaysAfterDecision: calendar.workingDaysBetween(decision, occurredOn),
          superiorConsentRef: payload.superiorConsentRef,
          helperId: payload.helperId,
        }),
      ]
    );
  },

  'end-candidacy': ({ payload, occurredOn }) => [
    event('CandidacyEnded', occurredOn, { reason: payload.reason }),
  ],
} satisfies Partial<Decisions>;
