import type { Bilingual } from '@memberflow/domain';
import { foldKey } from './cell-vocabulary';

/**
 * The column layout officers keep rosters in (issue 20): Vietnamese headings, one column per fact.
 * The import reads a sheet by these headings (any order, other spellings too, other columns ignored),
 * the template is written with them, and the roster export writes them first, so that an exported
 * roster imports as it is.
 */

export type RosterField =
  | 'fullName'
  | 'citizenId'
  | 'gender'
  | 'dateOfBirth'
  | 'ethnicity'
  | 'religion'
  | 'hometown'
  | 'residence'
  | 'education'
  | 'professionalLevel'
  | 'politicalTheory'
  | 'occupation'
  | 'youthUnionMember'
  | 'cell'
  | 'stage'
  | 'admissionDecisionNo'
  | 'admissionDecisionDate'
  | 'ceremonyDate'
  | 'recognitionDate'
  | 'cardNo'
  | 'cardIssuedOn'
  | 'positions';

/** How a column's cells are read: free text, a date, a value of a closed list, an identifier. */
export type ColumnKind = 'text' | 'date' | 'choice' | 'id';

export interface RosterColumn {
  readonly field: RosterField;
  /** The heading the template and the exports write. */
  readonly header: string;
  readonly en: string;
  /** Other headings officers' files use for it. */
  readonly aliases: readonly string[];
  readonly kind: ColumnKind;
  /** The column must be in the file and the cell filled (a few have a meaning when empty). */
  readonly required: boolean;
  /** Width in characters in the template and the exports. */
  readonly width: number;
  /** What the template's second sheet says of it. */
  readonly note: Bilingual;
}

