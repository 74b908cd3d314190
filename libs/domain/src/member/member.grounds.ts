import type { Bilingual } from '../kernel/rejection';

/**
 * The closed lists of the eligibility, authority and readmission rules (issue 18, docs/domain-rules.md):
 * who decides, the education exceptions, what bars a readmission. Each value has a Vietnamese and an
 * English label, like member.vocabulary.ts.
 */
type Labelled<Code extends string> = Readonly<Record<Code, Bilingual>>;

function codes<Code extends string>(labels: Labelled<Code>): readonly Code[] {
  return Object.keys(labels) as Code[];
}

/**
 * The body that decides an admission, a recognition or a removal (QĐ 24 §4.3.2, QĐ 294; R-AUTHORITY):
 * the standing committee of the direct superior of the grassroots organization; a grassroots committee
 * authorised to admit, as a full committee; for grassroots organizations directly under the province,
 * its standing members; for applicants over 60, the provincial standing committee.
 */
export const DECIDING_BODY_LABELS: Labelled<
  | 'standing_committee'
  | 'authorised_committee'
  | 'provincial_standing_members'
  | 'provincial_standing_committee'
> = {
  standing_committee: {
    vi: 'Ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng',
    en: 'standing committee of the direct superior of the grassroots organization',
  },
  authorised_committee: {
    vi: 'Tập thể đảng ủy cơ sở được ủy quyền kết nạp',
    en: 'grassroots committee authorised to admit, as a full committee',
  },
  provincial_standing_members: {
    vi: 'Thường trực tỉnh ủy và các đồng chí ủy viên ban thường vụ là trưởng các ban đảng',
    en: 'provincial standing members and the standing-committee members heading party boards',
  },
  provincial_standing_committee: {
    vi: 'Ban thường vụ tỉnh ủy',
    en: 'provincial standing committee',
  },
};
export type DecidingBody = keyof typeof DECIDING_BODY_LABELS;
export const DECIDING_BODIES = codes(DECIDING_BODY_LABELS);

/**
 * Who may be admitted with less than a lower-secondary diploma wherever they live (QĐ 24 §1.2, HD 01
 * §1.2): fishermen working at sea; and, in mountainous, border, island, ethnic-minority and remote
 * areas, village elders, village heads and reputable figures (literacy suffices for them there).
 */
export const EDUCATION_EXCEPTION_LABELS: Labelled<'fisherman' | 'reputable_figure'> = {
  fisherman: {
    vi: 'Ngư dân thường xuyên làm việc ngoài biển, đảo',
    en: 'Fisherman working at sea',
  },
  reputable_figure: {
    vi: 'Già làng, trưởng bản, người có uy tín',
    en: 'Village elder, village head or reputable figure',
  },
};
export type EducationException = keyof typeof EDUCATION_EXCEPTION_LABELS;
export const EDUCATION_EXCEPTIONS = codes(EDUCATION_EXCEPTION_LABELS);

/** Violations after which someone who left is never readmitted (QĐ 24 §3.5), stated on the expulsion. */
export const GRAVE_VIOLATION_LABELS: Labelled<'serious_disunity' | 'corruption' | 'serious_crime'> =
  {
    serious_disunity: {
      vi: 'Gây chia rẽ, bè phái nghiêm trọng',
      en: 'Serious disunity or factionalism',
    },
    corruption: { vi: 'Tham nhũng', en: 'Corruption' },
    serious_crime: {
      vi: 'Bị kết án về tội nghiêm trọng trở lên',
      en: 'Convicted of a serious offence or worse',
    },
  };
export type GraveViolation = keyof typeof GRAVE_VIOLATION_LABELS;
export const GRAVE_VIOLATIONS = codes(GRAVE_VIOLATION_LABELS);

/** The categories of offence of the Penal Code (Bộ luật Hình sự 2015, art. 9), lightest first. */
export const OFFENCE_SEVERITY_LABELS: Labelled<
  'less_serious' | 'serious' | 'very_serious' | 'especially_serious'
> = {
  less_serious: { vi: 'Tội ít nghiêm trọng', en: 'Less serious offence' },
  serious: { vi: 'Tội nghiêm trọng', en: 'Serious offence' },
  very_serious: { vi: 'Tội rất nghiêm trọng', en: 'Very serious offence' },
  especially_serious: { vi: 'Tội đặc biệt nghiêm trọng', en: 'Especially serious offence' },
};
export type OffenceSeverity = keyof typeof OFFENCE_SEVERITY_LABELS;
export const OFFENCE_SEVERITIES = codes(OFFENCE_SEVERITY_LABELS);
