import { isRejection } from '../../kernel/rejection';
import { normalizePerson } from '../person';
import {
  checkCellActive,
  checkDecisionVote,
  competentBody,
  decidingBodyRecord,
  checkPerson,
  checkProbationEnded,
  checkRecognitionVotePassed,
  checkVoteCounts,
  checkVotePassed,
  lateWarning,
  reaches,
  registrationOf,
  VOTE_DEMANDS,
} from '../rules';
import { event, warnings, what, type Decisions } from './common';

/** The probation's end (recognition as an official member) and the import of existing members. */
export const PROBATION_DECISIONS = {
  'record-recognition-vote': (command, state, ctx) => {
    const { payload, occurredOn } = command;
    const { cellVote, committeeVote } = payload;
    const threshold = ctx.policy.admission.cellVote;
    const committeeThreshold = ctx.policy.admission.committeeVote;
    const probationEnd = state.dates.probationEnd;
    const invalid =
      checkProbationEnded(probationEnd, occurredOn) ??
      checkVoteCounts(cellVote, VOTE_DEMANDS.cell) ??
      (committeeVote ? checkVoteCounts(committeeVote, VOTE_DEMANDS.committee) : undefined);
    if (invalid) return invalid;
    const passed =
      reaches(cellVote, threshold) &&
      (!committeeVote || reaches(committeeVote, committeeThreshold));
    const due = ctx.policy.probation.recognitionVoteDueWorkingDays;
    return [
      event('RecognitionVoteRecorded', occurredOn, {
        cellVote,
        committeeVote,
        threshold,
        passed,
        warnings: warnings(
          lateWarning(
            what('Xét công nhận chính thức', 'Recognition vote'),
            probationEnd,
            occurredOn,
            due,
            ctx.calendar,
          ),
        ),
      }),
    ];
  },

  'recognize-official': ({ payload, occurredOn }, state, ctx) => {
    const invalid =
      checkProbationEnded(state.dates.probationEnd, occurredOn) ??
      checkRecognitionVotePassed(state);
    if (invalid) return invalid;
    // The committee that may admit recognizes (QĐ 24 §4.3.2), by its vote when stated.
    const competent = competentBody(payload.decidingUnitId, state.cellId, ctx.facts, ctx.policy);
    if (isRejection(competent)) return competent;
    const voteShort = checkDecisionVote(payload.decisionVote, competent);
    if (voteShort) return voteShort;
    const voted = state.dates.recognitionVote ?? occurredOn;
    const due = ctx.policy.probation.recognitionDecisionDueWorkingDays;
    return [
      event('RecognizedAsOfficial', occurredOn, {
        ...payload,
        ...decidingBodyRecord(competent, payload.decisionVote),
        // Official status runs from the end of the probation, however late the decision (HD 01).
        officialSince: state.dates.probationEnd ?? occurredOn,
        warnings: warnings(
          lateWarning(
            what('Quyết định công nhận chính thức', 'Recognition decision'),
            voted,
            occurredOn,
            due,
            ctx.calendar,
          ),
        ),
      }),
    ];
  },

  'refuse-recognition': ({ payload, occurredOn }, state, ctx) => {
    const threshold = ctx.policy.admission.cellVote;
    const invalid = checkVotePassed(payload.vote, threshold, VOTE_DEMANDS.probationRemoval);
    if (invalid) return invalid;
    const competent = competentBody(payload.decidingUnitId, state.cellId, ctx.facts, ctx.policy);
    if (isRejection(competent)) return competent;
    return (
      checkDecisionVote(payload.decisionVote, competent) ?? [
        event('RecognitionRefused', occurredOn, {
          ...payload,
          threshold,
          ...decidingBodyRecord(competent, payload.decisionVote),
        }),
      ]
    );
  },

  'register-existing': ({ payload, occurredOn }, _, ctx) => {
    const person = normalizePerson(payload.person);
    const invalid = checkPerson(person, occurredOn) ?? checkCellActive(payload.cellId, ctx.facts);
    if (invalid) return invalid;
    const registration = registrationOf(payload, occurredOn, ctx.policy);
    if (isRejection(registration)) return registration;
    return [
      event('MemberRegistered', occurredOn, {
        person,
        cellId: payload.cellId,
        stage: registration.stage,
        admissionDecisionDate: payload.admissionDecisionDate,
        admissionDecisionNo: payload.admissionDecisionNo,
        ceremonyDate: payload.ceremonyDate,
        probationEndsOn: registration.probationEndsOn,
        officialSince: registration.officialSince,
        cardNo: payload.cardNo,
        cardIssuedOn: payload.cardIssuedOn,
      }),
    ];
  },
} satisfies Partial<Decisions>;
