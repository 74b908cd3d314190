import type { Decider, Decision } from '../kernel/decider';
import type { FactsNeeded } from '../kernel/facts';
import { isRejection, type Rejection } from '../kernel/rejection';
import { ORG_KINDS } from './org-kind';
import { recordOrgRating } from './org.rating';
import type { OrgCommand, OrgCommandOf, OrgContext } from './org.commands';
import type { OrgEvent } from './org.events';
import {
  activeMergeTarget,
  activeParent,
  activeUnit,
  checkAttributes,
  checkAuthorityKind,
  checkDate,
  checkDistrictsAllowed,
  checkMergeKind,
  checkNameAndCode,
  checkNesting,
  checkNotWithin,
  checkRootKind,
  rejectOrg,
} from './org.rules';
import {
  evolveOrg,
  initialOrgState,
  isEstablished,
  type OrgState,
  type OrgUnit,
} from './org.state';

/**
 * The units whose facts the rules need, and which the caller's scope must cover: the unit itself
 * (so a token cannot act on a unit outside its subtree), the new parent of an establish or move (its
 * ancestors reveal cycles), the current parent of a move (moving a unit out of a subtree needs that
 * subtree) and the target of a merge.
 */
export function factsNeeded(command: OrgCommand, state: OrgState): FactsNeeded {
  const current = isEstablished(state) ? state.parentId : undefined;
  const orgs = ((): (string | undefined)[] => {
    switch (command.action) {
      case 'establish':
        return [command.payload.parentId];
      case 'move':
        return [command.orgId, current, command.payload.parentId];
      case 'merge-into':
        return [command.orgId, command.payload.targetId];
      case 'rename':
      case 'dissolve':
      case 'grant-admission-authority':
      case 'revoke-admission-authority':
      case 'record-rating':
        return [command.orgId];
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  })();
  return { members: [], orgs: [...new Set(orgs.filter((id): id is string => id !== undefined))] };
}

function unchanged(vi: string, en: string): Rejection {
  return rejectOrg('R-ORG-UNCHANGED', vi, en);
}

function establish(
  command: OrgCommandOf<'establish'>,
  state: OrgState,
  context: OrgContext,
): Decision<OrgEvent> {
  const { parentId, kind, name, code, attributes } = command.payload;
  if (isEstablished(state)) {
    return rejectOrg(
      'R-ORG-EXISTS',
      `Đơn vị ${command.orgId} đã được thành lập`,
      `Unit ${command.orgId} already exists`,
      {
        orgId: command.orgId,
      },
    );
  }
  if (!ORG_KINDS.includes(kind)) {
    return rejectOrg(
      'R-ORG-KIND',
      `Loại đơn vị không hợp lệ: ${String(kind)}`,
      `Not a kind of unit: ${String(kind)}`,
    );
  }
  const invalid =
    checkNameAndCode(name, code) ??
    checkAttributes(kind, attributes) ??
    checkDistrictsAllowed(kind, attributes, command.occurredOn, context.policy);
  if (invalid) return invalid;
  if (parentId === undefined) return checkRootKind(kind) ?? [established(command)];
  if (parentId === command.orgId) {
    return rejectOrg(
      'R-ORG-CYCLE',
      'Đơn vị không thể trực thuộc chính nó',
      'A unit cannot be its own parent',
    );
  }
  const parent = activeParent(parentId, context.facts);
  if (isRejection(parent)) return parent;
  return checkNesting(kind, parent, context.policy) ?? [established(command)];
}

function established(command: OrgCommandOf<'establish'>): OrgEvent {
  const { parentId, kind, name, code, attributes } = command.payload;
  return {
    type: 'OrgUnitEstablished',
    occurredOn: command.occurredOn,
    data: {
      ...(parentId === undefined ? {} : { parentId }),
      kind,
      name: name.trim(),
      code: code.trim(),
      attributes,
    },
  };
}

function rename(command: OrgCommandOf<'rename'>, unit: OrgUnit): Decision<OrgEvent> {
  const name = command.payload.name;
  const code = command.payload.code ?? unit.code;
  const invalid = checkNameAndCode(name, code);
  if (invalid) return invalid;
  if (name.trim() === unit.name && code.trim() === unit.code) {
    return unchanged('Tên và mã đơn vị không thay đổi', 'The name and code are unchanged');
  }
  return [
    {
      type: 'OrgUnitRenamed',
      occurredOn: command.occurredOn,
      data: {
        name: name.trim(),
        previousName: unit.name,
        code: code.trim(),
        previousCode: unit.code,
      },
    },
  ];
}

function move(
  command: OrgCommandOf<'move'>,
  unit: OrgUnit,
  context: OrgContext,
): Decision<OrgEvent> {
  const parentId = command.payload.parentId;
  if (parentId === unit.parentId) {
    return unchanged('Đơn vị đã trực thuộc đơn vị này', 'The unit is already under this parent');
  }
  if (parentId === command.orgId) {
    return rejectOrg(
      'R-ORG-CYCLE',
      'Đơn vị không thể trực thuộc chính nó',
      'A unit cannot be its own parent',
    );
  }
  const parent = activeParent(parentId, context.facts);
  if (isRejection(parent)) return parent;
  const problem =
    checkNotWithin(command.orgId, parent, 'move') ??
    checkNesting(unit.kind, parent, context.policy);
  if (problem) return problem;
  return [
    {
      type: 'OrgUnitMoved',
      occurredOn: command.occurredOn,
      data: {
        parentId,
        ...(unit.parentId === undefined ? {} : { previousParentId: unit.parentId }),
      },
    },
  ];
}

function mergeInto(
  command: OrgCommandOf<'merge-into'>,
  unit: OrgUnit,
  context: OrgContext,
): Decision<OrgEvent> {
  const targetId = command.payload.targetId;
  if (targetId === command.orgId) {
    return rejectOrg(
      'R-ORG-CYCLE',
      'Không thể hợp nhất đơn vị vào chính nó',
      'A unit cannot be merged into itself',
    );
  }
  const target = activeMergeTarget(targetId, context.facts);
  if (isRejection(target)) return target;
  return (
    checkNotWithin(command.orgId, target, 'merge-into') ??
    checkMergeKind(unit.kind, target) ?? [
      { type: 'OrgUnitMerged', occurredOn: command.occurredOn, data: { targetId } },
    ]
  );
}

function dissolve(command: OrgCommandOf<'dissolve'>): Decision<OrgEvent> {
  return [{ type: 'OrgUnitDissolved', occurredOn: command.occurredOn, data: {} }];
}

function grantAuthority(
  command: OrgCommandOf<'grant-admission-authority'>,
  unit: OrgUnit,
): Decision<OrgEvent> {
  const problem = checkAuthorityKind(unit.kind);
  if (problem) return problem;
  if (unit.admissionAuthority) {
    return unchanged(
      'Đơn vị đã được ủy quyền kết nạp',
      'The unit already holds admission authority',
    );
  }
  return [{ type: 'AdmissionAuthorityGranted', occurredOn: command.occurredOn, data: {} }];
}

function revokeAuthority(
  command: OrgCommandOf<'revoke-admission-authority'>,
  unit: OrgUnit,
): Decision<OrgEvent> {
  if (!unit.admissionAuthority) {
    return unchanged(
      'Đơn vị không được ủy quyền kết nạp',
      'The unit does not hold admission authority',
    );
  }
  return [{ type: 'AdmissionAuthorityRevoked', occurredOn: command.occurredOn, data: {} }];
}

/** The actions on an existing unit, given the active unit. */
function decideOnUnit(
  command: Exclude<OrgCommand, OrgCommandOf<'establish'>>,
  unit: OrgUnit,
  context: OrgContext,
): Decision<OrgEvent> {
  switch (command.action) {
    case 'rename':
      return rename(command, unit);
    case 'move':
      return move(command, unit, context);
    case 'merge-into':
      return mergeInto(command, unit, context);
    case 'dissolve':
      return dissolve(command);
    case 'grant-admission-authority':
      return grantAuthority(command, unit);
    case 'revoke-admission-authority':
      return revokeAuthority(command, unit);
    case 'record-rating':
      return recordOrgRating(command, unit);
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

export function decideOrg(
  command: OrgCommand,
  state: OrgState,
  context: OrgContext,
): Decision<OrgEvent> {
  const dateProblem = checkDate(command, state, context.today);
  if (dateProblem) return dateProblem;
  if (command.action === 'establish') return establish(command, state, context);
  const unit = activeUnit(command.orgId, state);
  if (isRejection(unit)) return unit;
  return decideOnUnit(command, unit, context);
}

export const orgDecider: Decider<OrgCommand, OrgEvent, OrgState, OrgContext> = {
  initialState: initialOrgState,
  evolve: evolveOrg,
  decide: decideOrg,
};
