import type { Facts, OrgFacts, VillageFacts } from '../kernel/facts';
import { checkCommandDate, checkDateOrder } from '../kernel/command-date';
import { formatDateVi, type LocalDate } from '../kernel/local-date';
import { DATE_RULE_CODES, reject, type Rejection } from '../kernel/rejection';
import { isCellKind, type OrgKind } from '../org/org-kind';
import { ORG_KIND_LABELS } from '../org/org.rules';
import type { VillageCommand } from './village.commands';
import { VILLAGE_KINDS, VILLAGE_KIND_LABELS } from './village.events';
import { isVillage, type Village, type VillageState } from './village.state';

/**
 * The units of the party tree that stand for a commune or ward: its grassroots committee (đảng ủy xã,
 * phường) or grassroots cell under a district until 2025, and from QĐ 294 (1/7/2025) the commune's
 * committee directly under the province, a direct committee at level `commune` (ADR 0014). A village
 * belongs to one of them. The grassroots organizations stay communes' too: a village need not move on
 * the day the committee above them changes.
 */
export const COMMUNE_KINDS: readonly OrgKind[] = [
  'grassroots_committee',
  'grassroots_cell',
  'direct_committee',
];

/** Whether a unit stands for a commune or ward (a direct committee only at level `commune`). */
export function standsForCommune(unit: OrgFacts): boolean {
  if (unit.kind === 'direct_committee') return unit.attributes?.level === 'commune';
  return COMMUNE_KINDS.includes(unit.kind);
}

/** Every rule the village decider checks. */
export const VILLAGE_RULES = [
  ...DATE_RULE_CODES,
  'R-VILLAGE-EXISTS',
  'R-VILLAGE-UNKNOWN',
  'R-VILLAGE-INACTIVE',
  'R-VILLAGE-KIND',
  'R-VILLAGE-NAME',
  'R-VILLAGE-COMMUNE',
  'R-VILLAGE-CELL',
  'R-VILLAGE-MERGE-TARGET',
  'R-VILLAGE-UNCHANGED',
] as const;
export type VillageRule = (typeof VILLAGE_RULES)[number];

export function rejectVillage(
  rule: VillageRule,
  vi: string,
  en: string,
  details?: Record<string, unknown>,
): Rejection {
  return reject(rule, { vi, en }, details);
}

/** R-DATE-*: a real date, not in the future, not before the village's last event. */
export function checkVillageDate(
  command: VillageCommand,
  state: VillageState,
  today: LocalDate,
): Rejection | undefined {
  const latest = isVillage(state) ? state.lastChangedOn : undefined;
  return (
    checkCommandDate(command.occurredOn, today) ??
    checkDateOrder(command.occurredOn, latest, {
      vi: 'thay đổi gần nhất của thôn',
      en: "the village's latest change",
    })
  );
}

/** R-VILLAGE-UNKNOWN, R-VILLAGE-INACTIVE: every action but `establish` needs an active village. */
export function activeVillage(villageId: string, state: VillageState): Village | Rejection {
  if (!isVillage(state))
    return rejectVillage(
      'R-VILLAGE-UNKNOWN',
      `Không có thôn, tổ dân phố ${villageId}`,
      `There is no village ${villageId}`,
      { villageId },
    );
  if (state.status !== 'active') {
    const vi = state.status === 'merged' ? 'đã được sáp nhập' : 'đã giải thể';
    return rejectVillage(
      'R-VILLAGE-INACTIVE',
      `${state.name} ${vi} từ ${formatDateVi(state.endedOn ?? state.lastChangedOn)}`,
      `${state.name} was ${state.status} on ${state.endedOn ?? state.lastChangedOn}`,
      { villageId, status: state.status },
    );
  }
  return state;
}

