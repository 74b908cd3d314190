import { checkCommandDate, checkDateOrder } from '../kernel/command-date';
import type { Facts, OrgFacts } from '../kernel/facts';
import { formatDateVi, type LocalDate } from '../kernel/local-date';
import { DATE_RULE_CODES, reject, type Bilingual, type Rejection } from '../kernel/rejection';
import type { Policy } from '../policy/policy';
import type { OrgKind } from './org-kind';
import type { OrgCommand } from './org.commands';
import {
  DIRECT_COMMITTEE_LEVELS,
  ORG_AREAS,
  ORG_ZONES,
  directCommitteeLevel,
  type DirectCommitteeLevel,
  type OrgAttributes,
} from './org.events';
import { isEstablished, type OrgState, type OrgUnit } from './org.state';

/** How units are named to users, in Vietnamese and English (domain.md §1). */
export const ORG_KIND_LABELS: Readonly<Record<OrgKind, Bilingual>> = {
  central: { vi: 'Trung ương', en: 'central' },
  province: { vi: 'Đảng bộ tỉnh', en: 'provincial committee' },
  direct_committee: { vi: 'Đảng bộ trực thuộc', en: 'directly subordinate committee' },
  grassroots_committee: { vi: 'Đảng bộ cơ sở', en: 'grassroots committee' },
  grassroots_cell: { vi: 'Chi bộ cơ sở', en: 'grassroots cell' },
  partial_committee: { vi: 'Đảng bộ bộ phận', en: 'partial committee' },
  cell: { vi: 'Chi bộ trực thuộc', en: 'subordinate cell' },
};

/** The levels a direct committee stands for (ADR 0014). */
export const DIRECT_COMMITTEE_LEVEL_LABELS: Readonly<Record<DirectCommitteeLevel, Bilingual>> = {
  district: {
    vi: 'cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh)',
    en: 'district level',
  },
  commune: {
    vi: 'cấp xã (xã, phường, đặc khu)',
    en: 'commune level (commune, ward, special zone)',
  },
  bloc: {
    vi: 'khối cơ quan, doanh nghiệp, lực lượng vũ trang',
    en: 'bloc (agencies, enterprises, armed forces)',
  },
};

/** Units that may stand at the top of a deployment's tree, with no parent. */
export const ROOT_KINDS: readonly OrgKind[] = ['central', 'province'];

/**
 * The kinds a unit of each kind may be placed under (R-ORG-NESTING), under every policy version. From
 * QĐ 294 a commune-level direct committee also holds what `policy.organization.communeCommitteeHolds`
 * lists (see `allowedUnder`).
 */
export const PARENT_KINDS: Readonly<Record<OrgKind, readonly OrgKind[]>> = {
  central: [],
  province: ['central'],
  direct_committee: ['province'],
  grassroots_committee: ['direct_committee', 'province'],
  grassroots_cell: ['direct_committee', 'province'],
  partial_committee: ['grassroots_committee'],
  cell: ['grassroots_committee', 'partial_committee'],
};

/**
 * The kinds a unit of each kind may be merged into (R-ORG-MERGE-KIND): the target takes over the
 * unit's members or sub-units, so it must be able to hold them. A cell's members go to another cell; a
 * committee's sub-units to a committee of the same level or the one above (2025: district committees
 * into the province, provinces into provinces).
 */
export const MERGE_TARGET_KINDS: Readonly<Record<OrgKind, readonly OrgKind[]>> = {
  central: [],
  province: ['province'],
  direct_committee: ['direct_committee', 'province'],
  grassroots_committee: ['grassroots_committee'],
  grassroots_cell: ['grassroots_cell', 'cell'],
  partial_committee: ['partial_committee', 'grassroots_committee'],
  cell: ['cell', 'grassroots_cell'],
};

/** Only a grassroots committee can be authorised to decide admissions (QĐ 24 §4.3.2). */
export const ADMISSION_AUTHORITY_KINDS: readonly OrgKind[] = ['grassroots_committee'];

/** Residential (village) is a property of cells (domain.md §1). */
export const RESIDENTIAL_KINDS: readonly OrgKind[] = ['cell', 'grassroots_cell'];

