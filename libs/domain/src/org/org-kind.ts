/** Kinds of organization unit (domain.md §1). */
export const ORG_KINDS = [
  'central',
  'province',
  'direct_committee',
  'grassroots_committee',
  'grassroots_cell',
  'partial_committee',
  'cell',
] as const;

export type OrgKind = (typeof ORG_KINDS)[number];

/** Units members belong to. */
export const CELL_KINDS: readonly OrgKind[] = ['cell', 'grassroots_cell'];

export function isCellKind(kind: OrgKind): boolean {
  return CELL_KINDS.includes(kind);
}
