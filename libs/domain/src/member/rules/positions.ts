/** Positions a person holds and the village they live in (issue 18): R-POSITION, R-RESIDENCE. */
import type { Facts } from '../../kernel/facts';
import type { Rejection } from '../../kernel/rejection';
import type { OrgKind } from '../../org/org-kind';
import type { AssignPositionPayload, EndPositionPayload } from '../member.commands';
import type { PositionPlace } from '../member.events';
import { heldPositions, samePlace, type MemberState } from '../member.state';
import {
  MASS_ORGANIZATIONS,
  MASS_ORGANIZATION_LABELS,
  PARTY_POSITIONS,
  POSITIONS,
  POSITION_LABELS,
  POSITION_TARGETS,
  type CommitteeLevel,
  type Position,
} from '../member.vocabulary';
import { bilingual, rejectMember, type Check } from './codes';

/** The committee level of a unit's kind: a cell's committee is its chi ủy, a grassroots cell's too. */
export const COMMITTEE_LEVEL_OF_KIND: Readonly<Record<OrgKind, CommitteeLevel>> = {
  central: 'central',
  province: 'province',
  direct_committee: 'direct',
  grassroots_committee: 'grassroots',
  grassroots_cell: 'grassroots',
  partial_committee: 'partial',
  cell: 'cell',
};

const CELL_POST_KINDS: readonly OrgKind[] = ['cell', 'grassroots_cell'];
const COMMITTEE_POST_KINDS: readonly OrgKind[] = [
  'central',
  'province',
  'direct_committee',
  'grassroots_committee',
  'partial_committee',
];

function positionRejection(vi: string, en: string, details?: Record<string, unknown>) {
  return rejectMember('R-POSITION', bilingual(vi, en), details);
}

/** How the place of a position is named to users: the position and where it is held. */
export function placeLabel(position: Position, place: PositionPlace): { vi: string; en: string } {
  const label = POSITION_LABELS[position];
  const organization =
    place.organization === undefined ? undefined : MASS_ORGANIZATION_LABELS[place.organization];
  const where = place.villageId ?? place.unitId ?? '?';
  return {
    vi: `${label.vi}${organization ? ` (${organization.vi})` : ''} tại ${where}`,
    en: `${label.en}${organization ? ` (${organization.en})` : ''} in ${where}`,
  };
}

/** The place fits the position: the one field it is held in, and no other. */
function checkPlaceShape(payload: AssignPositionPayload | EndPositionPayload): Check {
  const { position, villageId, unitId, organization } = payload;
  if (!POSITIONS.includes(position))
    return positionRejection(
      `Chức vụ không hợp lệ: ${String(position)}`,
      `Not a position: ${String(position)}`,
    );
  const label = POSITION_LABELS[position];
  const target = POSITION_TARGETS[position];
  if (target === 'organization') {
    if (organization === undefined || !MASS_ORGANIZATIONS.includes(organization))
      return positionRejection(
        `${label.vi}: cần nêu Mặt trận hoặc đoàn thể`,
        `${label.en}: name the Front or the mass organization`,
      );
    if ((villageId === undefined) === (unitId === undefined))
      return positionRejection(
        `${label.vi}: nêu một thôn hoặc một đơn vị, không cả hai`,
        `${label.en}: name a village or a unit, not both`,
      );
    return undefined;
  }
  if (organization !== undefined)
    return positionRejection(
      `${label.vi} không thuộc Mặt trận hay đoàn thể`,
      `A ${label.en} belongs to no mass organization`,
    );
  if (target === 'village') {
    if (villageId !== undefined && unitId === undefined) return undefined;
    return positionRejection(
      `${label.vi}: cần nêu thôn, tổ dân phố (villageId), không nêu đơn vị`,
      `A ${label.en} is held in a village (villageId), not a unit`,
    );
  }
  if (unitId !== undefined && villageId === undefined) return undefined;
  return positionRejection(
    `${label.vi}: cần nêu đơn vị (unitId), không nêu thôn`,
    `A ${label.en} is held in a unit (unitId), not a village`,
  );
}

