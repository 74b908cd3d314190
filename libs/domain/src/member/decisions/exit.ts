import { monthsBetween } from '../../kernel/local-date';
import { isRejection } from '../../kernel/rejection';
import type { DecisionPayload, MemberContext } from '../member.commands';
import type { MemberState } from '../member.state';
import { type FieldChange } from '../member.events';
import { normalizePerson, type PersonField } from '../person';
import {
  checkCellActive,
  checkDecisionVote,
  competentBody,
  decidingBodyRecord,
  checkCorrection,
  checkDisciplineAuthority,
  checkExpulsion,
  checkPerson,
  checkProbationaryDiscipline,
  checkReadmission,
  checkRemovalGround,
  checkStatedDate,
  checkVoteCounts,
  checkWithdrawal,
  VOTE_DEMANDS,
} from '../rules';
import { event, personOf, what, type Decisions } from './common';

/** R-AUTHORITY and R-VOTE for a removal: the committee that may admit decides (QĐ 24 §8). */
function removalAuthority(payload: DecisionPayload, state: MemberState, ctx: MemberContext) {
  const competent = competentBody(payload.decidingUnitId, state.cellId, ctx.facts, ctx.policy);
  if (isRejection(competent)) return competent;
  return (
    checkDecisionVote(payload.decisionVote, competent) ??
    decidingBodyRecord(competent, payload.decisionVote)
  );
}

/** Leaving the party (discipline, removal, withdrawal, death), readmission, and corrections. */
export const EXIT_DECISIONS = {
  discipline: ({ payload, occurredOn }, state, ctx) =>
    checkProbationaryDiscipline(state.stage, payload.form) ??
    checkDisciplineAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ??
    (payload.form === 'expulsion'
      ? checkExpulsion(payload.inspectionApprovalRef, payload.vote, ctx.policy)
      : payload.vote && checkVoteCounts(payload.vote, VOTE_DEMANDS.cell)) ?? [
      event('Disciplined', occurredOn, { ...payload }),
    ],

  'remove-name': ({ payload, occurredOn }, state, ctx) => {
    const invalid = checkRemovalGround(state, payload.ground);
    if (invalid) return invalid;
    const decided = removalAuthority(payload, state, ctx);
    if (isRejection(decided)) return decided;
    return [event('NameRemoved', occurredOn, { ...payload, ...decided })];
  },

  'accept-withdrawal': ({ payload, occurredOn }, state, ctx) => {
    const invalid =
      checkStatedDate(payload.requestedOn, occurredOn, what('Ngày làm đơn', 'Request date')) ??
      checkWithdrawal(state);
    if (invalid) return invalid;
    const decided = removalAuthority(payload, state, ctx);
    if (isRejection(decided)) return decided;
    const hardship = payload.specialFamilyHardship?.trim();
    return [
      event('WithdrawalAccepted', occurredOn, {
        ...payload,
        specialFamilyHardship: hardship === '' ? undefined : hardship,
        ...decided,
      }),
    ];
  },

  'record-death': ({ occurredOn }) => [event('DeathRecorded', occurredOn, {})],

  readmit: ({ payload, occurredOn }, state, ctx) => {
    const cellId = payload.cellId ?? state.cellId ?? '';
    const removal = state.removal;
    if (!removal) throw new Error('member state without removal in the removed stage');
    return (
      checkReadmission(state, occurredOn, ctx.policy, payload.consentRef, payload.conviction) ??
      checkCellActive(cellId, ctx.facts) ?? [
        event('Readmitted', occurredOn, {
          consentRef: payload.consentRef,
          cellId,
          previousRemovalForm: removal.form,
          monthsSinceRemoval: monthsBetween(removal.on, occurredOn),
          conviction: payload.conviction,
        }),
      ]
    );
  },

  'correct-details': ({ payload, occurredOn, reason }, state) => {
    const old = personOf(state);
    const corrected = normalizePerson({ ...old, ...payload.person });
    const changes = (Object.keys(payload.person) as PersonField[])
      .filter((field) => corrected[field] !== old[field])
      .map((field) => ({ field, old: old[field], new: corrected[field] }) as FieldChange);
    return (
      checkCorrection(changes, reason) ??
      checkPerson(corrected, occurredOn) ?? [event('DetailsCorrected', occurredOn, { changes })]
    );
  },
} satisfies Partial<Decisions>;
