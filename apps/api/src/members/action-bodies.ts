import type {
  MemberAction,
  MemberCommand,
  MemberPayloads,
  TransferPayload,
} from '@memberflow/domain/member';
import {
  AcceptWithdrawalDto,
  AssignHelperDto,
  AssignPositionDto,
  AssignIntroducersDto,
  AwardBadgeDto,
  ClearHelpListDto,
  CompleteAwarenessCourseDto,
  CorrectDetailsDto,
  DecideAdmissionDto,
  DisciplineDto,
  EndCandidacyDto,
  EndExemptionDto,
  EndPositionDto,
  GrantExemptionDto,
  HoldCeremonyDto,
  IssueCardDto,
  PutOnHelpListDto,
  ReadmitDto,
  RecognizeOfficialDto,
  RecordBackgroundCheckDto,
  RecordCellVoteDto,
  RecordCommitteeVoteDto,
  RecordDeathDto,
  RecordOpinionDto,
  RecordRatingDto,
  RecordRecognitionVoteDto,
  RecordResidenceVillageDto,
  RefuseAdmissionDto,
  RefuseRecognitionDto,
  RegisterExistingDto,
  RemoveNameDto,
  SourceCandidateDto,
  SubmitApplicationDto,
  TransferDto,
  type MemberActionBodyDto,
} from './dto';

export * from './dto';

/** The body of each member action. */
export interface MemberActionBodies {
  'source-candidate': SourceCandidateDto;
  'register-existing': RegisterExistingDto;
  'assign-helper': AssignHelperDto;
  'complete-awareness-course': CompleteAwarenessCourseDto;
  'submit-application': SubmitApplicationDto;
  'record-background-check': RecordBackgroundCheckDto;
  'assign-introducers': AssignIntroducersDto;
  'record-opinion': RecordOpinionDto;
  'record-cell-vote': RecordCellVoteDto;
  'record-committee-vote': RecordCommitteeVoteDto;
  'decide-admission': DecideAdmissionDto;
  'refuse-admission': RefuseAdmissionDto;
  'hold-ceremony': HoldCeremonyDto;
  'record-recognition-vote': RecordRecognitionVoteDto;
  'recognize-official': RecognizeOfficialDto;
  'refuse-recognition': RefuseRecognitionDto;
  'issue-card': IssueCardDto;
  transfer: TransferDto;
  'record-rating': RecordRatingDto;
  'grant-exemption': GrantExemptionDto;
  'end-exemption': EndExemptionDto;
  'award-badge': AwardBadgeDto;
  'put-on-help-list': PutOnHelpListDto;
  'clear-help-list': ClearHelpListDto;
  discipline: DisciplineDto;
  'remove-name': RemoveNameDto;
  'accept-withdrawal': AcceptWithdrawalDto;
  'record-death': RecordDeathDto;
  'end-candidacy': EndCandidacyDto;
  readmit: ReadmitDto;
  'correct-details': CorrectDetailsDto;
  'assign-position': AssignPositionDto;
  'end-position': EndPositionDto;
  'record-residence-village': RecordResidenceVillageDto;
}

/**
 * The DTO class validating each action's body: `POST /api/members` takes `source-candidate`, each row
 * of `POST /api/members/import` is a `register-existing`, `POST /api/members/{id}/actions/{action}`
 * takes the others.
 */
export const MEMBER_ACTION_BODIES: {
  readonly [Action in MemberAction]: new () => MemberActionBodies[Action];
} = {
  'source-candidate': SourceCandidateDto,
  'register-existing': RegisterExistingDto,
  'assign-helper': AssignHelperDto,
  'complete-awareness-course': CompleteAwarenessCourseDto,
  'submit-application': SubmitApplicationDto,
  'record-background-check': RecordBackgroundCheckDto,
  'assign-introducers': AssignIntroducersDto,
  'record-opinion': RecordOpinionDto,
  'record-cell-vote': RecordCellVoteDto,
  'record-committee-vote': RecordCommitteeVoteDto,
  'decide-admission': DecideAdmissionDto,
  'refuse-admission': RefuseAdmissionDto,
  'hold-ceremony': HoldCeremonyDto,
  'record-recognition-vote': RecordRecognitionVoteDto,
  'recognize-official': RecognizeOfficialDto,
  'refuse-recognition': RefuseRecognitionDto,
  'issue-card': IssueCardDto,
  transfer: TransferDto,
  'record-rating': RecordRatingDto,
  'grant-exemption': GrantExemptionDto,
  'end-exemption': EndExemptionDto,
  'award-badge': AwardBadgeDto,
  'put-on-help-list': PutOnHelpListDto,
  'clear-help-list': ClearHelpListDto,
  discipline: DisciplineDto,
  'remove-name': RemoveNameDto,
  'accept-withdrawal': AcceptWithdrawalDto,
  'record-death': RecordDeathDto,
  'end-candidacy': EndCandidacyDto,
  readmit: ReadmitDto,
  'correct-details': CorrectDetailsDto,
  'assign-position': AssignPositionDto,
  'end-position': EndPositionDto,
  'record-residence-village': RecordResidenceVillageDto,
};

