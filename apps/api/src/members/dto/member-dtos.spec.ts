import 'reflect-metadata';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MEMBER_ACTIONS, type MemberAction } from '@memberflow/domain/member';
import { MEMBER_ACTION_BODIES, memberCommandFrom, type MemberActionBodies } from '../action-bodies';
import { ImportMembersDto } from './probation.dto';

/** The options the API validates bodies with (http/validate-body.ts). */
function validated<T extends object>(
  type: ClassConstructor<T>,
  body: object,
): { instance: T; invalid: string[] } {
  const instance = plainToInstance(type, body);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  const fields = (list: typeof errors, prefix: string): string[] =>
    list.flatMap((error) => {
      const field = prefix ? `${prefix}.${error.property}` : error.property;
      return [...(error.constraints ? [field] : []), ...fields(error.children ?? [], field)];
    });
  return { instance, invalid: fields(errors, '').sort() };
}

const person = {
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  dateOfBirth: '2000-03-15',
  ethnicity: 'kinh',
  citizenId: '001200012345',
  hometown: 'Nam Định',
  residence: 'Phường Láng, Hà Nội',
  education: 'upper_secondary',
  professionalLevel: 'university',
  politicalTheory: 'elementary',
  occupation: 'Kỹ sư',
  youthUnionMember: true,
};
const on = { occurredOn: '2025-03-14' };
const decision = { ...on, decisionNo: '125-QĐ/HU', decidingUnitId: 'dang-bo-huyen-a' };
const vote = { entitled: 12, present: 10, inFavor: 9 };

/** A valid body of every action. */
const EXAMPLES: Readonly<Record<MemberAction, object>> = {
  'source-candidate': {
    ...on,
    person,
    cellId: 'chi-bo-1',
    proposedBy: 'youth_union',
    helperId: 'helper-1',
  },
  'register-existing': {
    ...on,
    person,
    cellId: 'chi-bo-1',
    ceremonyDate: '2015-05-19',
    cardNo: '01000123',
  },
  'assign-helper': { ...on, helperId: 'helper-1' },
  'complete-awareness-course': {
    ...on,
    certificateNo: 'CN-1',
    issuer: 'TTCT huyện',
    certificateDate: '2025-03-01',
  },
  'submit-application': { ...on, overAgeConsentRef: '45-CV/TU' },
  'record-background-check': { ...on, conclusion: 'clear' },
  'assign-introducers': {
    ...on,
    introducers: [{ memberId: 'intro-1', knownSince: '2023-01-01' }],
    organizationResolution: { organization: 'youth_union', resolutionRef: '12-NQ/ĐTN' },
  },
  'record-opinion': { ...on, source: 'residence_cell', favorable: true, summary: 'Đồng ý' },
  'record-cell-vote': { ...on, vote },
  'record-committee-vote': { ...on, vote },
  'decide-admission': { ...decision, extended: true },
  'refuse-admission': { ...decision, reason: 'Lý lịch chưa rõ' },
  'hold-ceremony': { ...on, superiorConsentRef: '88-CV/HU' },
  'record-recognition-vote': { ...on, cellVote: vote, committeeVote: vote },
  'recognize-official': decision,
  'refuse-recognition': { ...decision, vote },
  'issue-card': { ...on, cardNo: '01000123', reissue: 'lost' },
  transfer: {
    ...on,
    kind: 'temporary',
    targetCellId: 'chi-bo-2',
    purpose: 'training',
    until: '2026-03-14',
  },
  'record-rating': {
    ...on,
    year: 2024,
    grade: 'good',
    score: 80,
    organizationTally: { excellent: 1, good: 10 },
  },
  'grant-exemption': { ...on, ground: 'elderly', reason: 'Tuổi cao, sức yếu' },
  'end-exemption': on,
  'award-badge': { ...on, milestoneYears: 30 },
  'put-on-help-list': { ...on, grounds: ['not_complete_two_years'], vote },
  'clear-help-list': { ...on, summary: 'Đã tiến bộ' },
  discipline: {
    ...decision,
    form: 'expulsion',
    violation: 'x',
    vote,
    inspectionApprovalRef: '12-QĐ/UBKT',
  },
  'remove-name': { ...decision, ground: 'absent_or_dues_unpaid' },
  'accept-withdrawal': { ...decision, requestedOn: '2025-02-10' },
  'record-death': { ...on, documentRef: 'GCT-15' },
  'end-candidacy': { ...on, reason: 'Chuyển công tác' },
  readmit: { ...on, consentRef: '77-CV/TU', cellId: 'chi-bo-2' },
  'correct-details': {
    ...on,
    reason: 'Sai chính tả',
    person: { fullName: 'Nguyễn Văn Ân', religion: '' },
  },
  'assign-position': { ...on, position: 'village_head', villageId: 'thon-dong' },
  'end-position': { ...on, position: 'committee_member', unitId: 'dang-bo-xa-a' },
  'record-residence-village': { ...on, villageId: 'thon-dong' },
};

