/** From sourcing a candidate to the admission ceremony. */
import type { WorkingDayCalendar } from '../../calendar/calendar';
import type { Facts } from '../../kernel/facts';
import { addMonths, formatDateVi, monthsBetween, type LocalDate } from '../../kernel/local-date';
import type { Bilingual } from '../../kernel/rejection';
import type { Policy } from '../../policy/policy';
import type { AssignIntroducersPayload } from '../member.commands';
import type { Dossier } from '../member.state';
import { OPINION_SOURCES, OPINION_SOURCE_LABELS } from '../member.vocabulary';
import type { Person } from '../person';
import type { StageOrNew } from '../stages';
import { bilingual, rejectMember, type Check } from './codes';
import { checkOfficialMember, checkStatedDate } from './common';

export function formatAge(months: number): Bilingual {
  const [years, rest] = [Math.floor(months / 12), months % 12];
  return bilingual(`${years} tuổi ${rest} tháng`, `${years} years ${rest} months`);
}

export function ageInMonths(person: Person, on: LocalDate): number {
  return monthsBetween(person.dateOfBirth, on);
}

export function checkAge(
  person: Person,
  on: LocalDate,
  policy: Policy,
  overAgeConsentRef: string | undefined,
): Check {
  const { minAgeMonths, maxAgeMonths } = policy.admission;
  const months = ageInMonths(person, on);
  const age = formatAge(months);
  if (months < minAgeMonths)
    return rejectMember(
      'R-AGE',
      bilingual(
        `Người vào Đảng phải đủ ${formatAge(minAgeMonths).vi} (tính theo tháng): mới ${age.vi}`,
        `Applicants must be at least ${formatAge(minAgeMonths).en} old (in months): ${age.en}`,
      ),
      { ageMonths: months, minAgeMonths },
    );
  if (months > maxAgeMonths && !overAgeConsentRef?.trim())
    return rejectMember(
      'R-AGE',
      bilingual(
        `Người vào Đảng trên ${maxAgeMonths / 12} tuổi (${age.vi}) cần văn bản đồng ý trước của ban thường vụ tỉnh ủy`,
        `Applicants over ${maxAgeMonths / 12} (${age.en}) need the provincial standing committee's prior written consent`,
      ),
      { ageMonths: months, maxAgeMonths },
    );
  return undefined;
}

export function checkCertificate(
  certificateDate: LocalDate | undefined,
  on: LocalDate,
  policy: Policy,
): Check {
  const months = policy.admission.courseCertificateValidMonths;
  if (certificateDate && on <= addMonths(certificateDate, months)) return undefined;
  return rejectMember(
    'R-CERT',
    certificateDate
      ? bilingual(
          `Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng cấp ngày ${formatDateVi(certificateDate)} đã quá ${months} tháng`,
          `The awareness-course certificate of ${certificateDate} is older than ${months} months`,
        )
      : bilingual(
          'Chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng',
          'No awareness-course certificate recorded',
        ),
    { certificateDate, validMonths: months },
  );
}

export function checkIntroducers(
  payload: AssignIntroducersPayload,
  applicant: { memberId: string; person: Person | undefined },
  on: LocalDate,
  policy: Policy,
  facts: Facts,
): Check {
  const { introducersRequired: required, introducerMinAcquaintanceMonths: minMonths } =
    policy.admission;
  const { introducers, organizationResolution: resolution } = payload;
  const ids = introducers.map((introducer) => introducer.memberId);
  const given = introducers.length + (resolution ? 1 : 0);
  if (given !== required || new Set(ids).size !== ids.length)
    return rejectMember(
      'R-INTRO',
      bilingual(
        `Cần ${required} người giới thiệu khác nhau, hoặc ${required - 1} người và nghị quyết của Đoàn/Công đoàn (có ${introducers.length} người${resolution ? ' và một nghị quyết' : ''})`,
        `${required} distinct introducers are needed, or ${required - 1} and a Youth Union or trade union resolution (given ${introducers.length}${resolution ? ' and a resolution' : ''})`,
      ),
      { required, introducers: ids.length, resolution: resolution !== undefined },
    );
  if (ids.includes(applicant.memberId))
    return rejectMember(
      'R-INTRO',
      bilingual('Người vào Đảng không thể tự giới thiệu', 'Applicants cannot introduce themselves'),
    );
  if (resolution?.organization === 'youth_union' && !applicant.person?.youthUnionMember)
    return rejectMember(
      'R-INTRO',
      bilingual(
        'Nghị quyết của Đoàn chỉ thay người giới thiệu cho đoàn viên',
        'A Youth Union resolution replaces an introducer only for Youth Union members',
      ),
    );
  for (const introducer of introducers) {
    const invalid = checkStatedDate(
      introducer.knownSince,
      on,
      bilingual('Ngày bắt đầu quen biết', 'Known since'),
    );
    if (invalid) return invalid;
    const months = monthsBetween(introducer.knownSince, on);
    if (months < minMonths)
      return rejectMember(
        'R-INTRO',
        bilingual(
          `Người giới thiệu ${introducer.memberId} mới cùng công tác, học tập với người vào Đảng ${months} tháng (cần ít nhất ${minMonths} tháng)`,
          `Introducer ${introducer.memberId} has known the applicant ${months} months (at least ${minMonths} needed)`,
        ),
        { memberId: introducer.memberId, months, minMonths },
      );
    const notOfficial = checkOfficialMember(
      'R-INTRO',
      introducer.memberId,
      bilingual('Người giới thiệu', 'The introducer'),
      facts,
    );
    if (notOfficial) return notOfficial;
  }
  return undefined;
}

