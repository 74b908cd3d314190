/** Leaving the party (discipline, removal, withdrawal), readmission, and corrections. */
import type { Facts } from '../../kernel/facts';
import { formatDateVi, monthsBetween, type LocalDate } from '../../kernel/local-date';
import type { Policy } from '../../policy/policy';
import type { FieldChange, VoteTally } from '../member.events';
import { activeCard, type MemberState } from '../member.state';
import {
  DISCIPLINE_FORM_LABELS,
  NAME_REMOVAL_GROUND_LABELS,
  PROBATIONARY_DISCIPLINE_FORMS,
  REMOVAL_FORM_LABELS,
  type DisciplineForm,
  type NameRemovalGround,
  type RemovalForm,
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
        `Căn cứ "${label.vi}" nhưng đảng viên không có thẻ`,
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

/** Forms of leaving after which the sources bar readmission (QĐ 24 §3.5). */
const NO_READMISSION_FORMS: readonly RemovalForm[] = ['expelled', 'withdrawn'];

/** Name removals amounting to abandonment or political grounds are barred too. */
const NO_READMISSION_GROUNDS: readonly NameRemovalGround[] = [
  'absent_or_dues_unpaid',
  'card_returned',
  'political_standards',
];

export function checkReadmission(state: MemberState, on: LocalDate, policy: Policy): Check {
  const removal = state.removal;
  if (!removal) return rejectMember('R-READMIT', bilingual('Chưa ra khỏi Đảng', 'Not removed'));
  const { minMonthsSinceLeaving: minMonths, maxTimes } = policy.readmission;
  const form = REMOVAL_FORM_LABELS[removal.form];
  if (NO_READMISSION_FORMS.includes(removal.form))
    return rejectMember(
      'R-READMIT',
      bilingual(
        `Không xem xét kết nạp lại người đã ra khỏi Đảng do "${form.vi}"`,
        `No readmission after "${form.en}"`,
      ),
      { form: removal.form },
    );
  if (removal.ground && NO_READMISSION_GROUNDS.includes(removal.ground)) {
    const ground = NAME_REMOVAL_GROUND_LABELS[removal.ground];
    return rejectMember(
      'R-READMIT',
      bilingual(
        `Không xem xét kết nạp lại người bị xóa tên do "${ground.vi}"`,
        `No readmission after name removal for "${ground.en}"`,
      ),
      { ground: removal.ground },
    );
  }
  if (state.readmissions >= maxTimes)
    return rejectMember(
      'R-READMIT',
      bilingual(
        `Chỉ được kết nạp lại ${maxTimes} lần (đã ${state.readmissions} lần)`,
        `Readmission allowed ${maxTimes} time(s) only (already ${state.readmissions})`,
      ),
    );
  const months = monthsBetween(removal.on, on);
  if (months >= minMonths) return undefined;
  return rejectMember(
    'R-READMIT',
    bilingual(
      `Mới ra khỏi Đảng ${months} tháng (từ ${formatDateVi(removal.on)}), cần ít nhất ${minMonths} tháng`,
      `Only ${months} months since leaving (${removal.on}); at least ${minMonths} needed`,
    ),
    { months, minMonths },
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
