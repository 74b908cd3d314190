import type { WorkingDayCalendar } from '../calendar/calendar';
import type { Facts, OrgFacts } from '../kernel/facts';
import {
  addMonths,
  formatDateVi,
  isLocalDate,
  monthsBetween,
  yearOf,
  type LocalDate,
} from '../kernel/local-date';
import { reject, type Bilingual, type Rejection } from '../kernel/rejection';
import { isCellKind, type OrgKind } from '../org/org-kind';
import type { Policy, Ratio, Threshold } from '../policy/policy';
import type {
  AssignIntroducersPayload,
  IssueCardPayload,
  RecordRatingPayload,
  RegisterExistingPayload,
  TransferPayload,
} from './member.commands';
import type { FieldChange, RegistrableStage, RuleWarning, VoteTally } from './member.events';
import { activeCard, partyAgeMonths, type Dossier, type MemberState } from './member.state';
import {
  DISCIPLINE_FORM_LABELS,
  HELP_GROUND_LABELS,
  NAME_REMOVAL_GROUND_LABELS,
  OPINION_SOURCES,
  OPINION_SOURCE_LABELS,
  PROBATIONARY_DISCIPLINE_FORMS,
  RATING_GRADES,
  RATING_GRADE_LABELS,
  REMOVAL_FORM_LABELS,
  type DisciplineForm,
  type HelpGround,
  type NameRemovalGround,
  type RatingGrade,
  type RemovalForm,
} from './member.vocabulary';
import { PERSON_FIELD_LABELS, personProblems, type Person } from './person';
import { STAGE_LABELS, type StageOrNew } from './stages';
import type { Transition } from './transitions';

