import type { Decision } from '../kernel/decider';
import { yearOf } from '../kernel/local-date';
import type { Rejection } from '../kernel/rejection';
import { RATING_GRADES, RATING_GRADE_LABELS, type RatingGrade } from '../member/member.vocabulary';
import { ratingPolicyFor } from '../policy/rating-year';
import type { OrgKind } from './org-kind';
import type { OrgCommandOf, RecordOrgRatingPayload } from './org.commands';
import type { OrgEvent } from './org.events';
import { ORG_KIND_LABELS, rejectOrg } from './org.rules';
import type { OrgUnit } from './org.state';

/**
 * The yearly quality rating of a party organization (đánh giá, xếp loại chất lượng tổ chức đảng, four
 * grades, domain-sources.md §3): recorded with the year rated, the grade and the decision. It is judged,
 * like a member's rating, by the policy of the year rated (policy/rating-year.ts): from the ratings of
 * 2025 on, a score out of 100 (QĐ 366-QĐ/TW) bounds the grade.
 */

/** Units that are rated: every party organization below Central. */
export const RATED_ORG_KINDS: readonly OrgKind[] = [
  'province',
  'direct_committee',
  'grassroots_committee',
  'grassroots_cell',
  'partial_committee',
  'cell',
];

const GRADE_RANK: Readonly<Record<RatingGrade, number>> = Object.fromEntries(
  RATING_GRADES.map((grade, index) => [grade, index]),
) as Record<RatingGrade, number>;

/** The best grade a score allows under the policy of the year rated. */
function bestGradeFor(score: number, year: number): RatingGrade {
  const bands = ratingPolicyFor(year).rating.scoreBands;
  if (score >= bands.excellent) return 'excellent';
  if (score >= bands.good) return 'good';
  if (score >= bands.complete) return 'complete';
  return 'not_complete';
}

/** R-ORG-RATING-KIND: Central is not rated by this engine's units. */
function checkRatedKind(unit: OrgUnit): Rejection | undefined {
  if (RATED_ORG_KINDS.includes(unit.kind)) return undefined;
  const label = ORG_KIND_LABELS[unit.kind];
  return rejectOrg(
    'R-ORG-RATING-KIND',
    `${label.vi} không được đánh giá, xếp loại tại đây`,
    `A ${label.en} is not rated here`,
    { kind: unit.kind },
  );
}

/** R-ORG-RATING-YEAR: a year the unit existed in, not after the year of the decision. */
function checkRatedYear(unit: OrgUnit, year: number, on: string): Rejection | undefined {
  const first = yearOf(unit.establishedOn);
  if (Number.isInteger(year) && year >= first && year <= yearOf(on)) return undefined;
  return rejectOrg(
    'R-ORG-RATING-YEAR',
    `Không thể xếp loại năm ${year}: tổ chức hoạt động từ năm ${first}, quyết định năm ${yearOf(on)}`,
    `Cannot rate year ${year}: the unit exists from ${first} and the decision is of ${yearOf(on)}`,
    { year, firstYear: first },
  );
}

/** R-ORG-RATING-ONCE: one rating a year. */
function checkRatedOnce(unit: OrgUnit, year: number): Rejection | undefined {
  const existing = unit.ratings[year];
  if (existing === undefined) return undefined;
  return rejectOrg(
    'R-ORG-RATING-ONCE',
    `Năm ${year} tổ chức đã được xếp loại "${RATING_GRADE_LABELS[existing].vi}"`,
    `Year ${year} is already rated "${RATING_GRADE_LABELS[existing].en}"`,
    { year, grade: existing },
  );
}

/** R-ORG-RATING-SCORE: a score where the year is scored, within 0–100, allowing the grade. */
function checkRatedScore(payload: RecordOrgRatingPayload): Rejection | undefined {
  const { year, grade, score } = payload;
  const policy = ratingPolicyFor(year);
  if (score === undefined) {
    if (policy.rating.mode === 'grade') return undefined;
    return rejectOrg(
      'R-ORG-RATING-SCORE',
      `Xếp loại năm ${year} phải có điểm (thang 100) theo ${policy.basis.vi}`,
      `The rating of ${year} needs a score out of 100 under ${policy.basis.en}`,
      { year, policyVersion: policy.version },
    );
  }
  if (!Number.isFinite(score) || score < 0 || score > 100)
    return rejectOrg(
      'R-ORG-RATING-SCORE',
      `Điểm ${score} ngoài thang 0–100`,
      `Score ${score} is outside 0–100`,
      { score },
    );
  const best = bestGradeFor(score, year);
  if (policy.rating.mode === 'grade' || GRADE_RANK[grade] >= GRADE_RANK[best]) return undefined;
  return rejectOrg(
    'R-ORG-RATING-SCORE',
    `${score} điểm chỉ đạt tối đa "${RATING_GRADE_LABELS[best].vi}", không thể xếp "${RATING_GRADE_LABELS[grade].vi}"`,
    `A score of ${score} allows "${RATING_GRADE_LABELS[best].en}" at best, not "${RATING_GRADE_LABELS[grade].en}"`,
    { score, grade, best },
  );
}

/** R-ORG-RATING-DECISION: the decision recording the rating is named. */
function checkDecision(decisionNo: string): Rejection | undefined {
  if (typeof decisionNo === 'string' && decisionNo.trim() !== '') return undefined;
  return rejectOrg(
    'R-ORG-RATING-DECISION',
    'Thiếu số quyết định công nhận kết quả xếp loại',
    'The decision recording the rating is missing',
  );
}

export function recordOrgRating(
  command: OrgCommandOf<'record-rating'>,
  unit: OrgUnit,
): Decision<OrgEvent> {
  const { year, grade, score, decisionNo } = command.payload;
  if (!RATING_GRADES.includes(grade)) {
    return rejectOrg(
      'R-ORG-RATING-SCORE',
      `Mức xếp loại không hợp lệ: ${String(grade)}`,
      `Not a grade: ${String(grade)}`,
    );
  }
  const problem =
    checkRatedKind(unit) ??
    checkRatedYear(unit, year, command.occurredOn) ??
    checkRatedOnce(unit, year) ??
    checkRatedScore(command.payload) ??
    checkDecision(decisionNo);
  if (problem) return problem;
  return [
    {
      type: 'OrgRatingRecorded',
      occurredOn: command.occurredOn,
      data: {
        year,
        grade,
        ...(score === undefined ? {} : { score }),
        decisionNo: decisionNo.trim(),
      },
    },
  ];
}
