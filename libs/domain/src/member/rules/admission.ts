/** From sourcing a candidate to the admission ceremony. */
import type { WorkingDayCalendar } from '../../calendar/calendar';
import type { Facts } from '../../kernel/facts';
import { addMonths, formatDateVi, monthsBetween, type LocalDate } from '../../kernel/local-date';
import type { Bilingual } from '../../kernel/rejection';
import type { Policy } from '../../policy/policy';
import type { AssignIntroducersPayload } from '../member.commands';
import type { RuleWarning } from '../member.events';
import { EDUCATION_EXCEPTION_LABELS, type EducationException } from '../member.grounds';
import type { Dossier } from '../member.state';
import { OPINION_SOURCES, OPINION_SOURCE_LABELS } from '../member.vocabulary';
import { EDUCATION_LABELS, EDUCATION_LEVELS, type EducationLevel, type Person } from '../person';
import type { StageOrNew } from '../stages';
import { bilingual, rejectMember, type Check } from './codes';
import { checkOfficialMember, checkStatedDate } from './common';

/** `17 tuổi 11 tháng`, `18 tuổi` (never "18 tuổi 0 tháng"). */
export function formatAge(months: number): Bilingual {
  const [years, rest] = [Math.floor(months / 12), months % 12];
  return rest === 0
    ? bilingual(`${years} tuổi`, `${years} years`)
    : bilingual(`${years} tuổi ${rest} tháng`, `${years} years ${rest} months`);
}

export function ageInMonths(person: Person, on: LocalDate): number {
  return monthsBetween(person.dateOfBirth, on);
}

/** Older than the maximum age on `on` (counted in months: 60 years and 1 month is over 60). */
export function isOverAge(person: Person, on: LocalDate, policy: Policy): boolean {
  return ageInMonths(person, on) > policy.admission.maxAgeMonths;
}

/** What is wrong with the age on `on`, if anything (R-AGE). */
function ageProblem(
  person: Person,
  on: LocalDate,
  policy: Policy,
  overAgeConsentRef: string | undefined,
): { message: Bilingual; details: Record<string, unknown> } | undefined {
  const { minAgeMonths, maxAgeMonths } = policy.admission;
  const months = ageInMonths(person, on);
  const age = formatAge(months);
  if (months < minAgeMonths) {
    const from = addMonths(person.dateOfBirth, minAgeMonths);
    return {
      message: bilingual(
        `Người vào Đảng phải đủ ${formatAge(minAgeMonths).vi} khi chi bộ xét kết nạp (tính theo tháng); ngày ${formatDateVi(on)} mới ${age.vi}, đủ ${formatAge(minAgeMonths).vi} từ ${formatDateVi(from)}`,
        `Applicants must be ${formatAge(minAgeMonths).en} old at the cell vote (in months); on ${on} only ${age.en}, ${formatAge(minAgeMonths).en} from ${from}`,
      ),
      details: { ageMonths: months, minAgeMonths, eligibleFrom: from },
    };
  }
  if (months > maxAgeMonths && !overAgeConsentRef?.trim())
    return {
      message: bilingual(
        `Người vào Đảng trên ${maxAgeMonths / 12} tuổi (${age.vi}) chỉ được xem xét khi có văn bản đồng ý trước của ban thường vụ tỉnh ủy`,
        `Applicants over ${maxAgeMonths / 12} (${age.en}) are considered only with the provincial standing committee's prior written consent`,
      ),
      details: { ageMonths: months, maxAgeMonths },
    };
  return undefined;
}

/**
 * R-AGE at the cell vote, where the regulation counts the age (QĐ 24 §1.1.1): from 18 years, and over
 * 60 only with the province's prior written consent (QĐ 24 §1.1.2, HD 01 §1.1).
 */
export function checkAge(
  person: Person,
  on: LocalDate,
  policy: Policy,
  overAgeConsentRef: string | undefined,
): Check {
  const problem = ageProblem(person, on, policy, overAgeConsentRef);
  return problem && rejectMember('R-AGE', problem.message, problem.details);
}

/**
 * R-AGE before the cell vote (the application): a warning only. Someone of 17 years 11 months may apply;
 * the cell votes once they are 18 (issue 18).
 */
export function ageWarning(
  person: Person,
  on: LocalDate,
  policy: Policy,
  overAgeConsentRef: string | undefined,
): RuleWarning | undefined {
  const problem = ageProblem(person, on, policy, overAgeConsentRef);
  return problem && { rule: 'R-AGE', message: problem.message, details: problem.details };
}