/** Every rule the member lifecycle checks: its code and what it demands. */
export const RULES = {
  'R-STAGE': {
    vi: 'Hành động phải được phép ở giai đoạn hiện tại',
    en: 'The action must be allowed from the current stage',
  },
  'R-DATE-VALID': { vi: 'Ngày phải là ngày có thật (YYYY-MM-DD)', en: 'Dates must be real dates' },
  'R-DATE-FUTURE': { vi: 'Ngày xảy ra không được ở tương lai', en: 'No date in the future' },
  'R-DATE-ORDER': {
    vi: 'Ngày xảy ra không được trước bước mà nó dựa vào',
    en: 'No date before the step it depends on',
  },
  'R-PERSON': { vi: 'Thông tin cá nhân phải hợp lệ', en: 'Person data must be valid' },
  'R-CELL-ACTIVE': {
    vi: 'Chi bộ phải tồn tại và đang hoạt động',
    en: 'The cell must exist and be active',
  },
  'R-HELPER': {
    vi: 'Người giúp đỡ phải là đảng viên chính thức',
    en: 'The helper must be an official member',
  },
  'R-IMPORT-DATES': {
    vi: 'Các mốc thời gian nhập phải nhất quán (quyết định ≤ lễ kết nạp; công nhận = lễ kết nạp + thời gian dự bị)',
    en: 'Imported dates must agree (decision ≤ ceremony; recognition = ceremony + probation)',
  },
  'R-AGE': {
    vi: 'Tuổi đời khi chi bộ xét kết nạp (tính theo tháng) từ đủ 18 đến 60, trên 60 cần văn bản đồng ý của cấp tỉnh',
    en: 'Age at the cell vote (in months) 18 to 60; over 60 needs provincial written consent',
  },
  'R-CERT': {
    vi: 'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng phải còn giá trị',
    en: 'The awareness-course certificate must be valid',
  },
  'R-INTRO': {
    vi: 'Hai đảng viên chính thức giới thiệu (hoặc một và nghị quyết Đoàn/Công đoàn), quen biết người vào Đảng đủ thời gian',
    en: 'Two official members introduce (or one and a Youth Union or trade union resolution), having known the applicant long enough',
  },
  'R-DOSSIER': {
    vi: 'Hồ sơ phải có thẩm tra lý lịch, người giới thiệu và đủ hai ý kiến nhận xét',
    en: 'The dossier needs the background check, introducers and both opinions',
  },
  'R-STALE': {
    vi: 'Giới thiệu và nhận xét quá thời hạn phải làm lại',
    en: 'Introductions and opinions past their time must be redone',
  },
  'R-VOTE': {
    vi: 'Biểu quyết phải đạt tỷ lệ trên tổng số người có quyền biểu quyết',
    en: 'Votes must reach the share of all members entitled to vote',
  },
  'R-ENDORSEMENT': {
    vi: 'Đảng ủy cơ sở xét sau chi bộ trực thuộc; chi bộ cơ sở không qua bước này',
    en: 'The grassroots committee votes after a cell under it; a grassroots cell skips that step',
  },
  'R-AUTHORITY': {
    vi: 'Đơn vị quyết định phải có thẩm quyền đối với chi bộ của đảng viên',
    en: "The deciding unit must have authority over the member's cell",
  },
  'R-DEADLINE': {
    vi: 'Thời hạn tính theo ngày làm việc (quá hạn được ghi nhận, không cấm)',
    en: 'Deadlines in working days (lateness is flagged, not forbidden)',
  },
  'R-CEREMONY-LATE': {
    vi: 'Lễ kết nạp quá thời hạn cần sự đồng ý của cấp ủy cấp trên',
    en: 'A late ceremony needs the superior committee’s consent',
  },
  'R-PROBATION-END': {
    vi: 'Chỉ xét công nhận chính thức khi hết thời gian dự bị',
    en: 'Recognition only once the probation has ended',
  },
  'R-RECOGNITION-VOTE': {
    vi: 'Công nhận chính thức cần nghị quyết đề nghị đã đạt',
    en: 'Recognition needs a passed recognition vote',
  },
  'R-CARD': {
    vi: 'Chỉ phát thẻ cho đảng viên chính thức, mỗi người một thẻ đang dùng',
    en: 'Cards only for official members, one active card each',
  },
  'R-TRANSFER': {
    vi: 'Chuyển sinh hoạt đúng loại và thời hạn',
    en: 'Transfers of the right kind and length',
  },
  'R-RATING-ONCE': { vi: 'Mỗi năm đánh giá một lần', en: 'One rating per year' },
  'R-RATING-YEAR': {
    vi: 'Năm đánh giá phải là năm đảng viên đã sinh hoạt, không ở tương lai',
    en: 'The rated year must be one of membership, not in the future',
  },
  'R-RATING-EXEMPT': {
    vi: 'Đảng viên được miễn công tác và sinh hoạt không đánh giá',
    en: 'Exempt members are not rated',
  },
  'R-RATING-SCORE': {
    vi: 'Xếp loại phải phù hợp với điểm (khi đánh giá theo thang điểm 100)',
    en: 'The grade must agree with the score (when rating by a 100-point score)',
  },
  'R-RATING-QUOTA': {
    vi: 'Số hoàn thành xuất sắc không vượt tỷ lệ so với số hoàn thành tốt (cảnh báo)',
    en: 'Excellent ratings within the share of good ones (warning)',
  },
  'R-EXEMPTION': {
    vi: 'Miễn hoặc thôi miễn công tác phù hợp với tình trạng hiện tại',
    en: 'Grant or end an exemption consistent with the current one',
  },
  'R-BADGE': {
    vi: 'Huy hiệu Đảng theo mốc tuổi đảng đã đủ, mỗi mốc một lần',
    en: 'Badges at party-age milestones reached, once each',
  },
  'R-HELP-LIST': {
    vi: 'Đưa vào hoặc ra khỏi diện giúp đỡ phù hợp với căn cứ và tình trạng hiện tại',
    en: 'Help list entries consistent with their grounds and the current list',
  },
  'R-DISCIPLINE-PROBATION': {
    vi: 'Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo',
    en: 'Probationary members: reprimand or warning only',
  },
  'R-EXPULSION': {
    vi: 'Khai trừ cần biểu quyết của chi bộ và sự chuẩn y của ủy ban kiểm tra cấp trên',
    en: "Expulsion needs the cell's vote and the superior inspection commission's approval",
  },
  'R-REMOVAL-GROUND': {
    vi: 'Căn cứ xóa tên phải phù hợp với hồ sơ',
    en: 'The ground for name removal must agree with the record',
  },
  'R-WITHDRAWAL': {
    vi: 'Chỉ chấp nhận xin ra khỏi Đảng khi đảng viên không có vi phạm đang xem xét',
    en: 'Withdrawal only for members without pending violations',
  },
  'R-READMIT': {
    vi: 'Kết nạp lại: đủ thời gian sau khi ra khỏi Đảng, chỉ một lần, không với các hình thức bị cấm',
    en: 'Readmission: long enough after leaving, once only, never after the barred forms',
  },
  'R-CORRECTION': {
    vi: 'Đính chính phải có lý do và thay đổi ít nhất một thông tin',
    en: 'A correction needs a reason and at least one changed field',
  },
} as const satisfies Record<string, Bilingual>;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

type Check = Rejection | undefined;

function bilingual(vi: string, en: string): Bilingual {
  return { vi, en };
}

