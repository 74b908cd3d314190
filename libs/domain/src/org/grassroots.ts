import type { Facts, OrgFacts } from '../kernel/facts';
import type { OrgKind } from './org-kind';

/** Grassroots party organizations (tổ chức cơ sở đảng): a grassroots committee or a grassroots cell. */
export const GRASSROOTS_KINDS: readonly OrgKind[] = ['grassroots_committee', 'grassroots_cell'];

/**
 * The grassroots organization a unit belongs to: the unit itself when it is one, else its nearest
 * ancestor that is. Undefined when the facts do not reach one (a unit above the grassroots).
 */
export function grassrootsOrganizationOf(unitId: string, facts: Facts): OrgFacts | undefined {
  const unit = facts.org(unitId);
  if (unit === undefined) return undefined;
  for (const id of [unit.id, ...unit.ancestorIds]) {
    const candidate = id === unit.id ? unit : facts.org(id);
    if (candidate !== undefined && GRASSROOTS_KINDS.includes(candidate.kind)) return candidate;
  }
  return undefined;
}
