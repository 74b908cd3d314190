import { isRejection } from '../../kernel/rejection';
import { checkAssignPosition, checkEndPosition, checkResidenceVillage } from '../rules';
import { event, type Decisions } from './common';

/** Positions a person takes and leaves, and the village they live in (issue 18). */
export const POSITION_DECISIONS = {
  'assign-position': ({ payload, occurredOn }, state, ctx) => {
    const checked = checkAssignPosition(state, payload, ctx.facts);
    if (isRejection(checked)) return checked;
    return [
      event('PositionAssigned', occurredOn, {
        position: payload.position,
        villageId: payload.villageId,
        unitId: payload.unitId,
        organization: payload.organization,
        level: checked.level,
        residential: checked.residential,
      }),
    ];
  },

  'end-position': ({ payload, occurredOn }, state) =>
    checkEndPosition(state, payload) ?? [
      event('PositionEnded', occurredOn, {
        position: payload.position,
        villageId: payload.villageId,
        unitId: payload.unitId,
        organization: payload.organization,
      }),
    ],

  'record-residence-village': ({ payload, occurredOn }, state, ctx) =>
    checkResidenceVillage(state, payload.villageId, ctx.facts) ?? [
      event('ResidenceVillageRecorded', occurredOn, {
        villageId: payload.villageId,
        previousVillageId: state.residenceVillageId,
      }),
    ],
} satisfies Partial<Decisions>;