/**
 * R-POSITION for a position taken: where it is held exists and is active and fits the position; a party
 * post is an official member's; the person does not hold it there already. Answers what the event
 * records of the unit (the committee's level, whether the cell is residential).
 */
export function checkAssignPosition(
  state: MemberState,
  payload: AssignPositionPayload,
  facts: Facts,
): Rejection | { readonly level?: CommitteeLevel; readonly residential?: boolean } {
  const shape = checkPlaceShape(payload);
  if (shape) return shape;
  const { position } = payload;
  const label = POSITION_LABELS[position];
  if (PARTY_POSITIONS.includes(position) && state.stage !== 'official')
    return positionRejection(
      `${label.vi} phải là đảng viên chính thức`,
      `A ${label.en} must be an official member`,
      { stage: state.stage },
    );
  if (heldPositions(state).some((held) => held.position === position && samePlace(held, payload)))
    return positionRejection(
      `Đang giữ chức vụ ${placeLabel(position, payload).vi}`,
      `Already holds the position: ${placeLabel(position, payload).en}`,
    );
  if (payload.villageId !== undefined) {
    const village = facts.village?.(payload.villageId);
    if (village === undefined || !village.active)
      return positionRejection(
        village === undefined
          ? `Không có thôn, tổ dân phố ${payload.villageId}`
          : `${village.name} không còn tồn tại`,
        village === undefined
          ? `There is no village ${payload.villageId}`
          : `${village.name} no longer exists`,
        { villageId: payload.villageId },
      );
    return {};
  }
  const unitId = payload.unitId as string;
  const unit = facts.org(unitId);
  if (unit === undefined || !unit.active)
    return positionRejection(
      unit === undefined ? `Không có đơn vị ${unitId}` : `${unit.name} không còn hoạt động`,
      unit === undefined ? `There is no unit ${unitId}` : `${unit.name} is no longer active`,
      { unitId },
    );
  const target = POSITION_TARGETS[position];
  const kinds =
    target === 'cell' ? CELL_POST_KINDS : target === 'committee' ? COMMITTEE_POST_KINDS : undefined;
  if (kinds !== undefined && !kinds.includes(unit.kind))
    return positionRejection(
      `${label.vi} không giữ tại ${unit.name}`,
      `A ${label.en} is not held in ${unit.name}`,
      { unitId, kind: unit.kind },
    );
  if (!PARTY_POSITIONS.includes(position)) return {};
  return {
    level: COMMITTEE_LEVEL_OF_KIND[unit.kind],
    ...(target === 'cell' ? { residential: unit.residential === true } : {}),
  };
}

/** R-POSITION for a position that ends: the person holds it there. */
export function checkEndPosition(state: MemberState, payload: EndPositionPayload): Check {
  const shape = checkPlaceShape(payload);
  if (shape) return shape;
  const held = heldPositions(state).some(
    (position) => position.position === payload.position && samePlace(position, payload),
  );
  if (held) return undefined;
  const where = placeLabel(payload.position, payload);
  return positionRejection(
    `Không giữ chức vụ ${where.vi}`,
    `Does not hold the position: ${where.en}`,
  );
}

/** R-RESIDENCE: an active village, other than the one recorded. */
export function checkResidenceVillage(state: MemberState, villageId: string, facts: Facts): Check {
  const village = facts.village?.(villageId);
  if (village === undefined || !village.active)
    return rejectMember(
      'R-RESIDENCE',
      village === undefined
        ? bilingual(`Không có thôn, tổ dân phố ${villageId}`, `There is no village ${villageId}`)
        : bilingual(`${village.name} không còn tồn tại`, `${village.name} no longer exists`),
      { villageId },
    );
  if (state.residenceVillageId === villageId)
    return rejectMember(
      'R-RESIDENCE',
      bilingual(
        `Đã ghi cư trú tại ${village.name}`,
        `Already recorded as living in ${village.name}`,
      ),
      { villageId },
    );
  return undefined;
}
