import { monthsBetween } from '../../kernel/local-date';
import { type FieldChange } from '../member.events';
import { normalizePerson, type PersonField } from '../person';
import {
  checkAuthority,
  checkCellActive,
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

  'remove-name': ({ payload, occurredOn }, state, ctx) =>
    checkRemovalGround(state, payload.ground) ??
    checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ?? [
      event('NameRemoved', occurredOn, { ...payload }),
    ],

  'accept-withdrawal': ({ payload, occurredOn }, state, ctx) =>
    checkStatedDate(payload.requestedOn, occurredOn, what('Ngày làm đơn', 'Request date')) ??
    checkWithdrawal(state) ??
    checkAuthority(payload.decidingUnitId, state.cellId, ctx.facts) ?? [
      event('WithdrawalAccepted', occurredOn, { ...payload }),
    ],

  'record-death': ({ occurredOn }) => [event('DeathRecorded', occurredOn, {})],

  readmit: ({ payload, occurredOn }, state, ctx) => {
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
