import type { Facts } from '@memberflow/domain';
import { scopeCovers, WHOLE_DEPLOYMENT, type Principal } from '../auth/principal';
import { ProblemException } from '../http/problem';

/**
 * A token acts only inside its subtree (architecture.md §8). A unit the store does not know is left to
 * the decider's rules, which reject it with their own explanation.
 */
export function assertScopeCovers(
  principal: Principal,
  orgIds: readonly string[],
  facts: Facts,
): void {
  if (principal.orgScope === WHOLE_DEPLOYMENT) return;
  if (orgIds.length === 0) throw outOfScope(principal, '(root)');
  for (const orgId of orgIds) {
    const org = facts.org(orgId);
    if (org && !scopeCovers(principal, org.id, org.ancestorIds)) throw outOfScope(principal, orgId);
  }
}

function outOfScope(principal: Principal, orgId: string): ProblemException {
  return new ProblemException(403, 'out_of_scope', {
    vi: `Đơn vị ${orgId} nằm ngoài phạm vi của mã truy cập (phạm vi: ${principal.orgScope})`,
    en: `Unit ${orgId} is outside this token's scope (scope: ${principal.orgScope})`,
  });
}
