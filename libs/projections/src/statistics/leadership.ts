import {
  COMMITTEE_LEVELS,
  heldPositions,
  type CommitteeLevel,
  type MemberState,
} from '@memberflow/domain/member';

/**
 * Who leads the villages and the party's units, as the statistics count it (domain.md §4, issue 18):
 * each member's positions held now and the village they live in, as **roles** attributed to a place.
 * A role is written `kind@target`:
 * - `resident@<village>`: a member living in the village (its members, for "fewer than 3", "none");
 * - `head@<village>`: a member heading the village ("village heads who are members");
 * - `secretaryHead@<cell>`: a member who is both secretary of a residential cell and a village head;
 * - `committee.<level>@<unit>`: a seat on the committee of a unit, by the committee's level.
 * Only members (probationary and official) have roles: a candidate heading a village is not a member
 * head. Ids hold no `@` (letters, digits, `.`, `_`, `-`).
 */
export type RoleKind = 'resident' | 'head' | 'secretaryHead' | `committee.${CommitteeLevel}`;

export const COMMITTEE_ROLE_KINDS: readonly RoleKind[] = COMMITTEE_LEVELS.map(
  (level) => `committee.${level}` as const,
);

/** The party posts that are committee seats (a cell's secretary sits on its chi ủy). */
const COMMITTEE_SEATS = new Set([
  'committee_member',
  'committee_secretary',
  'committee_deputy_secretary',
  'cell_secretary',
  'cell_deputy_secretary',
]);

export function role(kind: RoleKind, target: string): string {
  return `${kind}@${target}`;
}

export function parseRole(key: string): { kind: RoleKind; target: string } {
  const at = key.lastIndexOf('@');
  return { kind: key.slice(0, at) as RoleKind, target: key.slice(at + 1) };
}

/** A member's roles now, sorted; none for someone who is not a member. */
export function rolesOf(state: MemberState): string[] {
  const roles = new Set<string>();
  if (state.residenceVillageId !== undefined) roles.add(role('resident', state.residenceVillageId));
  const held = heldPositions(state);
  let headsAVillage = false;
  for (const position of held) {
    if (position.position === 'village_head' && position.villageId !== undefined) {
      roles.add(role('head', position.villageId));
      headsAVillage = true;
    }
    if (COMMITTEE_SEATS.has(position.position) && position.level && position.unitId)
      roles.add(role(`committee.${position.level}`, position.unitId));
  }
  if (headsAVillage) {
    for (const position of held) {
      if (position.position === 'cell_secretary' && position.residential && position.unitId)
        roles.add(role('secretaryHead', position.unitId));
    }
  }
  return [...roles].sort();
}

/** The counters the roles of the units' own add to (rolled up through the tree like the others). */
export const SECRETARY_HEAD_METRIC = 'leaders.secretaryHead';
export const RESIDENTIAL_CELLS_METRIC = 'cells.residential';
export function committeeMetric(level: CommitteeLevel | string): string {
  return `committee.${level}`;
}

/**
 * What a village adds to the counters of its commune: `villages.total`, and those of its properties
 * that hold (`withCell`, `headMember`, `noMember`, `under3`).
 */
export const VILLAGE_METRICS = ['total', 'withCell', 'headMember', 'noMember', 'under3'] as const;
export type VillageMetric = (typeof VILLAGE_METRICS)[number];
export function villageMetric(metric: VillageMetric): string {
  return `villages.${metric}`;
}
