import type { Decider, Decision } from '../kernel/decider';
import type { Facts, FactsNeeded, OrgFacts } from '../kernel/facts';
import { formatDateVi, isLocalDate, type LocalDate } from '../kernel/local-date';
import { isRejection, reject, type Rejection } from '../kernel/rejection';
import type { Policy } from '../policy/policy';
import { ORG_KINDS, type OrgKind } from './org-kind';
import { ORG_AREAS, type OrgAttributes, type OrgEvent } from './org.events';
import {
  ADMISSION_AUTHORITY_KINDS,
  MERGE_TARGET_KINDS,
  ORG_KIND_LABELS,
  PARENT_KINDS,
  RESIDENTIAL_KINDS,
  ROOT_KINDS,
  type OrgRule,
} from './org.rules';
import {
  evolveOrg,
  initialOrgState,
  isEstablished,
  type OrgState,
  type OrgUnit,
} from './org.state';

/** The actions of `POST /api/orgs` and `POST /api/orgs/{id}/actions/{action}` (api.md). */
export const ORG_ACTIONS = [
  'establish',
  'rename',
  'move',
  'merge-into',
  'dissolve',
  'grant-admission-authority',
  'revoke-admission-authority',
] as const;
export type OrgAction = (typeof ORG_ACTIONS)[number];

export interface EstablishPayload {
  /** Omitted for a root unit (a province, or central in a national deployment). */
  readonly parentId?: string;
  readonly kind: OrgKind;
  readonly name: string;
  readonly code: string;
  readonly attributes: OrgAttributes;
}

export interface RenamePayload {
  readonly name: string;
  /** A new code too, when the renaming changes it; the code stays otherwise. */
  readonly code?: string;
}

export interface MovePayload {
  /** The new parent. */
  readonly parentId: string;
}

export interface MergeIntoPayload {
  readonly targetId: string;
}

type NoPayload = Readonly<Record<string, never>>;

export interface OrgPayloads {
  establish: EstablishPayload;
  rename: RenamePayload;
  move: MovePayload;
  'merge-into': MergeIntoPayload;
  dissolve: NoPayload;
  'grant-admission-authority': NoPayload;
  'revoke-admission-authority': NoPayload;
}

export interface OrgCommandOf<Action extends OrgAction> {
  readonly action: Action;
  readonly orgId: string;
  /** The business date the officer states; never in the future, never before the unit's last event. */
  readonly occurredOn: LocalDate;
  readonly payload: OrgPayloads[Action];
  readonly reason?: string;
  /** The decision number, e.g. `125-QĐ/TU`. */
  readonly documentRef?: string;
}

export type OrgCommand = { [Action in OrgAction]: OrgCommandOf<Action> }[OrgAction];

export interface OrgContext {
  readonly today: LocalDate;
  /** The policy version in force on the command's `occurredOn`. */
  readonly policy: Policy;
  readonly facts: Facts;
}

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
        return [command.orgId];
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  })();
  return { members: [], orgs: [...new Set(orgs.filter((id): id is string => id !== undefined))] };
}

function rejectOrg(
  rule: OrgRule,
  vi: string,
  en: string,
  details?: Record<string, unknown>,
): Rejection {
  return reject(rule, { vi, en }, details);
}

const kindVi = (kind: OrgKind): string => ORG_KIND_LABELS[kind].vi;
const kindEn = (kind: OrgKind): string => ORG_KIND_LABELS[kind].en;
const kindsVi = (kinds: readonly OrgKind[]): string => kinds.map(kindVi).join(', ');
const kindsEn = (kinds: readonly OrgKind[]): string => kinds.map(kindEn).join(', ');

/** R-DATE-*: a real date, not in the future, not before the unit's last event. */
function checkDate(command: OrgCommand, state: OrgState, today: LocalDate): Rejection | undefined {
  const date = command.occurredOn;
  if (!isLocalDate(date)) {
    return rejectOrg(
      'R-DATE-VALID',
      `Ngày không hợp lệ: ${String(date)}`,
      `Not a valid date: ${String(date)}`,
    );
  }
  if (date > today) {
    return rejectOrg(
      'R-DATE-FUTURE',
      `Ngày ${formatDateVi(date)} ở trong tương lai (hôm nay ${formatDateVi(today)})`,
      `${date} is in the future (today is ${today})`,
      { occurredOn: date, today },
    );
  }
  if (isEstablished(state) && date < state.lastChangedOn) {
    return rejectOrg(
      'R-DATE-ORDER',
      `Ngày ${formatDateVi(date)} trước thay đổi gần nhất của đơn vị (${formatDateVi(state.lastChangedOn)})`,
      `${date} is before the unit's latest change (${state.lastChangedOn})`,
      { occurredOn: date, lastChangedOn: state.lastChangedOn },
    );
  }
  return undefined;
}

