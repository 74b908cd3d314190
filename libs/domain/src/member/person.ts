import { isLocalDate, type LocalDate } from '../kernel/local-date';
import type { Bilingual } from '../kernel/rejection';

/** A closed list of values, each with a Vietnamese and an English label. */
type Labelled<Code extends string> = Readonly<Record<Code, Bilingual>>;

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Labelled<Gender> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
};

/**
 * Vietnam's 54 ethnic groups in the order and with the codes of the General Statistics Office list
 * (Quyết định 121-TCTK/PPCĐ, 1979): `gsoCode` is what statistical forms print.
 */
export const ETHNIC_GROUPS = [
  { code: 'kinh', gsoCode: '01', vi: 'Kinh' },
  { code: 'tay', gsoCode: '02', vi: 'Tày' },
  { code: 'thai', gsoCode: '03', vi: 'Thái' },
  { code: 'hoa', gsoCode: '04', vi: 'Hoa' },
  { code: 'khmer', gsoCode: '05', vi: 'Khmer' },
  { code: 'muong', gsoCode: '06', vi: 'Mường' },
  { code: 'nung', gsoCode: '07', vi: 'Nùng' },
  { code: 'hmong', gsoCode: '08', vi: 'Mông' },
  { code: 'dao', gsoCode: '09', vi: 'Dao' },
  { code: 'gia_rai', gsoCode: '10', vi: 'Gia Rai' },
  { code: 'ngai', gsoCode: '11', vi: 'Ngái' },
  { code: 'e_de', gsoCode: '12', vi: 'Ê Đê' },
  { code: 'ba_na', gsoCode: '13', vi: 'Ba Na' },
  { code: 'xo_dang', gsoCode: '14', vi: 'Xơ Đăng' },
  { code: 'san_chay', gsoCode: '15', vi: 'Sán Chay' },
  { code: 'co_ho', gsoCode: '16', vi: 'Cơ Ho' },
  { code: 'cham', gsoCode: '17', vi: 'Chăm' },
  { code: 'san_diu', gsoCode: '18', vi: 'Sán Dìu' },
  { code: 'hre', gsoCode: '19', vi: 'Hrê' },
  { code: 'mnong', gsoCode: '20', vi: 'Mnông' },
  { code: 'ra_glai', gsoCode: '21', vi: 'Ra Glai' },
  { code: 'xtieng', gsoCode: '22', vi: 'Xtiêng' },
  { code: 'bru_van_kieu', gsoCode: '23', vi: 'Bru - Vân Kiều' },
  { code: 'tho', gsoCode: '24', vi: 'Thổ' },
  { code: 'giay', gsoCode: '25', vi: 'Giáy' },
  { code: 'co_tu', gsoCode: '26', vi: 'Cơ Tu' },
  { code: 'gie_trieng', gsoCode: '27', vi: 'Giẻ Triêng' },
  { code: 'ma', gsoCode: '28', vi: 'Mạ' },
  { code: 'kho_mu', gsoCode: '29', vi: 'Khơ Mú' },
  { code: 'co', gsoCode: '30', vi: 'Co' },
  { code: 'ta_oi', gsoCode: '31', vi: 'Tà Ôi' },
  { code: 'cho_ro', gsoCode: '32', vi: 'Chơ Ro' },
  { code: 'khang', gsoCode: '33', vi: 'Kháng' },
  { code: 'xinh_mun', gsoCode: '34', vi: 'Xinh Mun' },
  { code: 'ha_nhi', gsoCode: '35', vi: 'Hà Nhì' },
  { code: 'chu_ru', gsoCode: '36', vi: 'Chu Ru' },
  { code: 'lao', gsoCode: '37', vi: 'Lào' },
  { code: 'la_chi', gsoCode: '38', vi: 'La Chí' },
  { code: 'la_ha', gsoCode: '39', vi: 'La Ha' },
  { code: 'phu_la', gsoCode: '40', vi: 'Phù Lá' },
  { code: 'la_hu', gsoCode: '41', vi: 'La Hủ' },
  { code: 'lu', gsoCode: '42', vi: 'Lự' },
  { code: 'lo_lo', gsoCode: '43', vi: 'Lô Lô' },
  { code: 'chut', gsoCode: '44', vi: 'Chứt' },
  { code: 'mang', gsoCode: '45', vi: 'Mảng' },
  { code: 'pa_then', gsoCode: '46', vi: 'Pà Thẻn' },
  { code: 'co_lao', gsoCode: '47', vi: 'Cờ Lao' },
  { code: 'cong', gsoCode: '48', vi: 'Cống' },
  { code: 'bo_y', gsoCode: '49', vi: 'Bố Y' },
  { code: 'si_la', gsoCode: '50', vi: 'Si La' },
  { code: 'pu_peo', gsoCode: '51', vi: 'Pu Péo' },
  { code: 'brau', gsoCode: '52', vi: 'Brâu' },
  { code: 'o_du', gsoCode: '53', vi: 'Ơ Đu' },
  { code: 'ro_mam', gsoCode: '54', vi: 'Rơ Măm' },
] as const;

