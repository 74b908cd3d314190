import { isLocalDate, type LocalDate } from '../kernel/local-date';
import type { Policy } from './policy';
import { POLICY_2021 } from './policy-2021';
import { POLICY_2025_07, POLICY_2025_08 } from './policy-2025';

/** Every policy version, oldest first (sorted by `effectiveFrom`). */
export const POLICIES: readonly Policy[] = [POLICY_2021, POLICY_2025_07, POLICY_2025_08].sort(
  (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom),
);

/**
 * The version in force on `date`: the latest one whose `effectiveFrom` is on or before it. Dates before
 * the first version are judged by the first (see policy-2021.ts for why).
 *
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date: callers validate dates at the edge,
 * so a bad one here is a programming error, not a user's.
 */
export function policyOn(date: LocalDate): Policy {
  if (!isLocalDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${String(date)}`);
  let inForce = POLICIES[0];
  for (const policy of POLICIES) {
    if (policy.effectiveFrom <= date) inForce = policy;
  }
  return inForce;
}

/** The version with that name (as recorded in an event's `policyVersion`), if there is one. */
export function policyByVersion(version: string): Policy | undefined {
  return POLICIES.find((policy) => policy.version === version);
}