const column = (
  field: RosterField,
  header: string,
  en: string,
  kind: ColumnKind,
  required: boolean,
  width: number,
  note: Bilingual,
  aliases: readonly string[] = [],
): RosterColumn => ({ field, header, en, kind, required, width, note, aliases });

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  column(
    'fullName',
    'Họ và tên',
    'Full name',
    'text',
    true,
    26,
    {
      vi: 'Họ và tên khai sinh',
      en: 'Full name as on the birth certificate',
    },
    ['Họ tên', 'Họ và tên khai sinh', 'Họ và tên đảng viên'],
  ),
  column(
    'citizenId',
    'Số CCCD',
    'Citizen ID',
    'id',
    true,
    15,
    {
      vi: 'Số căn cước công dân: đúng 12 chữ số (nên định dạng ô là Văn bản để giữ số 0 đầu)',
      en: 'Citizen ID: exactly 12 digits (format the cells as Text to keep the leading zeros)',
    },
    [
      'CCCD',
      'Số căn cước công dân',
      'Số căn cước',
      'Số định danh cá nhân',
      'Số CMND/CCCD',
      'CMND/CCCD',
      'Số CMND',
    ],
  ),
  column(
    'gender',
    'Giới tính',
    'Gender',
    'choice',
    true,
    9,
    {
      vi: 'Nam hoặc Nữ',
      en: 'Nam (male) or Nữ (female)',
    },
    ['Giới'],
  ),
  column(
    'dateOfBirth',
    'Ngày sinh',
    'Date of birth',
    'date',
    true,
    12,
    {
      vi: 'Ngày/tháng/năm, ví dụ 14/03/1990 (ô kiểu Ngày hoặc văn bản)',
      en: 'Day/month/year, e.g. 14/03/1990 (a date cell or text)',
    },
    ['Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Sinh ngày'],
  ),
  column('ethnicity', 'Dân tộc', 'Ethnicity', 'choice', true, 10, {
    vi: 'Một trong 54 dân tộc, ví dụ Kinh, Mường, Tày, Thái (hoặc mã của Tổng cục Thống kê, 01–54)',
    en: "One of Vietnam's 54 groups, e.g. Kinh, Mường, Tày, Thái (or the GSO code, 01–54)",
  }),
  column('religion', 'Tôn giáo', 'Religion', 'text', false, 12, {
    vi: 'Để trống hoặc "Không" nếu không theo tôn giáo',
    en: 'Empty or "Không" for none',
  }),
  column(
    'hometown',
    'Quê quán',
    'Hometown',
    'text',
    true,
    22,
    {
      vi: 'Xã/phường, tỉnh/thành phố',
      en: 'Commune or ward, province',
    },
    ['Nguyên quán'],
  ),
  column(
    'residence',
    'Nơi ở hiện nay',
    'Residence',
    'text',
    true,
    24,
    {
      vi: 'Nơi ở hiện nay',
      en: 'Where the person lives now',
    },
    ['Nơi ở', 'Nơi cư trú', 'Chỗ ở hiện nay', 'Địa chỉ thường trú'],
  ),
  column(
    'education',
    'Trình độ học vấn',
    'General education',
    'choice',
    true,
    11,
    {
      vi: 'Giáo dục phổ thông: 12/12, 9/12 (hệ 10 năm: 10/10, 7/10), hoặc Tiểu học, Trung học cơ sở, Trung học phổ thông',
      en: 'General education: 12/12, 9/12 (ten-year system: 10/10, 7/10), or Tiểu học, Trung học cơ sở, Trung học phổ thông',
    },
    ['Giáo dục phổ thông', 'Trình độ giáo dục phổ thông', 'Trình độ văn hóa', 'Văn hóa', 'GDPT'],
  ),
  column(
    'professionalLevel',
    'Trình độ chuyên môn',
    'Professional level',
    'choice',
    true,
    14,
    {
      vi: 'Chưa qua đào tạo, Sơ cấp, Trung cấp, Cao đẳng, Đại học, Thạc sĩ, Tiến sĩ',
      en: 'Chưa qua đào tạo (none), Sơ cấp, Trung cấp, Cao đẳng, Đại học, Thạc sĩ, Tiến sĩ',
    },
    ['Chuyên môn', 'Trình độ chuyên môn nghiệp vụ', 'Chuyên môn nghiệp vụ'],
  ),
  column(
    'politicalTheory',
    'Lý luận chính trị',
    'Political theory',
    'choice',
    true,
    14,
    {
      vi: 'Chưa qua đào tạo, Sơ cấp, Trung cấp, Cao cấp, Cử nhân',
      en: 'Chưa qua đào tạo (none), Sơ cấp, Trung cấp, Cao cấp, Cử nhân',
    },
    ['Trình độ lý luận chính trị', 'LLCT', 'Lý luận'],
  ),
  column(
    'occupation',
    'Nghề nghiệp',
    'Occupation',
    'text',
    true,
    16,
    {
      vi: 'Nghề nghiệp hiện nay',
      en: 'Occupation now',
    },
    ['Nghề nghiệp hiện nay', 'Công việc hiện nay'],
  ),
  column(
    'youthUnionMember',
    'Đoàn viên',
    'Youth Union member',
    'choice',
    false,
    9,
    {
      vi: 'Có hoặc Không (để trống là Không)',
      en: 'Có (yes) or Không (no; empty means no)',
    },
    ['Đoàn viên TNCS', 'Là đoàn viên'],
  ),
  column(
    'cell',
    'Mã chi bộ',
    'Cell',
    'id',
    true,
    16,
    {
      vi: 'Mã (hoặc mã định danh, hoặc tên) của chi bộ đảng viên sinh hoạt, như trên cây tổ chức',
      en: 'The code (or id, or name) of the cell, as in the organization tree',
    },
    ['Chi bộ', 'Mã đơn vị', 'Chi bộ sinh hoạt'],
  ),
  column(
    'stage',
    'Giai đoạn',
    'Stage',
    'choice',
    false,
    22,
    {
      vi: 'Không bắt buộc (các mốc ngày cho biết): Đã có quyết định kết nạp, Đảng viên dự bị, Đảng viên chính thức',
      en: 'Optional (the dates tell it): admission decided, probationary, official',
    },
    ['Tình trạng', 'Loại đảng viên'],
  ),
  column(
    'admissionDecisionNo',
    'Số quyết định kết nạp',
    'Admission decision no.',
    'text',
    false,
    14,
    {
      vi: 'Ví dụ 125-QĐ/HU',
      en: 'E.g. 125-QĐ/HU',
    },
    ['Số QĐ kết nạp', 'Quyết định kết nạp số'],
  ),
  column(
    'admissionDecisionDate',
    'Ngày quyết định kết nạp',
    'Admission decision date',
    'date',
    false,
    14,
    {
      vi: 'Ngày ký quyết định kết nạp',
      en: 'The day the admission decision was signed',
    },
    ['Ngày QĐ kết nạp', 'Ngày ký quyết định kết nạp'],
  ),
  column(
    'ceremonyDate',
    'Ngày vào Đảng',
    'Ceremony date',
    'date',
    false,
    13,
    {
      vi: 'Ngày lễ kết nạp (bắt đầu 12 tháng dự bị)',
      en: 'The admission ceremony (the 12 months of probation start)',
    },
    ['Ngày kết nạp', 'Ngày kết nạp Đảng', 'Ngày lễ kết nạp', 'Ngày vào Đảng dự bị'],
  ),
  column(
    'recognitionDate',
    'Ngày chính thức',
    'Recognition date',
    'date',
    false,
    13,
    {
      vi: 'Ngày vào Đảng cộng 12 tháng; để trống với đảng viên dự bị',
      en: 'The ceremony plus 12 months; empty for a probationary member',
    },
    ['Ngày công nhận chính thức', 'Ngày vào Đảng chính thức', 'Ngày chuyển chính thức'],
  ),
  column(
    'cardNo',
    'Số thẻ đảng viên',
    'Party card no.',
    'text',
    false,
    14,
    {
      vi: 'Chỉ đảng viên chính thức có thẻ',
      en: 'Only official members have a card',
    },
    ['Số thẻ Đảng', 'Số thẻ'],
  ),
  column(
    'cardIssuedOn',
    'Ngày cấp thẻ',
    'Card issued on',
    'date',
    false,
    12,
    {
      vi: 'Ngày phát thẻ đảng viên',
      en: 'The day the card was issued',
    },
    ['Ngày phát thẻ', 'Ngày cấp thẻ đảng viên'],
  ),
  column(
    'positions',
    'Chức vụ',
    'Positions',
    'text',
    false,
    20,
    {
      vi: 'Ghi để đối chiếu, không được nhập: chức vụ ghi nhận bằng thao tác "Giao chức vụ" (cần nơi giữ chức vụ và ngày bắt đầu)',
      en: 'Kept for reference, not imported: positions are recorded with assign-position (it needs the place held and the start date)',
    },
    ['Chức vụ Đảng', 'Chức vụ hiện nay', 'Chức vụ đảng, chính quyền, đoàn thể'],
  ),
];

export const COLUMN_OF: Readonly<Record<RosterField, RosterColumn>> = Object.fromEntries(
  ROSTER_COLUMNS.map((each) => [each.field, each]),
) as Record<RosterField, RosterColumn>;

/** The dates an existing member's stage follows from: a roster needs one of their columns at least. */
export const ADMISSION_DATE_FIELDS: readonly RosterField[] = [
  'admissionDecisionDate',
  'ceremonyDate',
  'recognitionDate',
];

/** A heading as compared: marks of required columns and notes in brackets left out, then folded. */
export function headingKey(text: string): string {
  return foldKey(text.replace(/\(.*?\)|\[.*?]|\*/g, ''));
}

const FIELD_BY_HEADING = new Map<string, RosterField>(
  ROSTER_COLUMNS.flatMap((each) =>
    [each.header, each.en, each.field, ...each.aliases].map(
      (heading) => [headingKey(heading), each.field] as const,
    ),
  ),
);

/** The field a heading names, if any. */
export function fieldOfHeading(text: string): RosterField | undefined {
  const key = headingKey(text);
  return key === '' ? undefined : FIELD_BY_HEADING.get(key);
}
