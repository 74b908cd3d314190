/**
 * R-AUTHORITY: who decides admissions, recognitions and removals, and by what vote (QĐ 24 §4.3.2, kept
 * by QĐ 294; docs/domain-rules.md). Not any unit above the cell: the standing committee of the **direct**
 * superior of the member's grassroots organization; a grassroots committee authorised to admit, as a
 * full committee; for a grassroots organization directly under the province, the provincial standing
 * members; from 1/7/2025 a commune or ward committee under the province is that direct superior.
 * Applicants over 60 are decided by the province (QĐ 24 §1.1.2), with its written consent beforehand.
 */
import type { Facts, OrgFacts } from '../../kernel/facts';
import type { Rejection } from '../../kernel/rejection';
import type { Policy, Threshold } from '../../policy/policy';
import type { OrgKind } from '../../org/org-kind';
import type { VoteTally } from '../member.events';
import { DECIDING_BODY_LABELS, type DecidingBody } from '../member.grounds';
import { bilingual, rejectMember, type Check } from './codes';
import { checkVotePassed } from './votes';

/** A unit that may decide for a member's cell, the body of it that decides, and the share of its vote. */
export interface CompetentBody {
  readonly unitId: string;
  readonly unitName: string;
  readonly body: DecidingBody;
  readonly threshold: Threshold;
}

/** Units that stand above the grassroots level: the superiors of grassroots organizations. */
const SUPERIOR_KINDS: readonly OrgKind[] = ['central', 'province', 'direct_committee'];

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** The cell and the units above it, nearest first, as far as the facts know them. */
function lineOf(cellId: string | undefined, facts: Facts): OrgFacts[] {
  const cell = cellId === undefined ? undefined : facts.org(cellId);
  if (cell === undefined) return [];
  return [cell, ...cell.ancestorIds.map((id) => facts.org(id)).filter(isDefined)];
}

function body(unit: OrgFacts, kind: DecidingBody, threshold: Threshold): CompetentBody {
  return { unitId: unit.id, unitName: unit.name, body: kind, threshold };
}

/**
 * Who may decide for a member of `cellId`, in the order the rule names them. The grassroots
 * organization is the grassroots cell itself, or the nearest grassroots committee above the cell (a cell
 * of a commune committee has none: the commune committee is its superior). Its direct superior is the
 * nearest active unit above it of a superior kind: a merged or dissolved committee is passed over (the
 * facts place a merged unit under the unit it was merged into).
 *
 * @param overAge the applicant was over the maximum age at the cell vote: only the province decides.
 */
export function competentBodies(
  cellId: string | undefined,
  facts: Facts,
  policy: Policy,
  overAge = false,
): CompetentBody[] {
  const line = lineOf(cellId, facts);
  const { standingCommitteeVote, authorisedCommitteeVote } = policy.authority;
  if (overAge) {
    const province = line.find((unit) => unit.kind === 'province' && unit.active);
    return province ? [body(province, 'provincial_standing_committee', standingCommitteeVote)] : [];
  }
  const [cell] = line;
  if (cell === undefined) return [];
  const organizationAt =
    cell.kind === 'grassroots_cell'
      ? 0
      : line.findIndex((unit) => unit.kind === 'grassroots_committee');
  const bodies: CompetentBody[] = [];
  const organization = organizationAt >= 0 ? line[organizationAt] : undefined;
  if (organization?.kind === 'grassroots_committee' && organization.admissionAuthority) {
    if (organization.active)
      bodies.push(body(organization, 'authorised_committee', authorisedCommitteeVote));
  }
  const superior = line
    .slice(Math.max(organizationAt, 0) + 1)
    .find((unit) => unit.active && SUPERIOR_KINDS.includes(unit.kind));
  if (superior) {
    const kind =
      superior.kind === 'province' ? 'provincial_standing_members' : 'standing_committee';
    bodies.push(body(superior, kind, standingCommitteeVote));
  }
  return bodies;
}

/** "Ban thường vụ ..." inside a sentence: the first letter only (Đảng keeps its capital). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describe(bodies: readonly CompetentBody[]): { vi: string; en: string } {
  if (bodies.length === 0)
    return bilingual(
      'không xác định được cấp có thẩm quyền (chi bộ không còn trong cây tổ chức)',
      'no competent body can be found (the cell is not in the tree)',
    );
  return bilingual(
    bodies
      .map((b) => `${lowerFirst(DECIDING_BODY_LABELS[b.body].vi)} (${b.unitName})`)
      .join(' hoặc '),
    bodies.map((b) => `the ${DECIDING_BODY_LABELS[b.body].en} (${b.unitName})`).join(' or '),
  );
}

/**
 * R-AUTHORITY: the deciding unit is one of the competent bodies for the member's cell; the body that
 * decides is returned for the event.
 */
export function competentBody(
  unitId: string,
  cellId: string | undefined,
  facts: Facts,
  policy: Policy,
  overAge = false,
): CompetentBody | Rejection {
  const bodies = competentBodies(cellId, facts, policy, overAge);
  const found = bodies.find((candidate) => candidate.unitId === unitId);
  if (found) return found;
  const unit = facts.org(unitId);
  const cell = cellId === undefined ? undefined : facts.org(cellId);
  const who = describe(bodies);
  const name = unit?.name ?? unitId;
  const cellName = cell?.name ?? cellId ?? '?';
  return rejectMember(
    'R-AUTHORITY',
    overAge
      ? bilingual(
          `Người vào Đảng trên 60 tuổi do tỉnh ủy quyết định: ${name} không có thẩm quyền (có thẩm quyền: ${who.vi})`,
          `Applicants over 60 are decided by the province: ${name} has no authority (competent: ${who.en})`,
        )
      : bilingual(
          `${name} không có thẩm quyền quyết định đối với đảng viên của ${cellName}; có thẩm quyền: ${who.vi}`,
          `${name} has no authority over members of ${cellName}; competent: ${who.en}`,
        ),
    {
      unitId,
      cellId,
      kind: unit?.kind,
      competent: bodies.map(({ unitId: id, body: kind }) => ({ unitId: id, body: kind })),
    },
  );
}

/** The demand of a deciding body's vote; `{share}` is replaced by its threshold. */
function decisionDemand(competent: CompetentBody): { vi: string; en: string } {
  const label = DECIDING_BODY_LABELS[competent.body];
  return bilingual(
    `Quyết định của ${lowerFirst(label.vi)} cần {share} tổng số thành viên đồng ý`,
    `The decision of the ${label.en} needs {share} of all its members in favor`,
  );
}

/** R-VOTE: the deciding body's vote, when stated, reaches its share (policy.authority). */
export function checkDecisionVote(vote: VoteTally | undefined, competent: CompetentBody): Check {
  if (vote === undefined) return undefined;
  return checkVotePassed(vote, competent.threshold, decisionDemand(competent));
}

/** What a decision event records of its deciding body. */
export function decidingBodyRecord(
  competent: CompetentBody,
  vote: VoteTally | undefined,
): {
  decidingBody: DecidingBody;
  decisionVote?: VoteTally;
  decisionThreshold?: Threshold;
} {
  return vote === undefined
    ? { decidingBody: competent.body }
    : { decidingBody: competent.body, decisionVote: vote, decisionThreshold: competent.threshold };
}
