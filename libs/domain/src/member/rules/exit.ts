/** Leaving the party (discipline, removal, withdrawal), readmission, and corrections. */
import type { Facts } from '../../kernel/facts';
import { formatDateVi, monthsBetween, type LocalDate } from '../../kernel/local-date';
import type { Policy } from '../../policy/policy';
import type { Bilingual } from '../../kernel/rejection';
import type { Conviction, FieldChange, VoteTally } from '../member.events';
import { GRAVE_VIOLATION_LABELS, OFFENCE_SEVERITY_LABELS } from '../member.grounds';
import { activeCard, type MemberState, type RemovalRecord } from '../member.state';
import {
  DISCIPLINE_FORM_LABELS,
  NAME_REMOVAL_GROUND_LABELS,
  PROBATIONARY_DISCIPLINE_FORMS,
  type DisciplineForm,
  type NameRemovalGround,
} from '../member.vocabulary';
import type { StageOrNew } from '../stages';
import { bilingual, rejectMember, type Check } from './codes';
import { VOTE_DEMANDS, checkVotePassed } from './votes';

export function checkProbationaryDiscipline(stage: StageOrNew, form: DisciplineForm): Check {
  if (stage !== 'probationary' || PROBATIONARY_DISCIPLINE_FORMS.includes(form)) return undefined;
  return rejectMember(
    'R-DISCIPLINE-PROBATION',
    bilingual(
      `Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo, không thể "${DISCIPLINE_FORM_LABELS[form].vi}"`,
      `A probationary member may only be reprimanded or warned, not "${DISCIPLINE_FORM_LABELS[form].en}"`,
    ),
    { form },
  );
}

/** Discipline is decided within the member's line: the cell itself or a unit above it. */
export function checkDisciplineAuthority(
  unitId: string,
  cellId: string | undefined,
  facts: Facts,
): Check {
  const cell = cellId === undefined ? undefined : facts.org(cellId);
  const unit = facts.org(unitId);
  if (unit?.active && cell && (unitId === cell.id || cell.ancestorIds.includes(unitId)))
    return undefined;
  return rejectMember(
    'R-AUTHORITY',
    bilingual(
      `${unit?.name ?? unitId} không phải chi bộ của đảng viên hoặc cấp ủy cấp trên của chi bộ`,
      `${unit?.name ?? unitId} is neither the member's cell nor a unit above it`,
    ),
    { unitId, cellId },
  );
}

/** Expulsion: the superior inspection commission approves, and the cell votes by the policy's share. */
export function checkExpulsion(
  inspectionApprovalRef: string | undefined,
  vote: VoteTally | undefined,
  policy: Policy,
): Check {
  if (!inspectionApprovalRef?.trim() || !vote)
    return rejectMember(
      'R-EXPULSION',
      bilingual(
        'Khai trừ cần kết quả biểu quyết của chi bộ và quyết định chuẩn y của ủy ban kiểm tra cấp trên',
        "Expulsion needs the cell's vote and the superior inspection commission's approval",
      ),
      { inspectionApprovalRef, vote: vote !== undefined },
    );
  return checkVotePassed(vote, policy.discipline.expulsionVote, VOTE_DEMANDS.expulsion);
}

export function checkRemovalGround(state: MemberState, ground: NameRemovalGround): Check {
  const label = NAME_REMOVAL_GROUND_LABELS[ground];
  if (ground === 'no_progress_after_help' && !state.helpList)
    return rejectMember(
      'R-REMOVAL-GROUND',
      bilingual(
        `Căn cứ "${label.vi}" cần đảng viên đang ở diện giúp đỡ`,
        `Ground "${label.en}" needs the member on the help list`,
      ),
    );
  if (ground === 'card_returned' && !activeCard(state))
    return rejectMember(
      'R-REMOVAL-GROUND',
      bilingual(
        `Không thể xóa tên với căn cứ "${label.vi}": đảng viên không có thẻ đang dùng`,
        `Ground "${label.en}" but the member holds no card`,
      ),
    );
  return undefined;
}

export function checkWithdrawal(state: MemberState): Check {
  if (!state.helpList) return undefined;
  return rejectMember(
    'R-WITHDRAWAL',
    bilingual(
      'Đảng viên đang ở diện giúp đỡ vì vi phạm: phải xử lý vi phạm trước khi xét đơn xin ra khỏi Đảng',
      'The member is on the help list for violations: they are dealt with before a withdrawal',
    ),
  );
}

/**
 * The only exits after which someone is never readmitted (QĐ 24 §3.5, kept by QĐ 294): abandoning party
 * activities, asking to leave (unless for special family hardship), serious disunity, corruption, a
 * conviction for a serious offence or worse. An expulsion, a withdrawal for hardship and any other name
 * removal leave readmission open.
 */