interface DossierPart {
  readonly what: Bilingual;
  readonly on: LocalDate | undefined;
}

/** The parts of the dossier that age: the introductions and the two opinions. */
function agingParts(dossier: Dossier): DossierPart[] {
  return [
    { what: bilingual('người giới thiệu', 'introducers'), on: dossier.introductions?.on },
    ...OPINION_SOURCES.map((source) => ({
      what: bilingual(
        `ý kiến ${OPINION_SOURCE_LABELS[source].vi.toLowerCase()}`,
        `opinion of ${OPINION_SOURCE_LABELS[source].en.toLowerCase()}`,
      ),
      on: dossier.opinions[source]?.on,
    })),
  ];
}

export function checkDossier(dossier: Dossier): Check {
  const missing = [
    ...(dossier.backgroundCheck ? [] : [bilingual('thẩm tra lý lịch', 'background check')]),
    ...agingParts(dossier)
      .filter((part) => part.on === undefined)
      .map((part) => part.what),
  ];
  if (missing.length === 0) return undefined;
  return rejectMember(
    'R-DOSSIER',
    bilingual(
      `Hồ sơ chưa đủ: thiếu ${missing.map((m) => m.vi).join(', ')}`,
      `Incomplete dossier: missing ${missing.map((m) => m.en).join(', ')}`,
    ),
    { missing: missing.map((m) => m.en) },
  );
}

/** Introductions and opinions older than `dossierStaleMonths` on the vote date must be redone. */
export function checkStale(dossier: Dossier, on: LocalDate, policy: Policy): Check {
  const months = policy.admission.dossierStaleMonths;
  const stale = agingParts(dossier).flatMap(({ what, on: dated }) =>
    dated !== undefined && addMonths(dated, months) < on ? [{ what, dated }] : [],
  );
  if (stale.length === 0) return undefined;
  return rejectMember(
    'R-STALE',
    bilingual(
      `Quá ${months} tháng chi bộ chưa xét, phải làm lại: ${stale.map((p) => `${p.what.vi} (${formatDateVi(p.dated)})`).join(', ')}`,
      `More than ${months} months without the cell considering it, redo: ${stale.map((p) => `${p.what.en} (${p.dated})`).join(', ')}`,
    ),
    { staleMonths: months, stale: stale.map((part) => part.what.en) },
  );
}

/** Which step follows the cell resolution: a grassroots cell is its own grassroots organization. */
export function checkEndorsementRoute(
  step: 'committee-vote' | 'decision',
  stage: StageOrNew,
  cellId: string | undefined,
  facts: Facts,
): Check {
  const cell = cellId === undefined ? undefined : facts.org(cellId);
  const grassrootsCell = cell?.kind === 'grassroots_cell';
  if (step === 'committee-vote' && !grassrootsCell) return undefined;
  if (step === 'decision' && (stage === 'committee_endorsed' || grassrootsCell)) return undefined;
  return step === 'committee-vote'
    ? rejectMember(
        'R-ENDORSEMENT',
        bilingual(
          'Chi bộ cơ sở là tổ chức cơ sở đảng: không có bước đảng ủy cơ sở xét',
          'A grassroots cell is its own grassroots organization: no committee vote',
        ),
        { cellId },
      )
    : rejectMember(
        'R-ENDORSEMENT',
        bilingual(
          'Cần nghị quyết của đảng ủy cơ sở trước khi quyết định kết nạp',
          'The grassroots committee must endorse before the decision',
        ),
        { cellId },
      );
}

export function checkCeremonyOnTime(
  decisionDate: LocalDate,
  on: LocalDate,
  policy: Policy,
  calendar: WorkingDayCalendar,
  superiorConsentRef: string | undefined,
): Check {
  const due = policy.admission.ceremonyDueWorkingDays;
  const days = calendar.workingDaysBetween(decisionDate, on);
  if (days <= due || superiorConsentRef?.trim()) return undefined;
  return rejectMember(
    'R-CEREMONY-LATE',
    bilingual(
      `Lễ kết nạp ${days} ngày làm việc sau quyết định (${formatDateVi(decisionDate)}), quá thời hạn ${due} ngày: cần sự đồng ý của cấp ủy cấp trên`,
      `The ceremony is ${days} working days after the decision (${decisionDate}), past the ${due}-day limit: the superior committee must consent`,
    ),
    { decisionDate, workingDays: days, dueDays: due },
  );
}