export type Ethnicity = (typeof ETHNIC_GROUPS)[number]['code'];
export const ETHNICITIES: readonly Ethnicity[] = ETHNIC_GROUPS.map((group) => group.code);
/** The majority group; every other one is an ethnic minority in the statistics. */
export const MAJORITY_ETHNICITY: Ethnicity = 'kinh';

/** General education (trình độ giáo dục phổ thông). */
export const EDUCATION_LEVELS = [
  'literate',
  'primary',
  'lower_secondary',
  'upper_secondary',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LABELS: Labelled<EducationLevel> = {
  literate: { vi: 'Biết đọc, biết viết', en: 'Literate' },
  primary: { vi: 'Tiểu học', en: 'Primary' },
  lower_secondary: { vi: 'Trung học cơ sở', en: 'Lower secondary' },
  upper_secondary: { vi: 'Trung học phổ thông', en: 'Upper secondary' },
};

/** Professional qualification (trình độ chuyên môn, nghiệp vụ). */
export const PROFESSIONAL_LEVELS = [
  'none',
  'elementary',
  'intermediate',
  'college',
  'university',
  'master',
  'doctorate',
] as const;
export type ProfessionalLevel = (typeof PROFESSIONAL_LEVELS)[number];
export const PROFESSIONAL_LABELS: Labelled<ProfessionalLevel> = {
  none: { vi: 'Chưa qua đào tạo', en: 'None' },
  elementary: { vi: 'Sơ cấp', en: 'Elementary vocational' },
  intermediate: { vi: 'Trung cấp', en: 'Intermediate vocational' },
  college: { vi: 'Cao đẳng', en: 'College' },
  university: { vi: 'Đại học', en: 'University' },
  master: { vi: 'Thạc sĩ', en: 'Master' },
  doctorate: { vi: 'Tiến sĩ', en: 'Doctorate' },
};

/** Political theory (trình độ lý luận chính trị). */
export const POLITICAL_THEORY_LEVELS = [
  'none',
  'elementary',
  'intermediate',
  'advanced',
  'bachelor',
] as const;
export type PoliticalTheoryLevel = (typeof POLITICAL_THEORY_LEVELS)[number];
export const POLITICAL_THEORY_LABELS: Labelled<PoliticalTheoryLevel> = {
  none: { vi: 'Chưa qua đào tạo', en: 'None' },
  elementary: { vi: 'Sơ cấp', en: 'Elementary' },
  intermediate: { vi: 'Trung cấp', en: 'Intermediate' },
  advanced: { vi: 'Cao cấp', en: 'Advanced' },
  bachelor: { vi: 'Cử nhân', en: 'Bachelor' },
};

/** What the records hold about a person (domain.md §5). Text is stored trimmed and NFC-normalized. */
export interface Person {
  readonly fullName: string;
  readonly gender: Gender;
  readonly dateOfBirth: LocalDate;
  readonly ethnicity: Ethnicity;
  /** Absent for people without a religion. */
  readonly religion?: string;
  /** Căn cước công dân: 12 digits. */
  readonly citizenId: string;
  readonly hometown: string;
  readonly residence: string;
  readonly education: EducationLevel;
  readonly professionalLevel: ProfessionalLevel;
  readonly politicalTheory: PoliticalTheoryLevel;
  readonly occupation: string;
  readonly youthUnionMember: boolean;
}

export type PersonField = keyof Person;

export const PERSON_FIELD_LABELS: Labelled<PersonField> = {
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  dateOfBirth: { vi: 'Ngày sinh', en: 'Date of birth' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  citizenId: { vi: 'Số căn cước công dân', en: 'Citizen ID' },
  hometown: { vi: 'Quê quán', en: 'Hometown' },
  residence: { vi: 'Nơi ở hiện nay', en: 'Residence' },
  education: { vi: 'Trình độ giáo dục phổ thông', en: 'General education' },
  professionalLevel: { vi: 'Trình độ chuyên môn', en: 'Professional level' },
  politicalTheory: { vi: 'Trình độ lý luận chính trị', en: 'Political theory level' },
  occupation: { vi: 'Nghề nghiệp', en: 'Occupation' },
  youthUnionMember: { vi: 'Đoàn viên', en: 'Youth Union member' },
};

/** Trimmed, inner runs of whitespace collapsed, NFC: one spelling per name whatever keyboard typed it. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** The person with every text field normalized; an empty religion means none. */
export function normalizePerson(person: Person): Person {
  const religion = person.religion === undefined ? '' : normalizeText(person.religion);
  const normalized: Person = {
    ...person,
    fullName: normalizeText(person.fullName),
    citizenId: person.citizenId.trim(),
    hometown: normalizeText(person.hometown),
    residence: normalizeText(person.residence),
    occupation: normalizeText(person.occupation),
  };
  if (religion === '') {
    const { religion: _none, ...withoutReligion } = normalized;
    return withoutReligion;
  }
  return { ...normalized, religion };
}

export interface PersonProblem {
  readonly field: PersonField;
  readonly message: Bilingual;
}

const NAME = /^[\p{L}\p{M}]+(?:[ '-][\p{L}\p{M}]+)*$/u;
const CITIZEN_ID = /^\d{12}$/;
const MAX_TEXT = 200;

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/**
 * What is wrong with a (normalized) person, field by field; empty when valid. `on` is the date the data
 * is stated on: nobody is born after it.
 */
export function personProblems(person: Person, on: LocalDate): PersonProblem[] {
  const problems: PersonProblem[] = [];
  const problem = (field: PersonField, vi: string, en: string) =>
    problems.push({ field, message: { vi, en } });

  if (!NAME.test(person.fullName) || person.fullName.length > 100)
    problem('fullName', 'chỉ gồm chữ cái, tối đa 100 ký tự', 'letters only, 100 at most');
  if (!oneOf(GENDERS, person.gender)) problem('gender', 'không hợp lệ', 'not a known value');
  if (!isLocalDate(person.dateOfBirth) || person.dateOfBirth > on)
    problem('dateOfBirth', 'phải là một ngày có thật trong quá khứ', 'not a real past date');
  if (!oneOf(ETHNICITIES, person.ethnicity))
    problem(
      'ethnicity',
      'không thuộc 54 dân tộc Việt Nam',
      "not one of Vietnam's 54 ethnic groups",
    );
  if (!CITIZEN_ID.test(person.citizenId))
    problem('citizenId', 'phải gồm đúng 12 chữ số', 'must be exactly 12 digits');
  for (const field of ['hometown', 'residence', 'occupation'] as const) {
    if (person[field] === '' || person[field].length > MAX_TEXT)
      problem(
        field,
        `không được để trống, tối đa ${MAX_TEXT} ký tự`,
        `required, ${MAX_TEXT} characters at most`,
      );
  }
  if (person.religion !== undefined && person.religion.length > MAX_TEXT)
    problem('religion', `tối đa ${MAX_TEXT} ký tự`, `${MAX_TEXT} characters at most`);
  if (!oneOf(EDUCATION_LEVELS, person.education))
    problem('education', 'không hợp lệ', 'not a known value');
  if (!oneOf(PROFESSIONAL_LEVELS, person.professionalLevel))
    problem('professionalLevel', 'không hợp lệ', 'not a known value');
  if (!oneOf(POLITICAL_THEORY_LEVELS, person.politicalTheory))
    problem('politicalTheory', 'không hợp lệ', 'not a known value');
  if (typeof person.youthUnionMember !== 'boolean')
    problem('youthUnionMember', 'phải ghi có hoặc không', 'must be true or false');
  return problems;
}
