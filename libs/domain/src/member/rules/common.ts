/** The rules every command checks (its stage, its date) and those several phases share. */
import type { WorkingDayCalendar } from '../../calendar/calendar';
import { checkDateOrder } from '../../kernel/command-date';
import type { Facts } from '../../kernel/facts';
import { formatDateVi, isLocalDate, type LocalDate } from '../../kernel/local-date';
import type { Bilingual } from '../../kernel/rejection';
import { isCellKind } from '../../org/org-kind';
import type { RuleWarning } from '../member.events';
import { PERSON_FIELD_LABELS, personProblems, type Person } from '../person';
import { STAGE_LABELS, type StageOrNew } from '../stages';
import type { Transition } from '../transitions';
import { bilingual, rejectMember, type Check } from './codes';

export function checkStage(transition: Transition, stage: StageOrNew): Check {
  if (transition.from.includes(stage)) return undefined;
  const allowed = transition.from.map((from) => STAGE_LABELS[from]);
  return rejectMember(
    'R-STAGE',
    bilingual(
      `Không thể "${transition.label.vi}" ở giai đoạn "${STAGE_LABELS[stage].vi}" (chỉ được khi: ${allowed.map((l) => l.vi).join('; ')})`,
      `Cannot "${transition.label.en}" from stage "${STAGE_LABELS[stage].en}" (only from: ${allowed.map((l) => l.en).join('; ')})`,
    ),
    { stage, allowed: transition.from },
  );
}

export function checkAfterLastEvent(occurredOn: LocalDate, last: LocalDate | undefined): Check {
  return checkDateOrder(occurredOn, last, {
    vi: 'ngày của bước đã ghi gần nhất',
    en: 'the last recorded step',
  });
}

/** A date stated in a payload: real, and not after the command's own date. */
export function checkStatedDate(date: LocalDate, occurredOn: LocalDate, what: Bilingual): Check {
  if (!isLocalDate(date))
    return rejectMember(
      'R-DATE-VALID',
      bilingual(`${what.vi}: ngày không hợp lệ (${date})`, `${what.en}: not a real date (${date})`),
    );
  if (date <= occurredOn) return undefined;
  return rejectMember(
    'R-DATE-ORDER',
    bilingual(
      `${what.vi} (${formatDateVi(date)}) sau ngày ghi nhận ${formatDateVi(occurredOn)}`,
      `${what.en} (${date}) is after the date recorded ${occurredOn}`,
    ),
    { date, occurredOn },
  );
}

export function checkPerson(person: Person, on: LocalDate): Check {
  const problems = personProblems(person, on);
  if (problems.length === 0) return undefined;
  const list = (lang: 'vi' | 'en') =>
    problems.map((p) => `${PERSON_FIELD_LABELS[p.field][lang]}: ${p.message[lang]}`).join('; ');
  return rejectMember(
    'R-PERSON',
    bilingual(
      `Thông tin cá nhân không hợp lệ: ${list('vi')}`,
      `Invalid person data: ${list('en')}`,
    ),
    { fields: problems.map((p) => p.field) },
  );
}

export function checkCellActive(cellId: string, facts: Facts): Check {
  const cell = facts.org(cellId);
  if (cell && isCellKind(cell.kind) && cell.active) return undefined;
  const why = !cell
    ? bilingual('không tồn tại', 'does not exist')
    : !isCellKind(cell.kind)
      ? bilingual('không phải là chi bộ', 'is not a cell')
      : bilingual('đã ngừng hoạt động', 'is no longer active');
  const unit =
    cell && !isCellKind(cell.kind) ? bilingual('Đơn vị', 'Unit') : bilingual('Chi bộ', 'Cell');
  return rejectMember(
    'R-CELL-ACTIVE',
    bilingual(`${unit.vi} ${cellId} ${why.vi}`, `${unit.en} ${cellId} ${why.en}`),
    { cellId },
  );
}

export function checkOfficialMember(
  rule: 'R-HELPER' | 'R-INTRO',
  memberId: string,
  role: Bilingual,
  facts: Facts,
): Check {
  const member = facts.member(memberId);
  if (member?.stage === 'official') return undefined;
  const stage = member ? STAGE_LABELS[member.stage as StageOrNew] : undefined;
  return rejectMember(
    rule,
    bilingual(
      `${role.vi} ${memberId} phải là đảng viên chính thức (hiện: ${stage?.vi ?? 'không có hồ sơ'})`,
      `${role.en} ${memberId} must be an official member (now: ${stage?.en ?? 'no record'})`,
    ),
    { memberId, stage: member?.stage },
  );
}

export function checkHelper(helperId: string, memberId: string, facts: Facts): Check {
  if (helperId === memberId)
    return rejectMember(
      'R-HELPER',
      bilingual(
        'Không thể phân công một người tự giúp đỡ chính mình',
        'A person cannot be their own helper',
      ),
    );
  return checkOfficialMember('R-HELPER', helperId, bilingual('Người giúp đỡ', 'The helper'), facts);
}

/** A warning when `to` is more than `dueDays` working days after `from` (when `from` is known). */
export function lateWarning(
  what: Bilingual,
  from: LocalDate | undefined,
  to: LocalDate,
  dueDays: number,
  calendar: WorkingDayCalendar,
): RuleWarning | undefined {
  if (from === undefined) return undefined;
  const days = calendar.workingDaysBetween(from, to);
  if (days <= dueDays) return undefined;
  return {
    rule: 'R-DEADLINE',
    message: bilingual(
      `${what.vi} chậm: ${days} ngày làm việc kể từ ${formatDateVi(from)} (thời hạn ${dueDays} ngày làm việc)`,
      `${what.en} late: ${days} working days after ${from} (due within ${dueDays})`,
    ),
    details: { from, to, workingDays: days, dueDays },
  };
}
