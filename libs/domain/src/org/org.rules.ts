import { DATE_RULE_CODES, type Bilingual } from '../kernel/rejection';
import type { OrgKind } from './org-kind';

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

/** Units that may stand at the top of a deployment's tree, with no parent. */
export const ROOT_KINDS: readonly OrgKind[] = ['central', 'province'];

/** The kinds a unit of each kind may be placed under (R-ORG-NESTING). */
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
  'R-ORG-CYCLE',
  'R-ORG-MERGE-TARGET',
  'R-ORG-MERGE-KIND',
  'R-ORG-AUTHORITY-KIND',
  'R-ORG-UNCHANGED',
] as const;
export type OrgRule = (typeof ORG_RULES)[number];
