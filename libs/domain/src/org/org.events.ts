import type { DomainEvent } from '../kernel/decider';
import type { RatingGrade } from '../member/member.vocabulary';
import type { OrgKind } from './org-kind';

/** Areas statistics break units down by (domain.md §1). */
export const ORG_AREAS = ['urban', 'rural', 'border', 'remote'] as const;
export type OrgArea = (typeof ORG_AREAS)[number];

/**
 * What a unit's area is besides its `area`, for the education exception of QĐ 24 §1.2 / HD 01 §1.2
 * (R-EDUCATION): mountainous, island, ethnic-minority (miền núi, hải đảo, vùng đồng bào dân tộc thiểu
 * số). Border and remote areas are `area` values already. A unit's zones hold for the units below it.
 */
export const ORG_ZONES = ['mountainous', 'island', 'ethnic_minority'] as const;
export type OrgZone = (typeof ORG_ZONES)[number];

/**
 * The level a direct committee (đảng bộ trực thuộc tỉnh ủy) stands for (ADR 0014): a district until
 * 30/6/2025; a commune, ward or special zone from 1/7/2025 (QĐ 294: the direct superior of the
 * grassroots organizations under it); or a bloc (agencies, enterprises, armed forces), at any time.
 * Absent: a district, as every direct committee established before the attribute existed.
 */
export const DIRECT_COMMITTEE_LEVELS = ['district', 'commune', 'bloc'] as const;
export type DirectCommitteeLevel = (typeof DIRECT_COMMITTEE_LEVELS)[number];

/** What statistics need to know about a unit besides its kind. */
export interface OrgAttributes {
  readonly area: OrgArea;
  /** A residential (village, neighbourhood) cell. */
  readonly residential?: boolean;
  /** A grassroots committee authorised to decide admissions (được ủy quyền kết nạp). */
  readonly admissionAuthority?: boolean;
  /** Direct committees only: the level it stands for; absent means `district`. */
  readonly level?: DirectCommitteeLevel;
  /** Mountainous, island or ethnic-minority area (for the units below too). */
  readonly zones?: readonly OrgZone[];
}

/** The level of a direct committee, `district` when its attributes do not say (ADR 0014). */
export function directCommitteeLevel(attributes: OrgAttributes | undefined): DirectCommitteeLevel {
  return attributes?.level ?? 'district';
}

type Event<Type extends string, Data> = DomainEvent<Type, Data>;

export type OrgUnitEstablished = Event<
  'OrgUnitEstablished',
  {
    /** Absent for a root unit (a province, or central in a national deployment). */
    parentId?: string;
    kind: OrgKind;
    name: string;
    code: string;
    attributes: OrgAttributes;
  }
>;
export type OrgUnitRenamed = Event<
  'OrgUnitRenamed',
  { name: string; previousName: string; code: string; previousCode: string }
>;
export type OrgUnitMoved = Event<'OrgUnitMoved', { parentId: string; previousParentId?: string }>;
/**
 * The unit ends and its members and sub-units belong to the target from then on; moving them is the
 * projections' work (the member streams are not rewritten).
 */
export type OrgUnitMerged = Event<'OrgUnitMerged', { targetId: string }>;
export type OrgUnitDissolved = Event<'OrgUnitDissolved', Record<string, never>>;
export type AdmissionAuthorityGranted = Event<'AdmissionAuthorityGranted', Record<string, never>>;
export type AdmissionAuthorityRevoked = Event<'AdmissionAuthorityRevoked', Record<string, never>>;
/**
 * The yearly quality rating of the organization (đánh giá, xếp loại chất lượng tổ chức đảng): counted
 * by the year rated, whenever it was entered.
 */
export type OrgRatingRecorded = Event<
  'OrgRatingRecorded',
  { year: number; grade: RatingGrade; score?: number; decisionNo: string }
>;

export type OrgEvent =
  | OrgUnitEstablished
  | OrgUnitRenamed
  | OrgUnitMoved
  | OrgUnitMerged
  | OrgUnitDissolved
  | AdmissionAuthorityGranted
  | AdmissionAuthorityRevoked
  | OrgRatingRecorded;

export type OrgEventType = OrgEvent['type'];

export const ORG_EVENT_TYPES: readonly OrgEventType[] = [
  'OrgUnitEstablished',
  'OrgUnitRenamed',
  'OrgUnitMoved',
  'OrgUnitMerged',
  'OrgUnitDissolved',
  'AdmissionAuthorityGranted',
  'AdmissionAuthorityRevoked',
  'OrgRatingRecorded',
];