/** R-ORG-UNKNOWN, R-ORG-INACTIVE: every action but `establish` needs an active unit. */
function activeUnit(orgId: string, state: OrgState): OrgUnit | Rejection {
  if (!isEstablished(state)) {
    return rejectOrg('R-ORG-UNKNOWN', `Không có đơn vị ${orgId}`, `There is no unit ${orgId}`, {
      orgId,
    });
  }
  if (state.status !== 'active') {
    const vi = state.status === 'merged' ? 'đã được hợp nhất' : 'đã giải thể';
    return rejectOrg(
      'R-ORG-INACTIVE',
      `Đơn vị ${state.name} ${vi} từ ${formatDateVi(state.endedOn ?? state.lastChangedOn)}`,
      `Unit ${state.name} was ${state.status} on ${state.endedOn ?? state.lastChangedOn}`,
      { orgId, status: state.status },
    );
  }
  return state;
}

/** R-ORG-PARENT: the parent is a known, active unit. */
function activeParent(parentId: string, facts: Facts): OrgFacts | Rejection {
  const parent = facts.org(parentId);
  if (parent === undefined) {
    return rejectOrg(
      'R-ORG-PARENT',
      `Không có đơn vị cấp trên ${parentId}`,
      `There is no parent unit ${parentId}`,
      {
        parentId,
      },
    );
  }
  if (!parent.active) {
    return rejectOrg(
      'R-ORG-PARENT',
      `Đơn vị cấp trên ${parent.name} không còn hoạt động`,
      `The parent unit ${parent.name} is no longer active`,
      { parentId },
    );
  }
  return parent;
}

/** R-ORG-NESTING: a unit of this kind may stand under a unit of that kind. */
function checkNesting(kind: OrgKind, parent: OrgFacts): Rejection | undefined {
  const allowed = PARENT_KINDS[kind];
  if (allowed.includes(parent.kind)) return undefined;
  return rejectOrg(
    'R-ORG-NESTING',
    allowed.length === 0
      ? `${kindVi(kind)} không trực thuộc đơn vị nào`
      : `${kindVi(kind)} không thể trực thuộc ${kindVi(parent.kind)} (chỉ trực thuộc: ${kindsVi(allowed)})`,
    allowed.length === 0
      ? `A ${kindEn(kind)} has no parent unit`
      : `A ${kindEn(kind)} cannot be placed under a ${kindEn(parent.kind)} (only under: ${kindsEn(allowed)})`,
    { kind, parentKind: parent.kind, allowedParentKinds: allowed },
  );
}

/** R-ORG-CYCLE: a unit cannot be placed under (or merged into) itself or one of its own descendants. */
function checkNotWithin(
  orgId: string,
  other: OrgFacts,
  action: 'move' | 'merge-into',
): Rejection | undefined {
  if (other.id !== orgId && !other.ancestorIds.includes(orgId)) return undefined;
  const [vi, en] =
    action === 'move'
      ? ['chuyển đơn vị vào dưới', 'move a unit under']
      : ['hợp nhất đơn vị vào', 'merge a unit into'];
  return rejectOrg(
    'R-ORG-CYCLE',
    `Không thể ${vi} chính nó hoặc đơn vị cấp dưới của nó (${other.name})`,
    `Cannot ${en} itself or one of its own sub-units (${other.name})`,
    { orgId, otherId: other.id },
  );
}

function checkAuthorityKind(kind: OrgKind): Rejection | undefined {
  if (ADMISSION_AUTHORITY_KINDS.includes(kind)) return undefined;
  return rejectOrg(
    'R-ORG-AUTHORITY-KIND',
    `Chỉ ${kindsVi(ADMISSION_AUTHORITY_KINDS)} được ủy quyền kết nạp đảng viên; ${kindVi(kind)} thì không`,
    `Only a ${kindsEn(ADMISSION_AUTHORITY_KINDS)} can hold admission authority, not a ${kindEn(kind)}`,
    { kind },
  );
}

