import type { Policy } from './policy';
import { POLICIES, policyOn } from './policy-registry';

/**
 * The policy a year's rating is judged by: the one in force on the last day of the rated year, whenever
 * the rating is entered (issue 18). A year is rated at its end, by the rules of that year: the ratings of
 * 2025, entered in January 2026, are scored out of 100 (QĐ 366-QĐ/TW, in force from 30/8/2025); those of
 * 2024, entered late in 2026, are graded as QĐ 124 had them. A year that is not one (2024.5, 0) has the
 * first policy: the rules refuse it anyway (R-RATING-YEAR, R-ORG-RATING-YEAR).
 */
export function ratingPolicyFor(year: number): Policy {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return POLICIES[0];
  return policyOn(`${String(year).padStart(4, '0')}-12-31`);
}
