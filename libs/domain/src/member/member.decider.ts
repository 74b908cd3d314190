import type { Decider, Decision } from '../kernel/decider';
import type { FactsNeeded } from '../kernel/facts';
import { addMonths, monthsBetween, type LocalDate } from '../kernel/local-date';
import { isRejection, type Bilingual, type Rejection } from '../kernel/rejection';
import type { MemberCommand, MemberCommandOf, MemberContext } from './member.commands';
import type {
  FieldChange,
  MemberEvent,
  MemberEventOf,
  MemberEventType,
  RuleWarning,
} from './member.events';
import { activeCard, evolve, initialState, partyAgeMonths, type MemberState } from './member.state';
import { normalizePerson, type Person, type PersonField } from './person';
import {
  ageInMonths,
  checkAfterLastEvent,
  checkAge,
  checkAuthority,
  checkBadge,
  checkCard,
  checkCellActive,
  checkCertificate,
  checkCeremonyOnTime,
  checkCorrection,
  checkDisciplineAuthority,
  checkDossier,
  checkEndorsementRoute,
  checkExemption,
  checkExpulsion,
  checkHelper,
  checkIntroducers,
  checkNotExempt,
  checkNotFuture,
  checkOnHelpList,
  checkPerson,
  checkProbationEnded,
  checkProbationaryDiscipline,
  checkPutOnHelpList,
  checkRatingOnce,
  checkRatingScore,
  checkRatingYear,
  checkReadmission,
  checkRecognitionVotePassed,
  checkRemovalGround,
  checkStage,
  checkStale,
  checkStatedDate,
  checkTransfer,
  checkVoteCounts,
  checkVotePassed,
  checkWithdrawal,
  lateWarning,
  quotaWarning,
  reaches,
  registrationOf,
  VOTE_DEMANDS,
} from './rules';
import { TRANSITIONS, type MemberAction } from './transitions';

type Decide<Action extends MemberAction> = (
  command: MemberCommandOf<Action>,
  state: MemberState,
  context: MemberContext,
) => Decision<MemberEvent>;

/** The event, without the optional fields left undefined (they would only clutter the stored JSON). */
function event<Type extends MemberEventType>(
  type: Type,
  occurredOn: LocalDate,
  data: MemberEventOf<Type>['data'],
): MemberEventOf<Type> {
  const defined = Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined),
  );
  return { type, occurredOn, data: defined } as MemberEventOf<Type>;
}

function warnings(...found: (RuleWarning | undefined)[]): RuleWarning[] {
  return found.filter((warning): warning is RuleWarning => warning !== undefined);
}

/** Every stage past `new` has a person; a state without one is a programming error. */
function personOf(state: MemberState): Person {
  if (!state.person) throw new Error('member state without person data past the new stage');
  return state.person;
}

const what = (vi: string, en: string): Bilingual => ({ vi, en });

const sourceCandidate: Decide<'source-candidate'> = ({ payload, occurredOn, memberId }, _, ctx) => {
  const person = normalizePerson(payload.person);
  return (
    checkPerson(person, occurredOn) ??
    checkCellActive(payload.cellId, ctx.facts) ??
    (payload.helperId ? checkHelper(payload.helperId, memberId, ctx.facts) : undefined) ?? [
      event('CandidateSourced', occurredOn, { ...payload, person }),
    ]
  );
};

const registerExisting: Decide<'register-existing'> = ({ payload, occurredOn }, _, ctx) => {
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
};

const assignHelper: Decide<'assign-helper'> = ({ payload, occurredOn, memberId }, _, ctx) =>
  checkHelper(payload.helperId, memberId, ctx.facts) ?? [
    event('HelperAssigned', occurredOn, { helperId: payload.helperId }),
  ];

const completeAwarenessCourse: Decide<'complete-awareness-course'> = (command, _, ctx) => {
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
};

const submitApplication: Decide<'submit-application'> = ({ payload, occurredOn }, state, ctx) => {
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
};

const recordBackgroundCheck: Decide<'record-background-check'> = ({ payload, occurredOn }) => [
  event('BackgroundCheckRecorded', occurredOn, { ...payload }),
];

