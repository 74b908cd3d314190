import type { Policy } from './policy';
import { POLICY_2021 } from './policy-2021';

/**
 * Quy định 294-QĐ/TW (26/5/2025), in force from 1/7/2025, with Hướng dẫn 06-HD/TW (9/6/2025): the
 * district level is abolished, so no new district-level `direct_committee` may be established; commune,
 * ward and special-zone committees directly under the province are, as a pilot, the direct superiors of
 * the grassroots organizations under them (a `direct_committee` at level `commune`, ADR 0014), and hold
 * the village cells too. The admission, probation, transfer and readmission numbers are reported
 * unchanged from QĐ 24 / QĐ 232 (domain-sources.md §0, marked uncertain there), so they are carried over.
 */
export const POLICY_2025_07: Policy = {
  ...POLICY_2021,
  version: '2025-07',
  effectiveFrom: '2025-07-01',
  basis: {
    vi: 'Quy định 294-QĐ/TW (26/5/2025) thi hành Điều lệ Đảng; Hướng dẫn 06-HD/TW (9/6/2025)',
    en: 'Regulation 294-QĐ/TW (26 May 2025) implementing the Party Charter; Guidance 06-HD/TW (9 June 2025)',
  },
  organization: {
    directCommitteeLevels: ['commune', 'bloc'],
    communeCommitteeHolds: ['cell'],
  },
};

/**
 * Quy định 366-QĐ/TW (30/8/2025): members are rated by a score out of 100 (excellent ≥ 90, good ≥ 70,
 * complete ≥ 50, not complete below). A version of its own because it took effect two months after
 * QĐ 294: a rating dated between 1/7 and 29/8/2025 is still a grade.
 *
 * Whether the "excellent ≤ 20% of good" quota (HD 21-HD/BTCTW, 2019) still applies under QĐ 366 is
 * uncertain (domain-sources.md open point 7); it is kept, and only ever warns.
 */
export const POLICY_2025_08: Policy = {
  ...POLICY_2025_07,
  version: '2025-08',
  effectiveFrom: '2025-08-30',
  basis: {
    vi: 'Quy định 294-QĐ/TW (26/5/2025); Hướng dẫn 06-HD/TW (9/6/2025); Quy định 366-QĐ/TW (30/8/2025) về đánh giá, xếp loại theo thang điểm 100',
    en: 'Regulation 294-QĐ/TW (26 May 2025); Guidance 06-HD/TW (9 June 2025); Regulation 366-QĐ/TW (30 August 2025): ratings by a 100-point score',
  },
  rating: {
    ...POLICY_2025_07.rating,
    mode: 'score',
    scoreBands: { excellent: 90, good: 70, complete: 50 },
  },
};