function unchanged(vi: string, en: string): Rejection {
  return rejectOrg('R-ORG-UNCHANGED', vi, en);
}

function checkNameAndCode(name: string, code: string): Rejection | undefined {
  if (typeof name !== 'string' || name.trim() === '') {
    return rejectOrg('R-ORG-NAME', 'Tên đơn vị không được để trống', 'The unit needs a name');
  }
  if (typeof code !== 'string' || code.trim() === '') {
    return rejectOrg('R-ORG-NAME', 'Mã đơn vị không được để trống', 'The unit needs a code');
  }
  return undefined;
}

function checkAttributes(
  kind: OrgKind,
  attributes: OrgAttributes | undefined,
): Rejection | undefined {
  if (attributes === undefined || !ORG_AREAS.includes(attributes.area)) {
    return rejectOrg(
      'R-ORG-ATTRIBUTES',
      `Địa bàn phải là một trong: ${ORG_AREAS.join(', ')}`,
      `The area must be one of: ${ORG_AREAS.join(', ')}`,
      { area: attributes?.area },
    );
  }
  if (attributes.residential === true && !RESIDENTIAL_KINDS.includes(kind)) {
    return rejectOrg(
      'R-ORG-ATTRIBUTES',
      `Chỉ chi bộ mới có thể là chi bộ khu dân cư; ${kindVi(kind)} thì không`,
      `Only a cell can be residential, not a ${kindEn(kind)}`,
      { kind },
    );
  }
  if (attributes.admissionAuthority === true) return checkAuthorityKind(kind);
  return undefined;
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
      `Đơn vị ${command.orgId} đã có`,
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
  const invalid = checkNameAndCode(name, code) ?? checkAttributes(kind, attributes);
  if (invalid) return invalid;
  if (kind === 'direct_committee' && !context.policy.organization.directCommitteesAllowed) {
    return rejectOrg(
      'R-ORG-DISTRICT-ABOLISHED',
      `Không còn cấp huyện: không thành lập mới ${kindVi(kind)} vào ngày ${formatDateVi(command.occurredOn)} (${context.policy.basis.vi})`,
      `There is no district level any more: no new ${kindEn(kind)} may be established on ${command.occurredOn} (${context.policy.basis.en})`,
      { policyVersion: context.policy.version },
    );
  }
  if (parentId === undefined) {
    if (ROOT_KINDS.includes(kind)) return [established(command)];
    return rejectOrg(
      'R-ORG-PARENT',
      `${kindVi(kind)} phải trực thuộc một đơn vị cấp trên`,
      `A ${kindEn(kind)} needs a parent unit`,
      { kind },
    );
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
  return checkNesting(kind, parent) ?? [established(command)];
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
  const problem = checkNotWithin(command.orgId, parent, 'move') ?? checkNesting(unit.kind, parent);
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
  const target = context.facts.org(targetId);
  if (target === undefined || !target.active) {
    return rejectOrg(
      'R-ORG-MERGE-TARGET',
      target === undefined
        ? `Không có đơn vị ${targetId}`
        : `Đơn vị ${target.name} không còn hoạt động`,
      target === undefined
        ? `There is no unit ${targetId}`
        : `Unit ${target.name} is no longer active`,
      { targetId },
    );
  }
  const cycle = checkNotWithin(command.orgId, target, 'merge-into');
  if (cycle) return cycle;
  const allowed = MERGE_TARGET_KINDS[unit.kind];
  if (!allowed.includes(target.kind)) {
    return rejectOrg(
      'R-ORG-MERGE-KIND',
      `${kindVi(unit.kind)} không thể hợp nhất vào ${kindVi(target.kind)}${allowed.length ? ` (chỉ vào: ${kindsVi(allowed)})` : ''}`,
      `A ${kindEn(unit.kind)} cannot be merged into a ${kindEn(target.kind)}${allowed.length ? ` (only into: ${kindsEn(allowed)})` : ''}`,
      { kind: unit.kind, targetKind: target.kind, allowedTargetKinds: allowed },
    );
  }
  return [{ type: 'OrgUnitMerged', occurredOn: command.occurredOn, data: { targetId } }];
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