const dateVi = formatDateVi;

// ---------------------------------------------------------------------------------------------------
// Every command

export function checkStage(transition: Transition, stage: StageOrNew): Check {
  if (transition.from.includes(stage)) return undefined;
  const allowed = transition.from.map((from) => STAGE_LABELS[from]);
  return reject(
    'R-STAGE',
    bilingual(
      `Không thể "${transition.label.vi}" ở giai đoạn "${STAGE_LABELS[stage].vi}" (chỉ được khi: ${allowed.map((l) => l.vi).join('; ')})`,
      `Cannot "${transition.label.en}" from stage "${STAGE_LABELS[stage].en}" (only from: ${allowed.map((l) => l.en).join('; ')})`,
    ),
    { stage, allowed: transition.from },
  );
}

export function checkNotFuture(occurredOn: LocalDate, today: LocalDate): Check {
  if (!isLocalDate(occurredOn))
    return reject(
      'R-DATE-VALID',
      bilingual(`Ngày xảy ra không hợp lệ: ${occurredOn}`, `Not a real date: ${occurredOn}`),
    );
  if (occurredOn <= today) return undefined;
  return reject(
    'R-DATE-FUTURE',
    bilingual(
      `Ngày xảy ra ${dateVi(occurredOn)} ở sau ngày hôm nay ${dateVi(today)}`,
      `The date ${occurredOn} is after today ${today}`,
    ),
    { occurredOn, today },
  );
}

export function checkAfterLastEvent(occurredOn: LocalDate, last: LocalDate | undefined): Check {
  if (last === undefined || occurredOn >= last) return undefined;
  return reject(
    'R-DATE-ORDER',
    bilingual(
      `Ngày xảy ra ${dateVi(occurredOn)} trước bước đã ghi gần nhất (${dateVi(last)})`,
      `The date ${occurredOn} is before the last recorded step (${last})`,
    ),
    { occurredOn, last },
  );
}

/** A date stated in a payload: real, and not after the command's own date. */
export function checkStatedDate(date: LocalDate, occurredOn: LocalDate, what: Bilingual): Check {
  if (!isLocalDate(date))
    return reject(
      'R-DATE-VALID',
      bilingual(`${what.vi}: ngày không hợp lệ (${date})`, `${what.en}: not a real date (${date})`),
    );
  if (date <= occurredOn) return undefined;
  return reject(
    'R-DATE-ORDER',
    bilingual(
      `${what.vi} (${dateVi(date)}) sau ngày ghi nhận ${dateVi(occurredOn)}`,
      `${what.en} (${date}) is after the date recorded ${occurredOn}`,
    ),
    { date, occurredOn },
  );
}

// ---------------------------------------------------------------------------------------------------
// Who and where

