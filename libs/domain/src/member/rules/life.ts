/** Official members' life: card, transfers, ratings, exemption, badges, the help list. */
import {
  addMonths,
  formatDateVi,
  isLocalDate,
  yearOf,
  type LocalDate,
} from '../../kernel/local-date';
import type { RatingTally } from '../../kernel/facts';
import type { Policy, Ratio } from '../../policy/policy';
import { ratingPolicyFor } from '../../policy/rating-year';
import type { IssueCardPayload, RecordRatingPayload, TransferPayload } from '../member.commands';
import type { RuleWarning } from '../member.events';
import { activeCard, partyAgeMonths, type MemberState } from '../member.state';
import {
  HELP_GROUND_LABELS,
  RATING_GRADES,
  RATING_GRADE_LABELS,
  type HelpGround,
  type RatingGrade,
} from '../member.vocabulary';
import { bilingual, rejectMember, type Check } from './codes';
import { checkStatedDate } from './common';

export function checkCard(state: MemberState, payload: IssueCardPayload): Check {
  const active = activeCard(state);
  if (active && !payload.reissue)
    return rejectMember(
      'R-CARD',
      bilingual(
        `Đảng viên đang có thẻ số ${active.cardNo}: chỉ cấp lại khi mất, hỏng hoặc đổi thẻ`,
        `The member holds active card ${active.cardNo}: a new one only replaces a lost, damaged or exchanged card`,
      ),
      { activeCardNo: active.cardNo },
    );
  if (state.cards.some((card) => card.cardNo === payload.cardNo))
    return rejectMember(
      'R-CARD',
      bilingual(
        `Số thẻ ${payload.cardNo} đã được dùng`,
        `Card number ${payload.cardNo} was already used`,
      ),
    );
  if (!payload.cardNo.trim())
    return rejectMember('R-CARD', bilingual('Thiếu số thẻ', 'The card number is missing'));
  return undefined;
}

export function checkTransfer(
  state: MemberState,
  payload: TransferPayload,
  on: LocalDate,
  policy: Policy,
): Check {
  const stay = state.temporaryStay;
  if (payload.kind === 'return')
    return stay
      ? undefined
      : rejectMember(
          'R-TRANSFER',
          bilingual(
            'Đảng viên không sinh hoạt tạm thời nơi khác',
            'The member is not on a temporary transfer',
          ),
        );
  if (stay)
    return rejectMember(
      'R-TRANSFER',
      bilingual(
        `Đảng viên đang sinh hoạt tạm thời tại ${stay.cellId} đến ${formatDateVi(stay.until)}: phải trở về chi bộ chính thức trước`,
        `The member is on a temporary transfer to ${stay.cellId} until ${stay.until}: return first`,
      ),
    );
  if (payload.targetCellId === state.cellId)
    return rejectMember(
      'R-TRANSFER',
      bilingual(
        'Chi bộ chuyển đến trùng với chi bộ hiện tại',
        'The target cell is the current cell',
      ),
    );
  if (payload.kind === 'permanent') {
    for (const [date, what] of [
      [payload.introducedOn, bilingual('Ngày giới thiệu chuyển sinh hoạt', 'Introduction date')],
      [payload.changedOn, bilingual('Ngày thay đổi công tác, nơi ở', 'Date of the change')],
    ] as const) {
      const invalid = date === undefined ? undefined : checkStatedDate(date, on, what);
      if (invalid) return invalid;
    }
    return undefined;
  }
  const { temporaryMinMonths: min, temporaryMaxMonths: max, trainingMaxMonths } = policy.transfer;
  if (!isLocalDate(payload.until))
    return rejectMember(
      'R-DATE-VALID',
      bilingual(
        `Ngày kết thúc không hợp lệ: ${payload.until}`,
        `Not a real date: ${payload.until}`,
      ),
    );
  const tooShort = payload.until < addMonths(on, min);
  const tooLong =
    payload.purpose === 'training'
      ? payload.until > addMonths(on, trainingMaxMonths)
      : payload.until >= addMonths(on, max);
  if (!tooShort && !tooLong) return undefined;
  const limit =
    payload.purpose === 'training'
      ? bilingual(
          `từ ${min} tháng đến ${trainingMaxMonths} tháng`,
          `${min} to ${trainingMaxMonths} months`,
        )
      : bilingual(`từ ${min} tháng đến dưới ${max} tháng`, `${min} months to less than ${max}`);
  return rejectMember(
    'R-TRANSFER',
    bilingual(
      `Sinh hoạt tạm thời từ ${formatDateVi(on)} đến ${formatDateVi(payload.until)}: thời gian phải ${limit.vi}`,
      `Temporary transfer from ${on} to ${payload.until}: it must last ${limit.en}`,
    ),
    { from: on, until: payload.until },
  );
}