type CommonField = keyof MemberActionBodyDto;

/** A deep plain copy without the fields left undefined (DTO instances carry no prototype into events). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The payload is the body less the fields every action shares (most bodies are their payload). */
function rest<Body extends MemberActionBodyDto>(body: Body): Omit<Body, CommonField> {
  const { occurredOn: _occurredOn, reason: _reason, documentRef: _documentRef, ...payload } = body;
  return plain(payload);
}

/** Where the body's `reason` is also the substance of the payload (a refusal, an end). */
function withReason<Body extends MemberActionBodyDto & { reason: string }>(
  body: Body,
): Omit<Body, CommonField> & { reason: string } {
  return { ...rest(body), reason: body.reason };
}

function transferPayload(body: TransferDto): TransferPayload {
  const { kind, targetCellId = '', introducedOn, changedOn, purpose = 'work', until = '' } = body;
  switch (kind) {
    case 'return':
      return { kind };
    case 'temporary':
      return { kind, targetCellId, purpose, until };
    case 'permanent':
      return plain({ kind, targetCellId, introducedOn, changedOn });
  }
}

const PAYLOAD_OF: {
  readonly [Action in MemberAction]: (body: MemberActionBodies[Action]) => MemberPayloads[Action];
} = {
  'source-candidate': rest,
  'register-existing': rest,
  'assign-helper': rest,
  'complete-awareness-course': rest,
  'submit-application': rest,
  'record-background-check': rest,
  'assign-introducers': rest,
  'record-opinion': rest,
  'record-cell-vote': rest,
  'record-committee-vote': rest,
  'decide-admission': rest,
  'refuse-admission': withReason,
  'hold-ceremony': rest,
  'record-recognition-vote': rest,
  'recognize-official': rest,
  'refuse-recognition': rest,
  'issue-card': rest,
  transfer: transferPayload,
  // organizationTally is ignored: the quota is judged from the stored ratings (issue 18).
  'record-rating': ({ year, grade, score }) =>
    score === undefined ? { year, grade } : { year, grade, score },
  'grant-exemption': rest,
  'end-exemption': () => ({}),
  'award-badge': rest,
  'put-on-help-list': rest,
  'clear-help-list': rest,
  discipline: rest,
  'remove-name': rest,
  'accept-withdrawal': rest,
  'record-death': () => ({}),
  'end-candidacy': withReason,
  readmit: rest,
  'correct-details': rest,
  'assign-position': rest,
  'end-position': rest,
  'record-residence-village': rest,
};

/** The domain payload of a validated body. */
export function memberPayloadFrom<Action extends MemberAction>(
  action: Action,
  body: MemberActionBodies[Action],
): MemberPayloads[Action] {
  return PAYLOAD_OF[action](body);
}

/** The domain command for a validated body. */
export function memberCommandFrom<Action extends MemberAction>(
  action: Action,
  memberId: string,
  body: MemberActionBodies[Action],
): MemberCommand {
  // The table pairs each action with its payload, which TypeScript cannot follow through a generic key.
  return {
    action,
    memberId,
    occurredOn: body.occurredOn,
    payload: memberPayloadFrom(action, body),
    ...(body.reason === undefined ? {} : { reason: body.reason }),
    ...(body.documentRef === undefined ? {} : { documentRef: body.documentRef }),
  } as MemberCommand;
}