/** Every rule the organization decider checks. */
export const ORG_RULES = [
  ...DATE_RULE_CODES,
  'R-ORG-EXISTS',
  'R-ORG-UNKNOWN',
  'R-ORG-INACTIVE',
  'R-ORG-KIND',
  'R-ORG-NAME',
  'R-ORG-ATTRIBUTES',
  'R-ORG-PARENT',
  'R-ORG-NESTING',
  'R-ORG-DISTRICT-ABOLISHED',
  'R-ORG-LEVEL',
  'R-ORG-CYCLE',
  'R-ORG-MERGE-TARGET',
  'R-ORG-MERGE-KIND',
  'R-ORG-AUTHORITY-KIND',
  'R-ORG-UNCHANGED',
  // The yearly quality rating of an organization (org.rating.ts).
  'R-ORG-RATING-KIND',
  'R-ORG-RATING-YEAR',
  'R-ORG-RATING-ONCE',
  'R-ORG-RATING-SCORE',
  'R-ORG-RATING-DECISION',
] as const;
export type OrgRule = (typeof ORG_RULES)[number];

/** The organization rules' `reject`: a code outside ORG_RULES does not compile. */
export function rejectOrg(
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
export function checkDate(
  command: OrgCommand,
  state: OrgState,
  today: LocalDate,
): Rejection | undefined {
  const latest = isEstablished(state) ? state.lastChangedOn : undefined;
  return (
    checkCommandDate(command.occurredOn, today) ??
    checkDateOrder(command.occurredOn, latest, {
      vi: 'thay đổi gần nhất của đơn vị',
      en: "the unit's latest change",
    })
  );
}

/** R-ORG-UNKNOWN, R-ORG-INACTIVE: every action but `establish` needs an active unit. */
export function activeUnit(orgId: string, state: OrgState): OrgUnit | Rejection {
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
export function activeParent(parentId: string, facts: Facts): OrgFacts | Rejection {
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

/** Whether a unit of `kind` may stand under `parent` by the rules of `policy` (R-ORG-NESTING). */
export function allowedUnder(kind: OrgKind, parent: OrgFacts, policy: Policy): boolean {
  if (PARENT_KINDS[kind].includes(parent.kind)) return true;
  return (
    parent.kind === 'direct_committee' &&
    directCommitteeLevel(parent.attributes) === 'commune' &&
    policy.organization.communeCommitteeHolds.includes(kind)
  );
}

/** R-ORG-NESTING: a unit of this kind may stand under a unit of that kind, on the policy's date. */
export function checkNesting(
  kind: OrgKind,
  parent: OrgFacts,
  policy: Policy,
): Rejection | undefined {
  if (allowedUnder(kind, parent, policy)) return undefined;
  const allowed = PARENT_KINDS[kind];
  return rejectOrg(
    'R-ORG-NESTING',
    allowed.length === 0
      ? `${kindVi(kind)} không trực thuộc đơn vị nào`
      : `${kindVi(kind)} không thể trực thuộc ${kindVi(parent.kind)} (chỉ trực thuộc: ${kindsVi(allowed)})`,
    allowed.length === 0
      ? `A ${kindEn(kind)} has no parent unit`
      : `A ${kindEn(kind)} cannot be placed under a ${kindEn(parent.kind)} (only under: ${kindsEn(allowed)})`,
    { kind, parentKind: parent.kind, allowedParentKinds: allowed, policyVersion: policy.version },
  );
}

/** R-ORG-CYCLE: a unit cannot be placed under (or merged into) itself or one of its own descendants. */
export function checkNotWithin(
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

export function checkAuthorityKind(kind: OrgKind): Rejection | undefined {
  if (ADMISSION_AUTHORITY_KINDS.includes(kind)) return undefined;
  return rejectOrg(
    'R-ORG-AUTHORITY-KIND',
    `Chỉ ${kindsVi(ADMISSION_AUTHORITY_KINDS)} được ủy quyền kết nạp đảng viên; ${kindVi(kind)} thì không`,
    `Only a ${kindsEn(ADMISSION_AUTHORITY_KINDS)} can hold admission authority, not a ${kindEn(kind)}`,
    { kind },
  );
}

export function checkNameAndCode(name: string, code: string): Rejection | undefined {
  if (typeof name !== 'string' || name.trim() === '') {
    return rejectOrg('R-ORG-NAME', 'Tên đơn vị không được để trống', 'The unit needs a name');
  }
  if (typeof code !== 'string' || code.trim() === '') {
    return rejectOrg('R-ORG-NAME', 'Mã đơn vị không được để trống', 'The unit needs a code');
  }
  return undefined;
}

export function checkAttributes(
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
  const zones: readonly unknown[] = attributes.zones ?? [];
  if (!Array.isArray(zones) || zones.some((zone) => !ORG_ZONES.includes(zone as never))) {
    return rejectOrg(
      'R-ORG-ATTRIBUTES',
      `Vùng phải là một hoặc nhiều trong: ${ORG_ZONES.join(', ')}`,
      `The zones must be among: ${ORG_ZONES.join(', ')}`,
      { zones: attributes.zones },
    );
  }
  if (attributes.level !== undefined) {
    if (kind !== 'direct_committee') {
      return rejectOrg(
        'R-ORG-ATTRIBUTES',
        `Chỉ đảng bộ trực thuộc mới có cấp (huyện, xã, khối); ${kindVi(kind)} thì không`,
        `Only a directly subordinate committee has a level, not a ${kindEn(kind)}`,
        { kind, level: attributes.level },
      );
    }
    if (!DIRECT_COMMITTEE_LEVELS.includes(attributes.level)) {
      return rejectOrg(
        'R-ORG-ATTRIBUTES',
        `Cấp phải là một trong: ${DIRECT_COMMITTEE_LEVELS.join(', ')}`,
        `The level must be one of: ${DIRECT_COMMITTEE_LEVELS.join(', ')}`,
        { level: attributes.level },
      );
    }
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

/**
 * R-ORG-DISTRICT-ABOLISHED: no new district-level committee once the policy has abolished them (QĐ 294);
 * R-ORG-LEVEL: no commune-level committee before it (communes were grassroots committees then).
 */
export function checkDistrictsAllowed(
  kind: OrgKind,
  attributes: OrgAttributes | undefined,
  occurredOn: LocalDate,
  policy: Policy,
): Rejection | undefined {
  if (kind !== 'direct_committee') return undefined;
  const level = directCommitteeLevel(attributes);
  const allowed = policy.organization.directCommitteeLevels;
  if (allowed.includes(level)) return undefined;
  const details = { level, allowedLevels: allowed, policyVersion: policy.version };
  if (level === 'district') {
    return rejectOrg(
      'R-ORG-DISTRICT-ABOLISHED',
      `Không còn cấp huyện: không thành lập mới đảng bộ huyện từ ngày ${formatDateVi(occurredOn)} (${policy.basis.vi}); đảng bộ xã, phường trực thuộc tỉnh ủy được thành lập với cấp (level) "commune"`,
      `There is no district level any more: no new district committee may be established on ${occurredOn} (${policy.basis.en}); a commune or ward committee under the province has level "commune"`,
      details,
    );
  }
  const label = DIRECT_COMMITTEE_LEVEL_LABELS[level];
  return rejectOrg(
    'R-ORG-LEVEL',
    `Ngày ${formatDateVi(occurredOn)} chưa có đảng bộ ${label.vi} trực thuộc tỉnh ủy; theo ${policy.basis.vi}, đảng bộ xã, phường là đảng bộ cơ sở`,
    `No directly subordinate committee at ${label.en} on ${occurredOn} (${policy.basis.en}): a commune committee is a grassroots committee then`,
    details,
  );
}

/** R-ORG-PARENT: only a root kind stands without a parent. */
export function checkRootKind(kind: OrgKind): Rejection | undefined {
  if (ROOT_KINDS.includes(kind)) return undefined;
  return rejectOrg(
    'R-ORG-PARENT',
    `${kindVi(kind)} phải trực thuộc một đơn vị cấp trên`,
    `A ${kindEn(kind)} needs a parent unit`,
    { kind },
  );
}

/** R-ORG-MERGE-TARGET: a unit is merged into a known, active unit. */
export function activeMergeTarget(targetId: string, facts: Facts): OrgFacts | Rejection {
  const target = facts.org(targetId);
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
  return target;
}

/** R-ORG-MERGE-KIND: the target can hold what the unit holds (see MERGE_TARGET_KINDS). */
export function checkMergeKind(kind: OrgKind, target: OrgFacts): Rejection | undefined {
  const allowed = MERGE_TARGET_KINDS[kind];
  if (allowed.includes(target.kind)) return undefined;
  return rejectOrg(
    'R-ORG-MERGE-KIND',
    `${kindVi(kind)} không thể hợp nhất vào ${kindVi(target.kind)}${allowed.length ? ` (chỉ vào: ${kindsVi(allowed)})` : ''}`,
    `A ${kindEn(kind)} cannot be merged into a ${kindEn(target.kind)}${allowed.length ? ` (only into: ${kindsEn(allowed)})` : ''}`,
    { kind, targetKind: target.kind, allowedTargetKinds: allowed },
  );
}