export function checkVillageKind(kind: string): Rejection | undefined {
  if ((VILLAGE_KINDS as readonly string[]).includes(kind)) return undefined;
  return rejectVillage(
    'R-VILLAGE-KIND',
    `Loại thôn không hợp lệ: ${kind} (một trong: ${VILLAGE_KINDS.map((k) => VILLAGE_KIND_LABELS[k].vi).join('; ')})`,
    `Not a kind of village: ${kind} (one of: ${VILLAGE_KINDS.join(', ')})`,
    { kind },
  );
}

export function checkVillageName(name: string): Rejection | undefined {
  if (typeof name === 'string' && name.trim() !== '') return undefined;
  return rejectVillage(
    'R-VILLAGE-NAME',
    'Tên thôn không được để trống',
    'The village needs a name',
  );
}

/** R-VILLAGE-COMMUNE: the commune is a known, active unit standing for a commune or ward. */
export function activeCommune(communeId: string, facts: Facts): OrgFacts | Rejection {
  const commune = facts.org(communeId);
  if (commune === undefined)
    return rejectVillage(
      'R-VILLAGE-COMMUNE',
      `Không có đơn vị ${communeId}`,
      `There is no unit ${communeId}`,
      { communeId },
    );
  if (!commune.active)
    return rejectVillage(
      'R-VILLAGE-COMMUNE',
      `${commune.name} không còn hoạt động`,
      `${commune.name} is no longer active`,
      { communeId },
    );
  if (!standsForCommune(commune)) {
    const label = ORG_KIND_LABELS[commune.kind];
    return rejectVillage(
      'R-VILLAGE-COMMUNE',
      `Thôn thuộc xã, phường: ${commune.name} là ${label.vi}, không phải đảng bộ xã, phường`,
      `A village belongs to a commune or ward: ${commune.name} is a ${label.en}, not a commune's committee`,
      { communeId, kind: commune.kind },
    );
  }
  return commune;
}

/** R-VILLAGE-CELL: the serving cell is an active residential cell of the commune. */
export function checkServingCell(
  cellId: string,
  communeId: string,
  facts: Facts,
): Rejection | undefined {
  const cell = facts.org(cellId);
  const refuse = (vi: string, en: string) =>
    rejectVillage('R-VILLAGE-CELL', vi, en, { cellId, communeId });
  if (cell === undefined) return refuse(`Không có chi bộ ${cellId}`, `There is no cell ${cellId}`);
  if (!cell.active)
    return refuse(`${cell.name} không còn hoạt động`, `${cell.name} is no longer active`);
  if (!isCellKind(cell.kind))
    return refuse(`${cell.name} không phải chi bộ`, `${cell.name} is not a cell`);
  if (cell.residential !== true)
    return refuse(
      `${cell.name} không phải chi bộ khu dân cư`,
      `${cell.name} is not a residential cell`,
    );
  if (cell.id !== communeId && !cell.ancestorIds.includes(communeId))
    return refuse(
      `${cell.name} không trực thuộc đảng bộ xã, phường của thôn`,
      `${cell.name} is not under the village's commune`,
    );
  return undefined;
}

/** R-VILLAGE-MERGE-TARGET: another active village of the same commune. */
export function activeMergeTarget(
  villageId: string,
  village: Village,
  targetId: string,
  facts: Facts,
): VillageFacts | Rejection {
  const target = targetId === villageId ? undefined : facts.village?.(targetId);
  const refuse = (vi: string, en: string) =>
    rejectVillage('R-VILLAGE-MERGE-TARGET', vi, en, { targetId });
  if (targetId === villageId)
    return refuse('Không thể sáp nhập thôn vào chính nó', 'A village cannot merge into itself');
  if (target === undefined)
    return refuse(`Không có thôn, tổ dân phố ${targetId}`, `There is no village ${targetId}`);
  if (!target.active)
    return refuse(`${target.name} không còn hoạt động`, `${target.name} is no longer active`);
  if (target.communeId !== village.communeId)
    return refuse(
      `${target.name} thuộc xã, phường khác: chuyển thôn về cùng xã trước khi sáp nhập`,
      `${target.name} belongs to another commune: move the village there first`,
    );
  return target;
}