function commandOf<Action extends MemberAction>(action: Action, body: object) {
  const { instance, invalid } = validated(MEMBER_ACTION_BODIES[action], body);
  expect(invalid).toEqual([]);
  return memberCommandFrom(action, 'member-1', instance as MemberActionBodies[Action]);
}

describe('member action bodies', () => {
  it.each(MEMBER_ACTIONS)('validates an example body of %s', (action) => {
    expect(validated(MEMBER_ACTION_BODIES[action], EXAMPLES[action]).invalid).toEqual([]);
  });

  it('turns a body into the domain command: the common fields apart, the rest as payload', () => {
    expect(
      commandOf('record-cell-vote', {
        ...EXAMPLES['record-cell-vote'],
        reason: 'Họp chi bộ',
        documentRef: '05-NQ/CB',
      }),
    ).toEqual({
      action: 'record-cell-vote',
      memberId: 'member-1',
      occurredOn: '2025-03-14',
      payload: { vote },
      reason: 'Họp chi bộ',
      documentRef: '05-NQ/CB',
    });
  });

  it('gives plain objects to the domain, nested DTOs included', () => {
    const command = commandOf('source-candidate', EXAMPLES['source-candidate']);
    expect(command.payload).toStrictEqual({
      person,
      cellId: 'chi-bo-1',
      proposedBy: 'youth_union',
      helperId: 'helper-1',
    });
  });

  it('keeps the reason of a refusal or an end as payload too', () => {
    expect(commandOf('end-candidacy', EXAMPLES['end-candidacy'])).toMatchObject({
      reason: 'Chuyển công tác',
      payload: { reason: 'Chuyển công tác' },
    });
    expect(commandOf('refuse-admission', EXAMPLES['refuse-admission']).payload).toEqual({
      decisionNo: '125-QĐ/HU',
      decidingUnitId: 'dang-bo-huyen-a',
      reason: 'Lý lịch chưa rõ',
    });
  });

  it('builds each kind of transfer', () => {
    expect(commandOf('transfer', EXAMPLES.transfer).payload).toEqual({
      kind: 'temporary',
      targetCellId: 'chi-bo-2',
      purpose: 'training',
      until: '2026-03-14',
    });
    expect(commandOf('transfer', { ...on, kind: 'return' }).payload).toEqual({ kind: 'return' });
    expect(
      commandOf('transfer', {
        ...on,
        kind: 'permanent',
        targetCellId: 'chi-bo-2',
        introducedOn: '2025-03-01',
      }).payload,
    ).toEqual({
      kind: 'permanent',
      targetCellId: 'chi-bo-2',
      introducedOn: '2025-03-01',
    });
  });

  it('maps bodies without payload fields to empty payloads', () => {
    expect(commandOf('record-death', EXAMPLES['record-death'])).toEqual({
      action: 'record-death',
      memberId: 'member-1',
      occurredOn: '2025-03-14',
      payload: {},
      documentRef: 'GCT-15',
    });
  });

  it('refuses dates that are not YYYY-MM-DD or do not exist', () => {
    expect(
      validated(MEMBER_ACTION_BODIES['assign-helper'], { occurredOn: '2025-02-30', helperId: 'h' })
        .invalid,
    ).toEqual(['occurredOn']);
    expect(
      validated(MEMBER_ACTION_BODIES['assign-helper'], { occurredOn: '14/03/2025', helperId: 'h' })
        .invalid,
    ).toEqual(['occurredOn']);
  });

  it('names every invalid field, nested ones by their path, and refuses unknown fields', () => {
    const body = {
      ...EXAMPLES['source-candidate'],
      person: { ...person, citizenId: '12345', ethnicity: 'martian', youthUnionMember: 'yes' },
      proposedBy: 'party',
      extra: 1,
    };
    expect(validated(MEMBER_ACTION_BODIES['source-candidate'], body).invalid).toEqual([
      'extra',
      'person.citizenId',
      'person.ethnicity',
      'person.youthUnionMember',
      'proposedBy',
    ]);
  });

  it('requires a reason to end a candidacy, refuse an admission or correct details', () => {
    expect(validated(MEMBER_ACTION_BODIES['end-candidacy'], on).invalid).toEqual(['reason']);
    expect(validated(MEMBER_ACTION_BODIES['refuse-admission'], decision).invalid).toEqual([
      'reason',
    ]);
    expect(
      validated(MEMBER_ACTION_BODIES['correct-details'], { ...on, person: {} }).invalid,
    ).toEqual(['reason']);
  });

  it('validates a correction field by field, every field optional', () => {
    const body = { ...on, reason: 'x', person: { citizenId: 'abc', gender: 'other' } };
    expect(validated(MEMBER_ACTION_BODIES['correct-details'], body).invalid).toEqual([
      'person.citizenId',
      'person.gender',
    ]);
  });

  it('requires the target, purpose and end of a temporary transfer, and nothing for a return', () => {
    expect(validated(MEMBER_ACTION_BODIES.transfer, { ...on, kind: 'temporary' }).invalid).toEqual([
      'purpose',
      'targetCellId',
      'until',
    ]);
    expect(validated(MEMBER_ACTION_BODIES.transfer, { ...on, kind: 'permanent' }).invalid).toEqual([
      'targetCellId',
    ]);
  });

  it('refuses vote counts that are not whole non-negative numbers', () => {
    const body = { ...on, vote: { entitled: 0, inFavor: -1, present: 2.5 } };
    expect(validated(MEMBER_ACTION_BODIES['record-cell-vote'], body).invalid).toEqual([
      'vote.entitled',
      'vote.inFavor',
      'vote.present',
    ]);
  });

  it('accepts the organization tally of older clients but never passes it on (issue 18)', () => {
    expect(commandOf('record-rating', EXAMPLES['record-rating']).payload).toStrictEqual({
      year: 2024,
      grade: 'good',
      score: 80,
    });
  });

  it('takes a position with where it is held, and nothing the domain does not know', () => {
    expect(
      commandOf('assign-position', {
        ...on,
        position: 'mass_organization_head',
        organization: 'women_union',
        villageId: 'thon-dong',
      }).payload,
    ).toStrictEqual({
      position: 'mass_organization_head',
      organization: 'women_union',
      villageId: 'thon-dong',
    });
    expect(
      validated(MEMBER_ACTION_BODIES['assign-position'], {
        ...on,
        position: 'mayor',
        villageId: 'a b',
        organization: 'party',
      }).invalid,
    ).toEqual(['organization', 'position', 'villageId']);
  });

  it('validates an import of rows, each a register-existing body', () => {
    const rows = {
      members: [
        EXAMPLES['register-existing'],
        { ...EXAMPLES['register-existing'], stage: 'retired' },
      ],
    };
    expect(validated(ImportMembersDto, rows).invalid).toEqual(['members.1.stage']);
    expect(validated(ImportMembersDto, { members: [] }).invalid).toEqual(['members']);
  });
});