const GRADE_RANK: Readonly<Record<RatingGrade, number>> = Object.fromEntries(
  RATING_GRADES.map((grade, index) => [grade, index]),
) as Record<RatingGrade, number>;

export function checkRatingYear(state: MemberState, year: number, on: LocalDate): Check {
  const joined = state.dates.ceremony ?? state.dates.officialSince ?? state.dates.admissionDecision;
  const first = joined ? yearOf(joined) : undefined;
  if (Number.isInteger(year) && year <= yearOf(on) && (first === undefined || year >= first))
    return undefined;
  return rejectMember(
    'R-RATING-YEAR',
    bilingual(
      `Không thể đánh giá năm ${year}: đảng viên sinh hoạt từ ${first ?? '?'} đến ${yearOf(on)}`,
      `Cannot rate year ${year}: a member from ${first ?? '?'} to ${yearOf(on)}`,
    ),
    { year, firstYear: first },
  );
}

export function checkRatingOnce(state: MemberState, year: number): Check {
  const existing = state.ratings[year];
  if (existing === undefined) return undefined;
  return rejectMember(
    'R-RATING-ONCE',
    bilingual(
      `Năm ${year} đã được xếp loại "${RATING_GRADE_LABELS[existing].vi}"`,
      `Year ${year} is already rated "${RATING_GRADE_LABELS[existing].en}"`,
    ),
    { year, grade: existing },
  );
}

export function checkNotExempt(state: MemberState): Check {
  if (!state.exemption) return undefined;
  return rejectMember(
    'R-RATING-EXEMPT',
    bilingual(
      `Đảng viên được miễn công tác và sinh hoạt đảng từ ${formatDateVi(state.exemption.on)}: không phải đánh giá, xếp loại`,
      `The member is exempt from work and party activities since ${state.exemption.on}: not rated`,
    ),
  );
}

/** The best grade a score allows (a committee may grade lower, e.g. excellent needs more than points). */
export function gradeForScore(score: number, policy: Policy): RatingGrade {
  const bands = policy.rating.scoreBands;
  if (score >= bands.excellent) return 'excellent';
  if (score >= bands.good) return 'good';
  if (score >= bands.complete) return 'complete';
  return 'not_complete';
}

/**
 * R-RATING-SCORE by the policy of the year rated (policy/rating-year.ts), not of the day the rating is
 * entered: the ratings of 2025 are scored out of 100 whenever they are entered, those of 2024 graded.
 */
export function checkRatingScore(payload: RecordRatingPayload): Check {
  const { score, grade } = payload;
  const policy = ratingPolicyFor(payload.year);
  if (score === undefined) {
    if (policy.rating.mode === 'grade') return undefined;
    return rejectMember(
      'R-RATING-SCORE',
      bilingual(
        `Theo ${policy.basis.vi}, đánh giá năm ${payload.year} phải có điểm (thang 100)`,
        `Under ${policy.basis.en}, the rating of ${payload.year} needs a score out of 100`,
      ),
      { year: payload.year, policyVersion: policy.version },
    );
  }
  if (!Number.isFinite(score) || score < 0 || score > 100)
    return rejectMember(
      'R-RATING-SCORE',
      bilingual(`Điểm ${score} nằm ngoài thang điểm 0–100`, `Score ${score} is outside 0–100`),
    );
  const best = gradeForScore(score, policy);
  if (policy.rating.mode === 'grade' || GRADE_RANK[grade] >= GRADE_RANK[best]) return undefined;
  return rejectMember(
    'R-RATING-SCORE',
    bilingual(
      `${score} điểm chỉ đạt tối đa "${RATING_GRADE_LABELS[best].vi}", không thể xếp "${RATING_GRADE_LABELS[grade].vi}"`,
      `A score of ${score} allows "${RATING_GRADE_LABELS[best].en}" at best, not "${RATING_GRADE_LABELS[grade].en}"`,
    ),
    { score, grade, best },
  );
}

/**
 * R-RATING-QUOTA: the excellent ratings of the year in the grassroots organization, this one included,
 * against the good ones, both as stored (`tally`, from the facts), never as a caller states them.
 */