/**
 * R-AGE at the decision on an applicant over 60: the province's written consent was recorded before it
 * (at the application or the cell vote).
 */
export function checkOverAgeConsentRecorded(consentRef: string | undefined): Check {
  if (consentRef?.trim()) return undefined;
  return rejectMember(
    'R-AGE',
    bilingual(
      'Người vào Đảng trên 60 tuổi: chưa ghi nhận văn bản đồng ý của ban thường vụ tỉnh ủy trước khi quyết định kết nạp',
      "Applicant over 60: the provincial standing committee's written consent was not recorded before the decision",
    ),
  );
}

const EDUCATION_RANK = Object.fromEntries(
  EDUCATION_LEVELS.map((level, index) => [level, index]),
) as Readonly<Record<EducationLevel, number>>;

/**
 * Whether the cell lies in a mountainous, border, island, ethnic-minority or remote area: its `area` or
 * `zones`, or those of a unit above it (a commune's zones hold for its cells).
 */
export function inSpecialArea(cellId: string | undefined, facts: Facts): boolean {
  const cell = cellId === undefined ? undefined : facts.org(cellId);
  if (!cell) return false;
  return [cell, ...cell.ancestorIds.map((id) => facts.org(id))].some((unit) => {
    const attributes = unit?.attributes;
    if (!attributes) return false;
    return (
      attributes.area === 'border' ||
      attributes.area === 'remote' ||
      (attributes.zones ?? []).length > 0
    );
  });
}

const EDUCATION_DEMANDS: Readonly<Record<'general' | 'special' | 'figure', Bilingual>> = {
  general: bilingual('tốt nghiệp trung học cơ sở trở lên', 'a lower-secondary diploma or higher'),
  special: bilingual(
    'tối thiểu hoàn thành chương trình tiểu học (miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa; ngư dân)',
    'at least primary school (mountainous, border, island, ethnic-minority and remote areas; fishermen)',
  ),
  figure: bilingual(
    'biết đọc, biết viết (già làng, trưởng bản, người có uy tín ở các vùng đó)',
    'literacy (village elders, village heads and reputable figures in those areas)',
  ),
};

/**
 * R-EDUCATION at the cell vote (QĐ 24 §1.2, HD 01 §1.2): a lower-secondary diploma; primary school in
 * special areas and for fishermen working at sea; literacy for village elders, village heads and
 * reputable figures living in special areas.
 */
export function checkEducation(
  person: Person,
  cellId: string | undefined,
  facts: Facts,
  policy: Policy,
  exception: EducationException | undefined,
): Check {
  const special = inSpecialArea(cellId, facts);
  const { minEducation, specialAreaMinEducation, reputableFigureMinEducation } = policy.admission;
  const [required, demand] =
    exception === 'reputable_figure' && special
      ? [reputableFigureMinEducation, EDUCATION_DEMANDS.figure]
      : special || exception === 'fisherman'
        ? [specialAreaMinEducation, EDUCATION_DEMANDS.special]
        : [minEducation, EDUCATION_DEMANDS.general];
  if (EDUCATION_RANK[person.education] >= EDUCATION_RANK[required]) return undefined;
  const has = EDUCATION_LABELS[person.education];
  const stated = exception ? EDUCATION_EXCEPTION_LABELS[exception] : undefined;
  const notHere =
    exception === 'reputable_figure' && !special
      ? bilingual(
          '; chi bộ không ở miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa',
          '; the cell is not in a mountainous, border, island, ethnic-minority or remote area',
        )
      : bilingual('', '');
  return rejectMember(
    'R-EDUCATION',
    bilingual(
      `Người vào Đảng phải ${demand.vi}; trình độ hiện có: ${has.vi.toLowerCase()}${stated ? ` (${stated.vi.toLowerCase()}${notHere.vi})` : ''}`,
      `Applicants need ${demand.en}; this one has: ${has.en.toLowerCase()}${stated ? ` (${stated.en.toLowerCase()}${notHere.en})` : ''}`,
    ),
    { education: person.education, required, specialArea: special, exception },
  );
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
      `Đã quá ${months} tháng mà chi bộ chưa xét, phải làm lại: ${stale.map((p) => `${p.what.vi} (${formatDateVi(p.dated)})`).join(', ')}`,
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