export function checkPerson(person: Person, on: LocalDate): Check {
  const problems = personProblems(person, on);
  if (problems.length === 0) return undefined;
  const list = (lang: 'vi' | 'en') =>
    problems.map((p) => `${PERSON_FIELD_LABELS[p.field][lang]}: ${p.message[lang]}`).join('; ');
  return reject(
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
  return reject(
    'R-CELL-ACTIVE',
    bilingual(`Chi bộ ${cellId} ${why.vi}`, `Cell ${cellId} ${why.en}`),
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
  return reject(
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
    return reject(
      'R-HELPER',
      bilingual('Đảng viên không thể tự giúp đỡ mình', 'A person cannot be their own helper'),
    );
  return checkOfficialMember('R-HELPER', helperId, bilingual('Người giúp đỡ', 'The helper'), facts);
}

const ABOVE_GRASSROOTS: readonly OrgKind[] = ['central', 'province', 'direct_committee'];

function isCompetent(unit: OrgFacts): boolean {
  return (
    ABOVE_GRASSROOTS.includes(unit.kind) ||
    (unit.kind === 'grassroots_committee' && unit.admissionAuthority)
  );
}

/**
 * Admission, recognition and removal are decided by a committee above the grassroots level that the
 * cell sits under, or by a grassroots committee above it that holds admission authority.
 */
export function checkAuthority(unitId: string, cellId: string | undefined, facts: Facts): Check {
  const unit = facts.org(unitId);
  const cell = cellId === undefined ? undefined : facts.org(cellId);
  if (unit?.active && cell?.ancestorIds.includes(unitId) && isCompetent(unit)) return undefined;
  return reject(
    'R-AUTHORITY',
    bilingual(
      `${unit?.name ?? unitId} không có thẩm quyền quyết định đối với chi bộ ${cell?.name ?? cellId}: cần cấp ủy cấp trên của chi bộ hoặc đảng ủy cơ sở được ủy quyền kết nạp`,
      `${unit?.name ?? unitId} has no authority over cell ${cell?.name ?? cellId}: a committee above it, or an authorized grassroots committee, decides`,
    ),
    { unitId, cellId, kind: unit?.kind },
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
  return reject(
    'R-AUTHORITY',
    bilingual(
      `${unit?.name ?? unitId} không phải chi bộ của đảng viên hoặc cấp ủy cấp trên của chi bộ`,
      `${unit?.name ?? unitId} is neither the member's cell nor a unit above it`,
    ),
    { unitId, cellId },
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
    ? reject(
        'R-ENDORSEMENT',
        bilingual(
          'Chi bộ cơ sở là tổ chức cơ sở đảng: không có bước đảng ủy cơ sở xét',
          'A grassroots cell is its own grassroots organization: no committee vote',
        ),
        { cellId },
      )
    : reject(
        'R-ENDORSEMENT',
        bilingual(
          'Cần nghị quyết của đảng ủy cơ sở trước khi quyết định kết nạp',
          'The grassroots committee must endorse before the decision',
        ),
        { cellId },
      );
}

// ---------------------------------------------------------------------------------------------------
// Admission

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
    return reject(
      'R-AGE',
      bilingual(
        `Người vào Đảng phải đủ ${formatAge(minAgeMonths).vi} (tính theo tháng): mới ${age.vi}`,
        `Applicants must be at least ${formatAge(minAgeMonths).en} old (in months): ${age.en}`,
      ),
      { ageMonths: months, minAgeMonths },
    );
  if (months > maxAgeMonths && !overAgeConsentRef?.trim())
    return reject(
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
  return reject(
    'R-CERT',
    certificateDate
      ? bilingual(
          `Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng cấp ngày ${dateVi(certificateDate)} đã quá ${months} tháng`,
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
    return reject(
      'R-INTRO',
      bilingual(
        `Cần ${required} người giới thiệu khác nhau, hoặc ${required - 1} người và nghị quyết của Đoàn/Công đoàn (có ${introducers.length} người${resolution ? ' và một nghị quyết' : ''})`,
        `${required} distinct introducers are needed, or ${required - 1} and a Youth Union or trade union resolution (given ${introducers.length}${resolution ? ' and a resolution' : ''})`,
      ),
      { required, introducers: ids.length, resolution: resolution !== undefined },
    );
  if (ids.includes(applicant.memberId))
    return reject(
      'R-INTRO',
      bilingual('Người vào Đảng không thể tự giới thiệu', 'Applicants cannot introduce themselves'),
    );
  if (resolution?.organization === 'youth_union' && !applicant.person?.youthUnionMember)
    return reject(
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
      return reject(
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
  return reject(
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
  return reject(
    'R-STALE',
    bilingual(
      `Quá ${months} tháng chi bộ chưa xét, phải làm lại: ${stale.map((p) => `${p.what.vi} (${dateVi(p.dated)})`).join(', ')}`,
      `More than ${months} months without the cell considering it, redo: ${stale.map((p) => `${p.what.en} (${p.dated})`).join(', ')}`,
    ),
    { staleMonths: months, stale: stale.map((part) => part.what.en) },
  );
}

// ---------------------------------------------------------------------------------------------------
// Votes: integers only, shares of ALL entitled members (absent ones count against)

export function describeThreshold(threshold: Threshold): Bilingual {
  const share = `${threshold.numerator}/${threshold.denominator}`;
  return threshold.strict
    ? bilingual(`quá ${share}`, `more than ${share}`)
    : bilingual(`ít nhất ${share}`, `at least ${share}`);
}

export function reaches(tally: VoteTally, threshold: Threshold): boolean {
  const favor = tally.inFavor * threshold.denominator;
  const needed = tally.entitled * threshold.numerator;
  return threshold.strict ? favor > needed : favor >= needed;
}

export function checkVoteCounts(tally: VoteTally, body: Bilingual): Check {
  const { entitled, present, inFavor } = tally;
  const counts = [entitled, inFavor, ...(present === undefined ? [] : [present])];
  const valid =
    counts.every((n) => Number.isInteger(n) && n >= 0) &&
    entitled > 0 &&
    inFavor <= (present ?? entitled) &&
    (present ?? 0) <= entitled;
  if (valid) return undefined;
  return reject(
    'R-VOTE',
    bilingual(
      `Số phiếu ${body.vi} không hợp lệ (có quyền ${entitled}, có mặt ${present ?? '-'}, tán thành ${inFavor})`,
      `Invalid counts for ${body.en} (entitled ${entitled}, present ${present ?? '-'}, in favor ${inFavor})`,
    ),
    { ...tally },
  );
}

/** Why a vote did not pass, e.g. "Nghị quyết chi bộ cần ít nhất 2/3 ... (7/12 < 2/3)". */
export function voteShortfall(
  tally: VoteTally,
  threshold: Threshold,
  demand: Bilingual,
): Bilingual {
  const share = `${threshold.numerator}/${threshold.denominator}`;
  const sign = threshold.strict ? '≤' : '<';
  const ratio = `${tally.inFavor}/${tally.entitled} ${sign} ${share}`;
  const need = describeThreshold(threshold);
  return bilingual(
    `${demand.vi.replace('{share}', need.vi)} (${ratio})`,
    `${demand.en.replace('{share}', need.en)} (${ratio})`,
  );
}

/** The demand of each body's vote; `{share}` is replaced by the threshold. */
export const VOTE_DEMANDS = {
  cell: bilingual(
    'Nghị quyết chi bộ cần {share} tổng số đảng viên chính thức đồng ý',
    'The cell resolution needs {share} of all official members in favor',
  ),
  committee: bilingual(
    'Nghị quyết đảng ủy cơ sở cần {share} tổng số cấp ủy viên đồng ý',
    'The grassroots committee resolution needs {share} of all its members in favor',
  ),
  helpList: bilingual(
    'Đưa vào diện giúp đỡ cần {share} tổng số đảng viên chính thức (trừ người được miễn) đồng ý',
    'The help list needs {share} of all official members (exempt ones excluded) in favor',
  ),
  probationRemoval: bilingual(
    'Xóa tên đảng viên dự bị cần {share} tổng số đảng viên chính thức của chi bộ đồng ý',
    'Removing a probationary member needs {share} of all official members of the cell in favor',
  ),
  expulsion: bilingual(
    'Khai trừ cần {share} tổng số đảng viên chính thức của chi bộ đồng ý',
    'Expulsion needs {share} of all official members of the cell in favor',
  ),
} as const;

/** For votes a step cannot happen without: counts valid and the threshold reached. */
export function checkVotePassed(tally: VoteTally, threshold: Threshold, demand: Bilingual): Check {
  const invalid = checkVoteCounts(tally, demand);
  if (invalid) return invalid;
  if (reaches(tally, threshold)) return undefined;
  return reject('R-VOTE', voteShortfall(tally, threshold, demand), {
    ...tally,
    threshold: `${threshold.numerator}/${threshold.denominator}`,
  });
}

// ---------------------------------------------------------------------------------------------------
// Deadlines (working days)

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
      `${what.vi} chậm: ${days} ngày làm việc kể từ ${dateVi(from)} (thời hạn ${dueDays})`,
      `${what.en} late: ${days} working days after ${from} (due within ${dueDays})`,
    ),
    details: { from, to, workingDays: days, dueDays },
  };
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
  return reject(
    'R-CEREMONY-LATE',
    bilingual(
      `Lễ kết nạp ${days} ngày làm việc sau quyết định (${dateVi(decisionDate)}), quá thời hạn ${due} ngày: cần sự đồng ý của cấp ủy cấp trên`,
      `The ceremony is ${days} working days after the decision (${decisionDate}), past the ${due}-day limit: the superior committee must consent`,
    ),
    { decisionDate, workingDays: days, dueDays: due },
  );
}

export function checkProbationEnded(probationEnd: LocalDate | undefined, on: LocalDate): Check {
  if (probationEnd && on >= probationEnd) return undefined;
  return reject(
    'R-PROBATION-END',
    probationEnd
      ? bilingual(
          `Chưa hết thời gian dự bị: hết ngày ${dateVi(probationEnd)}`,
          `The probation has not ended: it ends on ${probationEnd}`,
        )
      : bilingual('Không rõ ngày hết thời gian dự bị', 'The end of the probation is unknown'),
    { probationEnd, occurredOn: on },
  );
}

export function checkRecognitionVotePassed(state: MemberState): Check {
  if (state.votes.recognition?.passed) return undefined;
  return reject(
    'R-RECOGNITION-VOTE',
    state.votes.recognition
      ? bilingual(
          'Nghị quyết đề nghị công nhận đảng viên chính thức chưa đạt',
          'The recognition vote did not pass',
        )
      : bilingual(
          'Chưa có nghị quyết đề nghị công nhận đảng viên chính thức',
          'No recognition vote recorded',
        ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Import

export interface Registration {
  readonly stage: RegistrableStage;
  readonly probationEndsOn?: LocalDate;
  readonly officialSince?: LocalDate;
}

const REGISTRATION_RANK: Readonly<Record<RegistrableStage, number>> = {
  admission_decided: 0,
  probationary: 1,
  official: 2,
};

function importDates(message: Bilingual, details?: Record<string, unknown>): Rejection {
  return reject('R-IMPORT-DATES', message, details);
}

/** The stage an imported member's dates imply, or why they do not agree. */
export function registrationOf(
  payload: RegisterExistingPayload,
  on: LocalDate,
  policy: Policy,
): Registration | Rejection {
  const { admissionDecisionDate: decision, ceremonyDate: ceremony, recognitionDate } = payload;
  const stated: [LocalDate | undefined, Bilingual][] = [
    [decision, bilingual('Ngày quyết định kết nạp', 'Admission decision date')],
    [ceremony, bilingual('Ngày lễ kết nạp', 'Ceremony date')],
    [recognitionDate, bilingual('Ngày công nhận chính thức', 'Recognition date')],
    [payload.cardIssuedOn, bilingual('Ngày phát thẻ', 'Card issue date')],
  ];
  for (const [date, what] of stated) {
    const invalid = date === undefined ? undefined : checkStatedDate(date, on, what);
    if (invalid) return invalid;
  }
  if (decision && ceremony && decision > ceremony)
    return importDates(
      bilingual(
        `Ngày quyết định kết nạp (${dateVi(decision)}) sau ngày lễ kết nạp (${dateVi(ceremony)})`,
        `The admission decision (${decision}) is after the ceremony (${ceremony})`,
      ),
    );
  const probationEndsOn = ceremony ? addMonths(ceremony, policy.probation.months) : undefined;
  if (probationEndsOn && recognitionDate && recognitionDate !== probationEndsOn)
    return importDates(
      bilingual(
        `Ngày công nhận chính thức phải là ${dateVi(probationEndsOn)} (lễ kết nạp + ${policy.probation.months} tháng), không phải ${dateVi(recognitionDate)}`,
        `The recognition date must be ${probationEndsOn} (ceremony + ${policy.probation.months} months), not ${recognitionDate}`,
      ),
    );
  if (payload.cardIssuedOn && !payload.cardNo)
    return importDates(
      bilingual('Có ngày phát thẻ nhưng thiếu số thẻ', 'A card date without a card number'),
    );
  const implied: RegistrableStage | undefined =
    recognitionDate || payload.cardNo
      ? 'official'
      : ceremony
        ? 'probationary'
        : decision
          ? 'admission_decided'
          : undefined;
  const stage = payload.stage ?? implied;
  if (!stage)
    return importDates(
      bilingual(
        'Cần ít nhất ngày quyết định kết nạp hoặc ngày lễ kết nạp',
        'At least the decision or ceremony date is needed',
      ),
    );
  if (implied && REGISTRATION_RANK[stage] < REGISTRATION_RANK[implied])
    return importDates(
      bilingual(
        `Giai đoạn "${STAGE_LABELS[stage].vi}" mâu thuẫn với các mốc thời gian (cho thấy "${STAGE_LABELS[implied].vi}")`,
        `Stage "${STAGE_LABELS[stage].en}" contradicts the dates (which imply "${STAGE_LABELS[implied].en}")`,
      ),
      { stage, implied },
    );
  if (stage === 'admission_decided' && !decision)
    return importDates(
      bilingual('Thiếu ngày quyết định kết nạp', 'The admission decision date is missing'),
    );
  if (stage !== 'admission_decided' && !ceremony && !recognitionDate)
    return importDates(
      bilingual(
        'Thiếu ngày lễ kết nạp (hoặc ngày công nhận chính thức)',
        'The ceremony (or recognition) date is missing',
      ),
    );
  const officialSince = stage === 'official' ? (recognitionDate ?? probationEndsOn) : undefined;
  if (officialSince && officialSince > on)
    return importDates(
      bilingual(
        `Chưa đủ thời gian dự bị: chỉ chính thức từ ${dateVi(officialSince)}`,
        `The probation has not ended: official only from ${officialSince}`,
      ),
    );
  return { stage, probationEndsOn, officialSince };
}

// ---------------------------------------------------------------------------------------------------
// Official members' life

export function checkCard(state: MemberState, payload: IssueCardPayload): Check {
  const active = activeCard(state);
  if (active && !payload.reissue)
    return reject(
      'R-CARD',
      bilingual(
        `Đảng viên đang có thẻ số ${active.cardNo}: chỉ cấp lại khi mất, hỏng hoặc đổi thẻ`,
        `The member holds active card ${active.cardNo}: a new one only replaces a lost, damaged or exchanged card`,
      ),
      { activeCardNo: active.cardNo },
    );
  if (state.cards.some((card) => card.cardNo === payload.cardNo))
    return reject(
      'R-CARD',
      bilingual(
        `Số thẻ ${payload.cardNo} đã được dùng`,
        `Card number ${payload.cardNo} was already used`,
      ),
    );
  if (!payload.cardNo.trim())
    return reject('R-CARD', bilingual('Thiếu số thẻ', 'The card number is missing'));
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
      : reject(
          'R-TRANSFER',
          bilingual(
            'Đảng viên không sinh hoạt tạm thời nơi khác',
            'The member is not on a temporary transfer',
          ),
        );
  if (stay)
    return reject(
      'R-TRANSFER',
      bilingual(
        `Đảng viên đang sinh hoạt tạm thời tại ${stay.cellId} đến ${dateVi(stay.until)}: cần trở về trước`,
        `The member is on a temporary transfer to ${stay.cellId} until ${stay.until}: return first`,
      ),
    );
  if (payload.targetCellId === state.cellId)
    return reject(
      'R-TRANSFER',
      bilingual('Chi bộ chuyển đến trùng chi bộ hiện tại', 'The target cell is the current cell'),
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
    return reject(
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
  return reject(
    'R-TRANSFER',
    bilingual(
      `Sinh hoạt tạm thời từ ${dateVi(on)} đến ${dateVi(payload.until)}: thời gian phải ${limit.vi}`,
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
  return reject(
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
  return reject(
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
  return reject(
    'R-RATING-EXEMPT',
    bilingual(
      `Đảng viên được miễn công tác và sinh hoạt đảng từ ${dateVi(state.exemption.on)}: không đánh giá, xếp loại`,
      `The member is exempt since ${state.exemption.on}: not rated`,
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

export function checkRatingScore(payload: RecordRatingPayload, policy: Policy): Check {
  const { score, grade } = payload;
  if (score === undefined) {
    if (policy.rating.mode === 'grade') return undefined;
    return reject(
      'R-RATING-SCORE',
      bilingual(
        `Theo ${policy.basis.vi}, đánh giá phải có điểm (thang 100)`,
        `Under ${policy.basis.en}, a rating needs a score out of 100`,
      ),
    );
  }
  if (!Number.isFinite(score) || score < 0 || score > 100)
    return reject(
      'R-RATING-SCORE',
      bilingual(`Điểm ${score} ngoài thang 0–100`, `Score ${score} is outside 0–100`),
    );
  const best = gradeForScore(score, policy);
  if (policy.rating.mode === 'grade' || GRADE_RANK[grade] >= GRADE_RANK[best]) return undefined;
  return reject(
    'R-RATING-SCORE',
    bilingual(
      `${score} điểm chỉ đạt tối đa "${RATING_GRADE_LABELS[best].vi}", không thể xếp "${RATING_GRADE_LABELS[grade].vi}"`,
      `A score of ${score} allows "${RATING_GRADE_LABELS[best].en}" at best, not "${RATING_GRADE_LABELS[grade].en}"`,
    ),
    { score, grade, best },
  );
}

export function quotaWarning(payload: RecordRatingPayload, quota: Ratio): RuleWarning | undefined {
  const tally = payload.organizationTally;
  if (payload.grade !== 'excellent' || !tally) return undefined;
  const excellent = tally.excellent + 1;
  if (excellent * quota.denominator <= tally.good * quota.numerator) return undefined;
  const share = `${quota.numerator}/${quota.denominator}`;
  return {
    rule: 'R-RATING-QUOTA',
    message: bilingual(
      `Số hoàn thành xuất sắc nhiệm vụ (${excellent}) vượt ${share} số hoàn thành tốt nhiệm vụ (${tally.good}) của tổ chức cơ sở đảng`,
      `Excellent ratings (${excellent}) exceed ${share} of good ones (${tally.good}) in the grassroots organization`,
    ),
    details: { excellent, good: tally.good, quota: share },
  };
}

export function checkExemption(state: MemberState, granting: boolean): Check {
  if (granting === !state.exemption) return undefined;
  return reject(
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
    return reject(
      'R-BADGE',
      bilingual(
        `Không có Huy hiệu ${milestoneYears} năm tuổi đảng (các mốc: ${milestones.join(', ')})`,
        `No ${milestoneYears}-year badge (milestones: ${milestones.join(', ')})`,
      ),
    );
  if (state.badges.includes(milestoneYears))
    return reject(
      'R-BADGE',
      bilingual(
        `Đã tặng Huy hiệu ${milestoneYears} năm tuổi đảng`,
        `The ${milestoneYears}-year badge was already awarded`,
      ),
    );
  const age = partyAgeMonths(state, on);
  if (age === undefined)
    return reject(
      'R-BADGE',
      bilingual(
        'Không rõ ngày quyết định kết nạp để tính tuổi đảng',
        'Party age unknown: no admission decision date',
      ),
    );
  if (age >= milestoneYears * 12) return undefined;
  return reject(
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
    return reject(
      'R-HELP-LIST',
      bilingual(
        `Đảng viên đã ở diện giúp đỡ từ ${dateVi(state.helpList.on)}`,
        `On the help list since ${state.helpList.on}`,
      ),
    );
  if (grounds.length === 0)
    return reject(
      'R-HELP-LIST',
      bilingual('Cần nêu căn cứ đưa vào diện giúp đỡ', 'The grounds are missing'),
    );
  if (grounds.includes('not_complete_two_years') && !notCompleteTwoYearsRunning(state)) {
    const label = HELP_GROUND_LABELS.not_complete_two_years;
    return reject(
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
  return reject(
    'R-HELP-LIST',
    bilingual('Đảng viên không ở diện giúp đỡ', 'The member is not on the help list'),
  );
}

export function checkProbationaryDiscipline(stage: StageOrNew, form: DisciplineForm): Check {
  if (stage !== 'probationary' || PROBATIONARY_DISCIPLINE_FORMS.includes(form)) return undefined;
  return reject(
    'R-DISCIPLINE-PROBATION',
    bilingual(
      `Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo, không thể "${DISCIPLINE_FORM_LABELS[form].vi}"`,
      `A probationary member may only be reprimanded or warned, not "${DISCIPLINE_FORM_LABELS[form].en}"`,
    ),
    { form },
  );
}

/** Expulsion: the superior inspection commission approves, and the cell votes by the policy's share. */
export function checkExpulsion(
  inspectionApprovalRef: string | undefined,
  vote: VoteTally | undefined,
  policy: Policy,
): Check {
  if (!inspectionApprovalRef?.trim() || !vote)
    return reject(
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
    return reject(
      'R-REMOVAL-GROUND',
      bilingual(
        `Căn cứ "${label.vi}" cần đảng viên đang ở diện giúp đỡ`,
        `Ground "${label.en}" needs the member on the help list`,
      ),
    );
  if (ground === 'card_returned' && !activeCard(state))
    return reject(
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
  return reject(
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
  if (!removal) return reject('R-READMIT', bilingual('Chưa ra khỏi Đảng', 'Not removed'));
  const { minMonthsSinceLeaving: minMonths, maxTimes } = policy.readmission;
  const form = REMOVAL_FORM_LABELS[removal.form];
  if (NO_READMISSION_FORMS.includes(removal.form))
    return reject(
      'R-READMIT',
      bilingual(
        `Không xem xét kết nạp lại người đã ra khỏi Đảng do "${form.vi}"`,
        `No readmission after "${form.en}"`,
      ),
      { form: removal.form },
    );
  if (removal.ground && NO_READMISSION_GROUNDS.includes(removal.ground)) {
    const ground = NAME_REMOVAL_GROUND_LABELS[removal.ground];
    return reject(
      'R-READMIT',
      bilingual(
        `Không xem xét kết nạp lại người bị xóa tên do "${ground.vi}"`,
        `No readmission after name removal for "${ground.en}"`,
      ),
      { ground: removal.ground },
    );
  }
  if (state.readmissions >= maxTimes)
    return reject(
      'R-READMIT',
      bilingual(
        `Chỉ được kết nạp lại ${maxTimes} lần (đã ${state.readmissions} lần)`,
        `Readmission allowed ${maxTimes} time(s) only (already ${state.readmissions})`,
      ),
    );
  const months = monthsBetween(removal.on, on);
  if (months >= minMonths) return undefined;
  return reject(
    'R-READMIT',
    bilingual(
      `Mới ra khỏi Đảng ${months} tháng (từ ${dateVi(removal.on)}), cần ít nhất ${minMonths} tháng`,
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
    return reject(
      'R-CORRECTION',
      bilingual('Đính chính phải nêu lý do', 'A correction needs a reason'),
    );
  if (changes.length > 0) return undefined;
  return reject('R-CORRECTION', bilingual('Không có thông tin nào thay đổi', 'Nothing changes'));
}