export function quotaWarning(
  grade: RatingGrade,
  tally: RatingTally | undefined,
  quota: Ratio,
): RuleWarning | undefined {
  if (grade !== 'excellent' || !tally) return undefined;
  const excellent = tally.excellent + 1;
  if (excellent * quota.denominator <= tally.good * quota.numerator) return undefined;
  const share = `${quota.numerator}/${quota.denominator}`;
  const percent = `${Math.round((quota.numerator * 1000) / quota.denominator) / 10}%`;
  return {
    rule: 'R-RATING-QUOTA',
    message: bilingual(
      `Số đảng viên hoàn thành xuất sắc nhiệm vụ (${excellent}) vượt quá ${percent} số đảng viên hoàn thành tốt nhiệm vụ (${tally.good}) của tổ chức cơ sở đảng`,
      `Members rated excellent (${excellent}) exceed ${percent} of those rated good (${tally.good}) in the grassroots organization`,
    ),
    details: {
      excellent,
      good: tally.good,
      quota: share,
      organizationId: tally.organizationId,
      year: tally.year,
    },
  };
}

export function checkExemption(state: MemberState, granting: boolean): Check {
  if (granting === !state.exemption) return undefined;
  return rejectMember(
    'R-EXEMPTION',
    granting
      ? bilingual(
          'Đảng viên đã được miễn công tác và sinh hoạt đảng',
          'The member is already exempt',
        )
      : bilingual(
          'Đảng viên không được miễn công tác và sinh hoạt đảng',
          'The member is not exempt',
        ),
  );
}

export function checkBadge(
  state: MemberState,
  milestoneYears: number,
  on: LocalDate,
  policy: Policy,
): Check {
  const milestones = policy.badges.milestoneYears;
  if (!milestones.includes(milestoneYears))
    return rejectMember(
      'R-BADGE',
      bilingual(
        `Không có Huy hiệu ${milestoneYears} năm tuổi đảng (các mốc: ${milestones.join(', ')})`,
        `No ${milestoneYears}-year badge (milestones: ${milestones.join(', ')})`,
      ),
    );
  if (state.badges.includes(milestoneYears))
    return rejectMember(
      'R-BADGE',
      bilingual(
        `Đã tặng Huy hiệu ${milestoneYears} năm tuổi đảng`,
        `The ${milestoneYears}-year badge was already awarded`,
      ),
    );
  const age = partyAgeMonths(state, on);
  if (age === undefined)
    return rejectMember(
      'R-BADGE',
      bilingual(
        'Không rõ ngày quyết định kết nạp để tính tuổi đảng',
        'Party age unknown: no admission decision date',
      ),
    );
  if (age >= milestoneYears * 12) return undefined;
  return rejectMember(
    'R-BADGE',
    bilingual(
      `Tuổi đảng ${Math.floor(age / 12)} năm ${age % 12} tháng chưa đủ ${milestoneYears} năm`,
      `Party age ${Math.floor(age / 12)} years ${age % 12} months is short of ${milestoneYears} years`,
    ),
    { partyAgeMonths: age, milestoneYears },
  );
}

function notCompleteTwoYearsRunning(state: MemberState): boolean {
  return Object.entries(state.ratings).some(
    ([year, grade]) =>
      grade === 'not_complete' && state.ratings[Number(year) - 1] === 'not_complete',
  );
}

export function checkPutOnHelpList(state: MemberState, grounds: readonly HelpGround[]): Check {
  if (state.helpList)
    return rejectMember(
      'R-HELP-LIST',
      bilingual(
        `Đảng viên đã ở diện giúp đỡ từ ${formatDateVi(state.helpList.on)}`,
        `On the help list since ${state.helpList.on}`,
      ),
    );
  if (grounds.length === 0)
    return rejectMember(
      'R-HELP-LIST',
      bilingual('Cần nêu căn cứ đưa vào diện giúp đỡ', 'The grounds are missing'),
    );
  if (grounds.includes('not_complete_two_years') && !notCompleteTwoYearsRunning(state)) {
    const label = HELP_GROUND_LABELS.not_complete_two_years;
    return rejectMember(
      'R-HELP-LIST',
      bilingual(
        `Căn cứ "${label.vi}" không khớp với kết quả xếp loại đã ghi`,
        `Ground "${label.en}" does not match the recorded ratings`,
      ),
    );
  }
  return undefined;
}

export function checkOnHelpList(state: MemberState): Check {
  if (state.helpList) return undefined;
  return rejectMember(
    'R-HELP-LIST',
    bilingual('Đảng viên không ở diện giúp đỡ', 'The member is not on the help list'),
  );
}
