import { checkCommandDate } from '../kernel/command-date';
import type { Decider, Decision } from '../kernel/decider';
import type { FactsNeeded } from '../kernel/facts';
import type { Rejection } from '../kernel/rejection';
import { ADMISSION_DECISIONS } from './decisions/admission';
import type { Decide, Decisions } from './decisions/common';
import { EXIT_DECISIONS } from './decisions/exit';
import { LIFE_DECISIONS } from './decisions/life';
import { POSITION_DECISIONS } from './decisions/positions';
import { PROBATION_DECISIONS } from './decisions/probation';
import type { MemberCommand, MemberCommandOf, MemberContext } from './member.commands';
import type { MemberEvent } from './member.events';
import { evolve, initialState, type MemberState } from './member.state';
import { checkAfterLastEvent, checkStage } from './rules';
import { TRANSITIONS, type MemberAction } from './transitions';

/** Each action's decision, from the files of its phase. */
const DECISIONS: Decisions = {
  ...ADMISSION_DECISIONS,
  ...PROBATION_DECISIONS,
  ...LIFE_DECISIONS,
  ...EXIT_DECISIONS,
  ...POSITION_DECISIONS,
};

function decideAction<Action extends MemberAction>(
  command: MemberCommandOf<Action>,
  state: MemberState,
  context: MemberContext,
): Decision<MemberEvent> {
  const decide: Decide<Action> = DECISIONS[command.action];
  return decide(command, state, context);
}

/** The checks every command passes first: the table's stage guard, then its date. */
function checkCommon(
  command: MemberCommand,
  state: MemberState,
  context: MemberContext,
): Rejection | undefined {
  return (
    checkStage(TRANSITIONS[command.action], state.stage) ??
    checkCommandDate(command.occurredOn, context.today) ??
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
    'unitId' in payload ? payload.unitId : undefined,
  ];
  const villages = distinct(['villageId' in payload ? payload.villageId : undefined]);
  // The excellent quota is judged against the ratings stored for the year in the organization.
  const ratingTallies =
    command.action === 'record-rating' && state.cellId !== undefined
      ? [{ cellId: state.cellId, year: command.payload.year }]
      : [];
  return {
    members: distinct(members),
    orgs: distinct(orgs),
    ...(villages.length === 0 ? {} : { villages }),
    ...(ratingTallies.length === 0 ? {} : { ratingTallies }),
  };
}

function distinct(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}
