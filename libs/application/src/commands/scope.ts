import type { Facts } from '@memberflow/domain';
import { scopeCovers, WHOLE_DEPLOYMENT, type Principal } from '../auth/principal';
import { RefusalError, type Refusal } from '../outcome/refusal';

/**
 * A principal acts only inside its subtree (architecture.md §8): the first unit it names outside it,
 * as a refusal. A unit the store does not know is left to the decider's rules, which reject it with
 * their own explanation.
 */
export function scopeRefusal(
  principal: Principal,
  orgIds: readonly string[],
  facts: Facts,
): Refusal | undefined {
  if (principal.orgScope === WHOLE_DEPLOYMENT) return undefined;
  if (orgIds.length === 0) return outOfScope(principal, '(root)');
  for (const orgId of orgIds) {
    const org = facts.org(orgId);
    if (org && !scopeCovers(principal, org.id, org.ancestorIds))
      return outOfScope(principal, orgId);
  }
  return undefined;
}

/** The same check for a read: throws the refusal. */
export function assertScopeCovers(
  principal: Principal,
  orgIds: readonly string[],
  facts: Facts,
): void {
  const refusal = scopeRefusal(principal, orgIds, facts);
  if (refusal) throw new RefusalError(refusal);
}

export function outOfScope(principal: Principal, orgId: string): Refusal {
  return {
    kind: 'out_of_scope',
    orgId,
    message: {
      vi: `Đơn vị ${orgId} nằm ngoài phạm vi của mã truy cập (phạm vi: ${principal.orgScope})`,
      en: `Unit ${orgId} is outside this token's scope (scope: ${principal.orgScope})`,
    },
  };
}
