import { addMonths } from '../../kernel/local-date';
import { normalizePerson } from '../person';
import {
  ageInMonths,
  checkAge,
  checkAuthority,
  checkCellActive,
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
    return (
      checkAge(person, occurredOn, ctx.policy, payload.overAgeConsentRef) ??
      checkCertificate(state.dates.courseCertificate, occurredOn, ctx.policy) ?? [
        event('ApplicationSubmitted', occurredOn, {
          ageMonths: ageInMonths(person, occurredOn),
          overAgeConsentRef: payload.overAgeConsentRef,
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
      checkVoteCounts(payload.vote, VOTE_DEMANDS.cell) ?? [
        event('CellVoteRecorded', occurredOn, {
          vote: payload.vote,
          threshold,
          passed: reaches(payload.vote, threshold),
          ageMonths: ageInMonths(person, occurredOn),
          overAgeConsentRef: payload.overAgeConsentRef,
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
    const invalid =
      checkEndorsementRoute('decision', state.stage, state.cellId, ctx.facts) ??
      checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts);
    if (invalid) return invalid;
    const { decisionDueWorkingDays, decisionExtensionWorkingDays } = ctx.policy.admission;
    const extended = payload.extended ?? false;
    const resolution = state.dates.cellResolution ?? occurredOn;
    const due = decisionDueWorkingDays + (extended ? decisionExtensionWorkingDays : 0);
    return [
      event('AdmissionDecided', occurredOn, {
        decisionNo: payload.decisionNo,
        decidingUnitId: payload.decidingUnitId,
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

  'refuse-admission': ({ payload, occurredOn }, state, ctx) =>
    checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ?? [
      event('AdmissionRefused', occurredOn, { ...payload }),
    ],

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
