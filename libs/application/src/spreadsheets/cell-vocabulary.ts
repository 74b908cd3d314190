import { isLocalDate, type Bilingual, type LocalDate } from '@memberflow/domain';
import {
  EDUCATION_LABELS,
  ETHNIC_GROUPS,
  GENDER_LABELS,
  POLITICAL_THEORY_LABELS,
  PROFESSIONAL_LABELS,
  STAGE_LABELS,
  MEMBER_STAGES,
  type EducationLevel,
  type Ethnicity,
  type Gender,
  type MemberStage,
  type PoliticalTheoryLevel,
  type ProfessionalLevel,
} from '@memberflow/domain/member';

/**
 * How officers write the values of a roster in a spreadsheet ("Nam", "Kinh", "12/12", "Đại học",
 * `14/03/2022`), read into the API's vocabulary, and written back the same way by the exports: one
 * table per field, so that an exported roster imports as it is.
 */

/**
 * The form values are compared in: without diacritics (`đ` as `d`), lower case, without spaces,
 * hyphens, dots or apostrophes, so "H'Mông", "Hmong" and "hmông" are one key.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\-'’.,_/()]+/g, '');
}

/** A closed list read from any of its spellings. */
class Vocabulary<Code extends string> {
  private readonly byKey = new Map<string, Code>();

  constructor(spellings: Readonly<Record<string, readonly string[]>>) {
    for (const [code, words] of Object.entries(spellings) as [Code, readonly string[]][]) {
      for (const word of [code, ...words]) this.byKey.set(foldKey(word), code);
    }
  }

  read(text: string): Code | undefined {
    return this.byKey.get(foldKey(text));
  }
}

function labelled<Code extends string>(
  labels: Readonly<Record<Code, Bilingual>>,
  more: Partial<Record<Code, readonly string[]>> = {},
): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(
    (Object.entries(labels) as [Code, Bilingual][]).map(([code, label]) => [
      code,
      [label.vi, label.en, ...(more[code] ?? [])],
    ]),
  );
}

const GENDER = new Vocabulary<Gender>(
  labelled(GENDER_LABELS, { male: ['M', 'Trai'], female: ['F', 'Gái'] }),
);

/** Spellings of the ethnic groups besides the GSO list's (forms and older records use them). */
const ETHNIC_SPELLINGS: Partial<Record<Ethnicity, readonly string[]>> = {
  hmong: ['H’Mông', 'Hmông', 'Mèo'],
  khmer: ['Khơ-me', 'Khơme', 'Khmer Krom'],
  e_de: ['Êđê', 'Ê-đê', 'Rhade'],
  gia_rai: ['Jrai', 'Giarai'],
  bru_van_kieu: ['Bru Vân Kiều', 'Vân Kiều'],
  xo_dang: ['Xê Đăng'],
  hoa: ['Người Hoa'],
  tho: ['Thổ'],
  muong: ['Mường'],
  ta_oi: ['Tà-ôi', 'Pa Cô'],
  ra_glai: ['Raglai'],
  mnong: ['M’Nông'],
};

const ETHNICITY = new Vocabulary<Ethnicity>(
  Object.fromEntries(
    ETHNIC_GROUPS.map((group) => [
      group.code,
      [
        group.vi,
        group.gsoCode,
        String(Number(group.gsoCode)),
        ...(ETHNIC_SPELLINGS[group.code] ?? []),
      ],
    ]),
  ),
);

const EDUCATION = new Vocabulary<EducationLevel>(
  labelled(EDUCATION_LABELS, {
    literate: ['Biết chữ'],
    primary: ['TH', 'Cấp 1', 'Cấp I'],
    lower_secondary: ['THCS', 'Cấp 2', 'Cấp II', 'Phổ thông cơ sở', 'PTCS'],
    upper_secondary: ['THPT', 'Cấp 3', 'Cấp III', 'Phổ thông trung học', 'PTTH', 'Bổ túc THPT'],
  }),
);

const PROFESSIONAL = new Vocabulary<ProfessionalLevel>(
  labelled(PROFESSIONAL_LABELS, {
    none: ['Không', 'Chưa qua đào tạo', 'Chưa'],
    elementary: ['Sơ cấp nghề'],
    intermediate: ['Trung cấp nghề', 'Trung học chuyên nghiệp', 'THCN'],
    college: ['CĐ'],
    university: ['ĐH', 'Cử nhân', 'Kỹ sư', 'Bác sĩ'],
    master: ['ThS', 'Thạc sỹ'],
    doctorate: ['TS', 'Tiến sỹ', 'PGS', 'GS'],
  }),
);