const assignIntroducers: Decide<'assign-introducers'> = (command, state, ctx) => {
  const { payload, occurredOn, memberId } = command;
  const applicant = { memberId, person: state.person };
  return (
    checkIntroducers(payload, applicant, occurredOn, ctx.policy, ctx.facts) ?? [
      event('IntroducersAssigned', occurredOn, { ...payload }),
    ]
  );
};

const recordOpinion: Decide<'record-opinion'> = ({ payload, occurredOn }) => [
  event('OpinionRecorded', occurredOn, { ...payload }),
];

const recordCellVote: Decide<'record-cell-vote'> = ({ payload, occurredOn }, state, ctx) => {
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
};

const recordCommitteeVote: Decide<'record-committee-vote'> = (command, state, ctx) => {
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
};

const decideAdmission: Decide<'decide-admission'> = ({ payload, occurredOn }, state, ctx) => {
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
};

const refuseAdmission: Decide<'refuse-admission'> = ({ payload, occurredOn }, state, ctx) =>
  checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ?? [
    event('AdmissionRefused', occurredOn, { ...payload }),
  ];

const holdCeremony: Decide<'hold-ceremony'> = (command, state, ctx) => {
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
};

const recordRecognitionVote: Decide<'record-recognition-vote'> = (command, state, ctx) => {
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
    reaches(cellVote, threshold) && (!committeeVote || reaches(committeeVote, committeeThreshold));
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
};

