import type { Decider, Decision } from '../kernel/decider';
import type { FactsNeeded } from '../kernel/facts';
import { isRejection } from '../kernel/rejection';
import type { VillageCommand, VillageCommandOf, VillageContext } from './village.commands';
import type { VillageEvent } from './village.events';
import {
  activeCommune,
  activeMergeTarget,
  activeVillage,
  checkServingCell,
  checkVillageDate,
  checkVillageKind,
  checkVillageName,
  rejectVillage,
} from './village.rules';
import {
  evolveVillage,
  initialVillageState,
  isVillage,
  type Village,
  type VillageState,
} from './village.state';

function defined(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined && id !== ''))];
}

/**
 * The units the rules need, which are also those the caller's scope must cover (a village is in scope
 * when its commune is): the commune (both communes of a move) and the cell named.
 */
export function villageFactsNeeded(command: VillageCommand, state: VillageState): FactsNeeded {
  const current = isVillage(state) ? state : undefined;
  switch (command.action) {
    case 'establish':
      return {
        members: [],
        orgs: defined([command.payload.communeId, command.payload.cellId]),
      };
    case 'move':
      return {
        members: [],
        orgs: defined([current?.communeId, command.payload.communeId, current?.cellId]),
      };
    case 'assign-cell':
      return { members: [], orgs: defined([current?.communeId, command.payload.cellId]) };
    case 'merge-into':
      return {
        members: [],
        orgs: defined([current?.communeId]),
        villages: [command.payload.targetId],
      };
    case 'rename':
    case 'release-cell':
    case 'dissolve':
      return { members: [], orgs: defined([current?.communeId]) };
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

/** The units a caller's token must cover: the village's commune, and the new one of a move. */
export function villageScopeOrgIds(command: VillageCommand, state: VillageState): string[] {
  if (command.action === 'establish') return [command.payload.communeId];
  const current = isVillage(state) ? [state.communeId] : [];
  return command.action === 'move' ? defined([...current, command.payload.communeId]) : current;
}

function establish(
  command: VillageCommandOf<'establish'>,
  state: VillageState,
  context: VillageContext,
): Decision<VillageEvent> {
  if (isVillage(state))
    return rejectVillage(
      'R-VILLAGE-EXISTS',
      `Thôn ${command.villageId} đã có`,
      `Village ${command.villageId} already exists`,
      { villageId: command.villageId },
    );
  const { communeId, kind, name, code, cellId } = command.payload;
  const invalid = checkVillageKind(kind) ?? checkVillageName(name);
  if (invalid) return invalid;
  const commune = activeCommune(communeId, context.facts);
  if (isRejection(commune)) return commune;
  const cellProblem =
    cellId === undefined ? undefined : checkServingCell(cellId, communeId, context.facts);
  if (cellProblem) return cellProblem;
  const trimmedCode = code?.trim();
  return [
    {
      type: 'VillageEstablished',
      occurredOn: command.occurredOn,
      data: {
        communeId,
        kind,
        name: name.trim(),
        ...(trimmedCode ? { code: trimmedCode } : {}),
        ...(cellId === undefined ? {} : { cellId }),
      },
    },
  ];
}

function unchanged(vi: string, en: string) {
  return rejectVillage('R-VILLAGE-UNCHANGED', vi, en);
}

function decideOnVillage(
  command: Exclude<VillageCommand, VillageCommandOf<'establish'>>,
  village: Village,
  context: VillageContext,
): Decision<VillageEvent> {
  const on = command.occurredOn;
  switch (command.action) {
    case 'rename': {
      const name = command.payload.name;
      const invalid = checkVillageName(name);
      if (invalid) return invalid;
      if (name.trim() === village.name)
        return unchanged('Tên thôn không thay đổi', 'The name is unchanged');
      return [
        {
          type: 'VillageRenamed',
          occurredOn: on,
          data: { name: name.trim(), previousName: village.name },
        },
      ];
    }
    case 'move': {
      const communeId = command.payload.communeId;
      if (communeId === village.communeId)
        return unchanged('Thôn đã thuộc xã, phường này', 'The village already belongs there');
      const commune = activeCommune(communeId, context.facts);
      if (isRejection(commune)) return commune;
      const cellProblem =
        village.cellId === undefined
          ? undefined
          : checkServingCell(village.cellId, communeId, context.facts);
      if (cellProblem) return cellProblem;
      return [
        {
          type: 'VillageMoved',
          occurredOn: on,
          data: { communeId, previousCommuneId: village.communeId },
        },
      ];
    }
    case 'assign-cell': {
      const cellId = command.payload.cellId;
      if (cellId === village.cellId)
        return unchanged('Chi bộ này đã phụ trách thôn', 'The cell already serves the village');
      const problem = checkServingCell(cellId, village.communeId, context.facts);
      if (problem) return problem;
      return [
        {
          type: 'VillageCellAssigned',
          occurredOn: on,
          data: {
            cellId,
            ...(village.cellId === undefined ? {} : { previousCellId: village.cellId }),
          },
        },
      ];
    }
    case 'release-cell':
      if (village.cellId === undefined)
        return unchanged('Thôn chưa có chi bộ phụ trách', 'No cell serves the village');
      return [
        { type: 'VillageCellReleased', occurredOn: on, data: { previousCellId: village.cellId } },
      ];
    case 'merge-into': {
      const target = activeMergeTarget(
        command.villageId,
        village,
        command.payload.targetId,
        context.facts,
      );
      if (isRejection(target)) return target;
      return [{ type: 'VillageMerged', occurredOn: on, data: { targetId: target.id } }];
    }
    case 'dissolve':
      return [{ type: 'VillageDissolved', occurredOn: on, data: {} }];
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

export function decideVillage(
  command: VillageCommand,
  state: VillageState,
  context: VillageContext,
): Decision<VillageEvent> {
  const dateProblem = checkVillageDate(command, state, context.today);
  if (dateProblem) return dateProblem;
  if (command.action === 'establish') return establish(command, state, context);
  const village = activeVillage(command.villageId, state);
  if (isRejection(village)) return village;
  return decideOnVillage(command, village, context);
}

export const villageDecider: Decider<VillageCommand, VillageEvent, VillageState, VillageContext> = {
  initialState: initialVillageState,
  evolve: evolveVillage,
  decide: decideVillage,
};