const POLITICAL_THEORY = new Vocabulary<PoliticalTheoryLevel>(
  labelled(POLITICAL_THEORY_LABELS, {
    none: ['Không', 'Chưa qua đào tạo', 'Chưa'],
    elementary: ['SC', 'Sơ cấp LLCT'],
    intermediate: ['TC', 'Trung cấp LLCT'],
    advanced: ['CC', 'Cao cấp LLCT'],
    bachelor: ['CN', 'Cử nhân chính trị'],
  }),
);

const STAGE = new Vocabulary<MemberStage>(
  labelled(
    Object.fromEntries(MEMBER_STAGES.map((stage) => [stage, STAGE_LABELS[stage]])) as Record<
      MemberStage,
      Bilingual
    >,
    {
      admission_decided: ['Đã có quyết định kết nạp', 'Chờ kết nạp'],
      probationary: ['Dự bị'],
      official: ['Chính thức'],
    },
  ),
);

const YES = new Set(['co', 'x', 'yes', 'true', '1', 'dv', 'doanvien', 'la']);
const NO = new Set(['khong', 'no', 'false', '0', '', 'k']);

/** Answers of an officer's cell in the API's vocabulary, undefined when the text is none of them. */
export const READ = {
  gender: (text: string) => GENDER.read(text),
  ethnicity: (text: string) => ETHNICITY.read(text),
  /** Words, or grades as written on forms: `12/12`, `9/12`, `10/10` (the ten-year system). */
  education: (text: string): EducationLevel | undefined => EDUCATION.read(text) ?? grade(text),
  professionalLevel: (text: string) => PROFESSIONAL.read(text),
  politicalTheory: (text: string) => POLITICAL_THEORY.read(text),
  stage: (text: string) => STAGE.read(text),
  /** `Có`/`x` or `Không`/empty. */
  yesNo: (text: string): boolean | undefined => {
    const key = foldKey(text);
    return YES.has(key) ? true : NO.has(key) ? false : undefined;
  },
  /** "Không" (none) or empty is no religion. */
  religion: (text: string): string | undefined => {
    const key = foldKey(text);
    return key === '' || key === 'khong' || key === 'none' ? undefined : text;
  },
} as const;

/**
 * A general-education grade `n/12` (or `n/10`, the ten-year system of the North before 1981):
 * finishing the last year is upper secondary, the lower-secondary years (9 of 12, 7 of 10) and beyond
 * lower secondary, the primary years primary, less than that literate.
 */
function grade(text: string): EducationLevel | undefined {
  const match = /^\s*(\d{1,2})\s*\/\s*(10|12)\s*$/.exec(text);
  if (!match) return undefined;
  const [year, of] = [Number(match[1]), Number(match[2])];
  if (year < 1 || year > of) return undefined;
  const [lower, primary] = of === 12 ? [9, 5] : [7, 4];
  if (year === of) return 'upper_secondary';
  if (year >= lower) return 'lower_secondary';
  if (year >= primary) return 'primary';
  return 'literate';
}

/** How the exports write each value: the Vietnamese label (the general education as its grade). */
export const WRITE = {
  gender: (code: string) => GENDER_LABELS[code as Gender]?.vi ?? code,
  ethnicity: (code: string) => ETHNIC_GROUPS.find((group) => group.code === code)?.vi ?? code,
  education: (code: string) => EDUCATION_GRADES[code as EducationLevel] ?? code,
  professionalLevel: (code: string) => PROFESSIONAL_LABELS[code as ProfessionalLevel]?.vi ?? code,
  politicalTheory: (code: string) =>
    POLITICAL_THEORY_LABELS[code as PoliticalTheoryLevel]?.vi ?? code,
  stage: (code: string) => STAGE_LABELS[code as MemberStage]?.vi ?? code,
  yesNo: (value: boolean) => (value ? 'Có' : 'Không'),
} as const;

/** General education as forms write it. */
const EDUCATION_GRADES: Readonly<Record<EducationLevel, string>> = {
  literate: EDUCATION_LABELS.literate.vi,
  primary: EDUCATION_LABELS.primary.vi,
  lower_secondary: '9/12',
  upper_secondary: '12/12',
};

/** The 1900 date system's day 0 (Excel counts 1900-02-29, which never was: serials from 61 on). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial numbers of 1900-01-01 … 9999-12-31. */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2_958_465;

/** A spreadsheet serial date (days since 1899-12-30; `date1904`: since 1904-01-01), if it is one. */
export function dateFromSerial(serial: number, date1904 = false): LocalDate | undefined {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return undefined;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  return new Date(EXCEL_EPOCH_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A date written as text the ways forms write it: `14/03/2022`, `14-3-2022`, `14.03.2022` (day first,
 * as in Vietnam), or ISO `2022-03-14`. Undefined when it is not a real date so written.
 */
export function dateFromText(text: string): LocalDate | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dmy
      ? [dmy[3], dmy[2], dmy[1]]
      : [undefined, undefined, undefined];
  if (year === undefined) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}