const recognizeOfficial: Decide<'recognize-official'> = ({ payload, occurredOn }, state, ctx) => {
  const invalid =
    checkProbationEnded(state.dates.probationEnd, occurredOn) ??
    checkRecognitionVotePassed(state) ??
    checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts);
  if (invalid) return invalid;
  const voted = state.dates.recognitionVote ?? occurredOn;
  const due = ctx.policy.probation.recognitionDecisionDueWorkingDays;
  return [
    event('RecognizedAsOfficial', occurredOn, {
      ...payload,
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
};

const refuseRecognition: Decide<'refuse-recognition'> = ({ payload, occurredOn }, state, ctx) => {
  const threshold = ctx.policy.admission.cellVote;
  return (
    checkVotePassed(payload.vote, threshold, VOTE_DEMANDS.probationRemoval) ??
    checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ?? [
      event('RecognitionRefused', occurredOn, { ...payload, threshold }),
    ]
  );
};

const issueCard: Decide<'issue-card'> = ({ payload, occurredOn }, state) =>
  checkCard(state, payload) ?? [
    event('CardIssued', occurredOn, { ...payload, replacesCardNo: activeCard(state)?.cardNo }),
  ];

const transfer: Decide<'transfer'> = ({ payload, occurredOn }, state, ctx) => {
  const invalid =
    checkTransfer(state, payload, occurredOn, ctx.policy) ??
    (payload.kind === 'return' ? undefined : checkCellActive(payload.targetCellId, ctx.facts));
  if (invalid) return invalid;
  const home = state.cellId ?? '';
  switch (payload.kind) {
    case 'return':
      return [
        event('Transferred', occurredOn, {
          kind: 'return',
          fromCellId: state.temporaryStay?.cellId ?? home,
          toCellId: home,
          warnings: [],
        }),
      ];
    case 'temporary':
      return [
        event('Transferred', occurredOn, {
          kind: 'temporary',
          fromCellId: home,
          toCellId: payload.targetCellId,
          purpose: payload.purpose,
          until: payload.until,
          warnings: [],
        }),
      ];
    case 'permanent': {
      const { permanentStartDueWorkingDays, permanentArrivalDueWorkingDays } = ctx.policy.transfer;
      const started = payload.introducedOn ?? occurredOn;
      return [
        event('Transferred', occurredOn, {
          kind: 'permanent',
          fromCellId: home,
          toCellId: payload.targetCellId,
          introducedOn: payload.introducedOn,
          warnings: warnings(
            lateWarning(
              what('Chuyển sinh hoạt', 'Transfer start'),
              payload.changedOn,
              started,
              permanentStartDueWorkingDays,
              ctx.calendar,
            ),
            lateWarning(
              what('Nộp giấy giới thiệu sinh hoạt', 'Arrival at the new cell'),
              payload.introducedOn,
              occurredOn,
              permanentArrivalDueWorkingDays,
              ctx.calendar,
            ),
          ),
        }),
      ];
    }
  }
};

const recordRating: Decide<'record-rating'> = ({ payload, occurredOn }, state, ctx) =>
  checkRatingYear(state, payload.year, occurredOn) ??
  checkRatingOnce(state, payload.year) ??
  checkNotExempt(state) ??
  checkRatingScore(payload, ctx.policy) ?? [
    event('RatingRecorded', occurredOn, {
      year: payload.year,
      grade: payload.grade,
      score: payload.score,
      warnings: warnings(quotaWarning(payload, ctx.policy.rating.excellentQuotaOfGood)),
    }),
  ];

const grantExemption: Decide<'grant-exemption'> = ({ payload, occurredOn }, state) =>
  checkExemption(state, true) ?? [event('ExemptionGranted', occurredOn, { ...payload })];

const endExemption: Decide<'end-exemption'> = ({ occurredOn }, state) =>
  checkExemption(state, false) ?? [event('ExemptionEnded', occurredOn, {})];

const awardBadge: Decide<'award-badge'> = ({ payload, occurredOn }, state, ctx) =>
  checkBadge(state, payload.milestoneYears, occurredOn, ctx.policy) ?? [
    event('BadgeAwarded', occurredOn, {
      milestoneYears: payload.milestoneYears,
      partyAgeMonths: partyAgeMonths(state, occurredOn) ?? 0,
    }),
  ];

const putOnHelpList: Decide<'put-on-help-list'> = ({ payload, occurredOn }, state, ctx) => {
  // The screening's secret ballot uses the cell's threshold (2/3 of official members, HD 02).
  const threshold = ctx.policy.admission.cellVote;
  return (
    checkPutOnHelpList(state, payload.grounds) ??
    checkVotePassed(payload.vote, threshold, VOTE_DEMANDS.helpList) ?? [
      event('PutOnHelpList', occurredOn, { ...payload, threshold }),
    ]
  );
};

const clearHelpList: Decide<'clear-help-list'> = ({ payload, occurredOn }, state) =>
  checkOnHelpList(state) ?? [event('ClearedFromHelpList', occurredOn, { ...payload })];

const discipline: Decide<'discipline'> = ({ payload, occurredOn }, state, ctx) =>
  checkProbationaryDiscipline(state.stage, payload.form) ??
  checkDisciplineAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ??
  (payload.form === 'expulsion'
    ? checkExpulsion(payload.inspectionApprovalRef, payload.vote, ctx.policy)
    : payload.vote && checkVoteCounts(payload.vote, VOTE_DEMANDS.cell)) ?? [
    event('Disciplined', occurredOn, { ...payload }),
  ];

const removeName: Decide<'remove-name'> = ({ payload, occurredOn }, state, ctx) =>
  checkRemovalGround(state, payload.ground) ??
  checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ?? [
    event('NameRemoved', occurredOn, { ...payload }),
  ];

const acceptWithdrawal: Decide<'accept-withdrawal'> = ({ payload, occurredOn }, state, ctx) =>
  checkStatedDate(payload.requestedOn, occurredOn, what('Ngày làm đơn', 'Request date')) ??
  checkWithdrawal(state) ??
  checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ?? [
    event('WithdrawalAccepted', occurredOn, { ...payload }),
  ];

const recordDeath: Decide<'record-death'> = ({ occurredOn }) => [
  event('DeathRecorded', occurredOn, {}),
];

const endCandidacy: Decide<'end-candidacy'> = ({ payload, occurredOn }) => [
  event('CandidacyEnded', occurredOn, { reason: payload.reason }),
];

const readmit: Decide<'readmit'> = ({ payload, occurredOn }, state, ctx) => {
  const cellId = payload.cellId ?? state.cellId ?? '';
  const removal = state.removal;
  if (!removal) throw new Error('member state without removal in the removed stage');
  return (
    checkReadmission(state, occurredOn, ctx.policy) ??
    checkCellActive(cellId, ctx.facts) ?? [
      event('Readmitted', occurredOn, {
        consentRef: payload.consentRef,
        cellId,
        previousRemovalForm: removal.form,
        monthsSinceRemoval: monthsBetween(removal.on, occurredOn),
      }),
    ]
  );
};

const correctDetails: Decide<'correct-details'> = ({ payload, occurredOn, reason }, state) => {
  const old = personOf(state);
  const corrected = normalizePerson({ ...old, ...payload.person });
  const changes = (Object.keys(payload.person) as PersonField[])
    .filter((field) => corrected[field] !== old[field])
    .map((field) => ({ field, old: old[field], new: corrected[field] }) as FieldChange);
  return (
    checkCorrection(changes, reason) ??
    checkPerson(corrected, occurredOn) ?? [event('DetailsCorrected', occurredOn, { changes })]
  );
};

function decideAction(
  command: MemberCommand,
  state: MemberState,
  context: MemberContext,
): Decision<MemberEvent> {
  switch (command.action) {
    case 'source-candidate':
      return sourceCandidate(command, state, context);
    case 'register-existing':
      return registerExisting(command, state, context);
    case 'assign-helper':
      return assignHelper(command, state, context);
    case 'complete-awareness-course':
      return completeAwarenessCourse(command, state, context);
    case 'submit-application':
      return submitApplication(command, state, context);
    case 'record-background-check':
      return recordBackgroundCheck(command, state, context);
    case 'assign-introducers':
      return assignIntroducers(command, state, context);
    case 'record-opinion':
      return recordOpinion(command, state, context);
    case 'record-cell-vote':
      return recordCellVote(command, state, context);
    case 'record-committee-vote':
      return recordCommitteeVote(command, state, context);
    case 'decide-admission':
      return decideAdmission(command, state, context);
    case 'refuse-admission':
      return refuseAdmission(command, state, context);
    case 'hold-ceremony':
      return holdCeremony(command, state, context);
    case 'record-recognition-vote':
      return recordRecognitionVote(command, state, context);
    case 'recognize-official':
      return recognizeOfficial(command, state, context);
    case 'refuse-recognition':
      return refuseRecognition(command, state, context);
    case 'issue-card':
      return issueCard(command, state, context);
    case 'transfer':
      return transfer(command, state, context);
    case 'record-rating':
      return recordRating(command, state, context);
    case 'grant-exemption':
      return grantExemption(command, state, context);
    case 'end-exemption':
      return endExemption(command, state, context);
    case 'award-badge':
      return awardBadge(command, state, context);
    case 'put-on-help-list':
      return putOnHelpList(command, state, context);
    case 'clear-help-list':
      return clearHelpList(command, state, context);
    case 'discipline':
      return discipline(command, state, context);
    case 'remove-name':
      return removeName(command, state, context);
    case 'accept-withdrawal':
      return acceptWithdrawal(command, state, context);
    case 'record-death':
      return recordDeath(command, state, context);
    case 'end-candidacy':
      return endCandidacy(command, state, context);
    case 'readmit':
      return readmit(command, state, context);
    case 'correct-details':
      return correctDetails(command, state, context);
    default: {
      const unknown: never = command;
      throw new Error(`unknown member action: ${JSON.stringify(unknown)}`);
    }
  }
}

/** The checks every command passes first: the table's stage guard, then its date. */
function checkCommon(
  command: MemberCommand,
  state: MemberState,
  context: MemberContext,
): Rejection | undefined {
  return (
    checkStage(TRANSITIONS[command.action], state.stage) ??
    checkNotFuture(command.occurredOn, context.today) ??
    checkAfterLastEvent(command.occurredOn, state.lastOccurredOn)
  );
}

export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState, MemberContext> = {
  initialState,
  evolve,
  decide: (command, state, context) =>
    checkCommon(command, state, context) ?? decideAction(command, state, context),
};

/** The other streams (members, organization units) whose facts the command's rules read. */
export function factsNeeded(command: MemberCommand, state: MemberState): FactsNeeded {
  const payload = command.payload;
  const members = [
    'helperId' in payload ? payload.helperId : undefined,
    ...('introducers' in payload
      ? payload.introducers.map((introducer) => introducer.memberId)
      : []),
  ];
  const orgs = [
    state.cellId,
    'cellId' in payload ? payload.cellId : undefined,
    'targetCellId' in payload ? payload.targetCellId : undefined,
    'decidingUnitId' in payload ? payload.decidingUnitId : undefined,
  ];
  return { members: distinct(members), orgs: distinct(orgs) };
}

function distinct(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}