function readmissionBar(
  removal: RemovalRecord,
  conviction: Conviction | undefined,
): { readonly why: Bilingual; readonly bar: string } | undefined {
  if (removal.form === 'name_removed' && removal.ground === 'absent_or_dues_unpaid')
    return {
      bar: 'abandoned_activities',
      why: bilingual(
        'tự ý bỏ sinh hoạt đảng (bị xóa tên vì bỏ sinh hoạt, không đóng đảng phí)',
        'abandoning party activities (name removed for absence or unpaid dues)',
      ),
    };
  if (removal.form === 'withdrawn' && !removal.familyHardship)
    return {
      bar: 'asked_to_leave',
      why: bilingual(
        'làm đơn xin ra khỏi Đảng không vì lý do gia đình đặc biệt khó khăn',
        'asking to leave, not for special family hardship',
      ),
    };
  if (removal.graveViolation) {
    const label = GRAVE_VIOLATION_LABELS[removal.graveViolation];
    return {
      bar: removal.graveViolation,
      why: bilingual(lowerFirst(label.vi), lowerFirst(label.en)),
    };
  }
  if (conviction && conviction.severity !== 'less_serious') {
    const label = OFFENCE_SEVERITY_LABELS[conviction.severity];
    return {
      bar: 'serious_crime',
      why: bilingual(
        `bị kết án về ${lowerFirst(label.vi)}`,
        `a conviction for a ${lowerFirst(label.en)}`,
      ),
    };
  }
  return undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * R-READMIT (QĐ 24 §3.5): once only; the provincial standing committee's written consent; at least 36
 * months since leaving, or 60 months since a conviction for a less serious offence was expunged; never
 * after the barred exits. The committee that decides admissions then decides (decide-admission), after
 * a new cell vote; the probation repeats.
 */
export function checkReadmission(
  state: MemberState,
  on: LocalDate,
  policy: Policy,
  consentRef: string | undefined,
  conviction?: Conviction,
): Check {
  const removal = state.removal;
  if (!removal)
    return rejectMember('R-READMIT', bilingual('Người này chưa ra khỏi Đảng', 'Not removed'));
  const { minMonthsSinceLeaving, minMonthsSinceExpunged, maxTimes } = policy.readmission;
  if (!consentRef?.trim())
    return rejectMember(
      'R-READMIT',
      bilingual(
        'Kết nạp lại cần văn bản đồng ý của ban thường vụ tỉnh ủy',
        "Readmission needs the provincial standing committee's written consent",
      ),
    );
  const barred = readmissionBar(removal, conviction);
  if (barred)
    return rejectMember(
      'R-READMIT',
      bilingual(
        `Không xem xét kết nạp lại người đã ra khỏi Đảng vì ${barred.why.vi}`,
        `No readmission after ${barred.why.en}`,
      ),
      { bar: barred.bar, form: removal.form, ground: removal.ground },
    );
  if (state.readmissions >= maxTimes)
    return rejectMember(
      'R-READMIT',
      bilingual(
        `Chỉ được kết nạp lại ${maxTimes} lần (đã kết nạp lại ${state.readmissions} lần)`,
        `Readmission allowed ${maxTimes} time(s) only (already ${state.readmissions})`,
      ),
    );
  if (conviction) {
    if (!conviction.expungedOn)
      return rejectMember(
        'R-READMIT',
        bilingual(
          'Người bị kết án về tội ít nghiêm trọng chỉ được xem xét kết nạp lại sau khi được xóa án tích: thiếu ngày xóa án tích',
          'After a conviction for a less serious offence, readmission waits for the record to be expunged: the date is missing',
        ),
      );
    const months = monthsBetween(conviction.expungedOn, on);
    if (conviction.expungedOn <= on && months >= minMonthsSinceExpunged) return undefined;
    return rejectMember(
      'R-READMIT',
      bilingual(
        `Mới được xóa án tích ${Math.max(0, months)} tháng (từ ${formatDateVi(conviction.expungedOn)}), cần ít nhất ${minMonthsSinceExpunged} tháng`,
        `Only ${Math.max(0, months)} months since the conviction was expunged (${conviction.expungedOn}); at least ${minMonthsSinceExpunged} needed`,
      ),
      { months, minMonths: minMonthsSinceExpunged, expungedOn: conviction.expungedOn },
    );
  }
  const months = monthsBetween(removal.on, on);
  if (months >= minMonthsSinceLeaving) return undefined;
  return rejectMember(
    'R-READMIT',
    bilingual(
      `Mới ra khỏi Đảng ${months} tháng (từ ${formatDateVi(removal.on)}), cần ít nhất ${minMonthsSinceLeaving} tháng`,
      `Only ${months} months since leaving (${removal.on}); at least ${minMonthsSinceLeaving} needed`,
    ),
    { months, minMonths: minMonthsSinceLeaving },
  );
}

export function checkCorrection(
  changes: readonly FieldChange[],
  reason: string | undefined,
): Check {
  if (!reason?.trim())
    return rejectMember(
      'R-CORRECTION',
      bilingual('Đính chính phải nêu lý do', 'A correction needs a reason'),
    );
  if (changes.length > 0) return undefined;
  return rejectMember(
    'R-CORRECTION',
    bilingual('Không có thông tin nào thay đổi', 'Nothing changes'),
  );
}
