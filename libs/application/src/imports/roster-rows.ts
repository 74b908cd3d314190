import type { Bilingual, LocalDate } from '@memberflow/domain';
import {
  REGISTRABLE_STAGES,
  type Person,
  type RegisterExistingPayload,
  type RegistrableStage,
} from '@memberflow/domain/member';
import { dateFromSerial, dateFromText, READ } from '../spreadsheets/cell-vocabulary';
import {
  ADMISSION_DATE_FIELDS,
  COLUMN_OF,
  fieldOfHeading,
  ROSTER_COLUMNS,
  type RosterField,
} from '../spreadsheets/roster-layout';
import {
  cellText,
  EMPTY,
  ImportFileError,
  type SheetCell,
  type SheetRow,
} from './spreadsheet-file';

/**
 * A roster's sheet read as data: its header row found and checked, then each row turned into what
 * `register-existing` takes, or the reasons it cannot be (every one of them, each naming its column).
 */

/** Why a row is refused, or a note on a row that is not. */
export interface RowReason {
  /** `missing`, `invalid_value`, … or the code of the rule that refused it (`R-IMPORT-DATES`). */
  readonly code: string;
  readonly message: Bilingual;
  /** The column it is about, as the file heads it. */
  readonly column?: string;
}

/** Where each field is in the sheet. */
export interface RosterHeader {
  /** The row the headings are in. */
  readonly row: number;
  readonly columns: ReadonlyMap<RosterField, number>;
  /** The headings by column, as written. */
  readonly headings: readonly string[];
  /** Headings of columns the import does not read (an index, the cell's name, notes). */
  readonly ignored: readonly string[];
}

/** Fewest recognized headings for a row to be the header. */
const MIN_HEADINGS = 3;

/** The header, if this row is one: at least three headings of the layout. */
export function headerOf(row: SheetRow): RosterHeader | undefined {
  const columns = new Map<RosterField, number>();
  const duplicates: string[] = [];
  const headings = row.cells.map((cell) => cellText(cell).replace(/\s+/g, ' ').trim());
  const ignored: string[] = [];
  headings.forEach((heading, index) => {
    const field = fieldOfHeading(heading);
    if (field === undefined) {
      if (heading !== '') ignored.push(heading);
      return;
    }
    const earlier = columns.get(field);
    if (earlier !== undefined) duplicates.push(`${headings[earlier]} / ${heading}`);
    else columns.set(field, index);
  });
  if (columns.size < MIN_HEADINGS) return undefined;
  if (duplicates.length > 0)
    throw new ImportFileError(
      'duplicate_columns',
      {
        vi: `Hàng tiêu đề (dòng ${row.number}) có cột trùng nghĩa: ${duplicates.join('; ')}`,
        en: `The header row (row ${row.number}) has columns meaning the same: ${duplicates.join('; ')}`,
      },
      { row: row.number, duplicates },
    );
  return { row: row.number, columns, headings, ignored };
}

/** A1-style column letters of a 0-based index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function rowsOfRange(range: string): [number, number] {
  const [from, to] = range.split(':').map((ref) => Number(/\d+/.exec(ref)?.[0]));
  return [from, to];
}

/**
 * Refuses a header the import would misread: merged heading cells (a heading over two columns or two
 * rows leaves the others without one), a required column missing, no date an existing member's stage
 * follows from.
 */
export function checkHeader(header: RosterHeader, merges: readonly string[]): void {
  const merged = merges.filter((range) => {
    const [from, to] = rowsOfRange(range);
    return from <= header.row && header.row <= to;
  });
  if (merged.length > 0)
    throw new ImportFileError(
      'merged_header',
      {
        vi: `Hàng tiêu đề (dòng ${header.row}) có ô gộp (${merged.join(', ')}): mỗi cột cần một tiêu đề riêng trên một hàng; hãy bỏ gộp ô hoặc dùng tệp mẫu`,
        en: `The header row (row ${header.row}) has merged cells (${merged.join(', ')}): each column needs its own heading on one row; unmerge them or use the template`,
      },
      { row: header.row, merged },
    );
  const missing = ROSTER_COLUMNS.filter(
    (each) => each.required && !header.columns.has(each.field),
  ).map((each) => each.header);
  const hasDate = ADMISSION_DATE_FIELDS.some((field) => header.columns.has(field));
  if (missing.length > 0 || !hasDate) {
    const dates = ADMISSION_DATE_FIELDS.map((field) => COLUMN_OF[field].header).join(', ');
    const vi = [
      ...(missing.length > 0 ? [`thiếu cột ${missing.join(', ')}`] : []),
      ...(hasDate ? [] : [`cần ít nhất một cột ${dates}`]),
    ].join('; ');
    const en = [
      ...(missing.length > 0 ? [`missing columns ${missing.join(', ')}`] : []),
      ...(hasDate ? [] : [`at least one of ${dates} is needed`]),
    ].join('; ');
    throw new ImportFileError(
      'missing_columns',
      {
        vi: `Hàng tiêu đề (dòng ${header.row}): ${vi}`,
        en: `Header row (row ${header.row}): ${en}`,
      },
      { row: header.row, missing },
    );
  }
}

export function noHeader(rowsRead: number): ImportFileError {
  const expected = ROSTER_COLUMNS.filter((each) => each.required)
    .slice(0, 4)
    .map((each) => each.header)
    .join(', ');
  return new ImportFileError(
    rowsRead === 0 ? 'no_rows' : 'no_header',
    rowsRead === 0
      ? { vi: 'Trang tính không có dòng nào', en: 'The sheet has no rows' }
      : {
          vi: `Không tìm thấy hàng tiêu đề trong ${rowsRead} dòng đầu: cần các cột như ${expected}… (xem tệp mẫu)`,
          en: `No header row in the first ${rowsRead} rows: columns such as ${expected}… are expected (see the template)`,
        },
    { rowsRead },
  );
}

/** A row as `register-existing` takes it, but for the cell, which is looked up from `cellRef`. */
export type RosterEntry = Omit<RegisterExistingPayload, 'cellId'> & { readonly cellRef: string };

export type RowReading =
  | { readonly ok: true; readonly entry: RosterEntry; readonly notes: readonly RowReason[] }
  | {
      readonly ok: false;
      readonly citizenId?: string;
      readonly reasons: readonly RowReason[];
      readonly notes: readonly RowReason[];
    };

/** A row with no value in any column the import reads (a blank line, an index alone). */
export function isBlank(header: RosterHeader, row: SheetRow): boolean {
  for (const index of header.columns.values())
    if (meaningful(row.cells[index] ?? EMPTY)) return false;
  return true;
}

/** Dashes and dots alone are how forms write "none". */
function meaningful(cell: SheetCell): boolean {
  return cell.kind !== 'empty' && !(cell.kind === 'text' && /^[\s\-–—.]*$/.test(cell.text));
}

/** Text a spreadsheet would run as a formula (CSV injection): refused, never passed on. */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

const MAX_TEXT: Partial<Record<RosterField, number>> = {
  fullName: 100,
  admissionDecisionNo: 100,
  cardNo: 50,
  positions: 500,
};

/** Reads one row of the sheet against its header. */
export function readRow(header: RosterHeader, row: SheetRow): RowReading {
  const reasons: RowReason[] = [];
  const notes: RowReason[] = [];
  const heading = (field: RosterField) =>
    header.headings[header.columns.get(field) ?? -1] || COLUMN_OF[field].header;
  const fail = (field: RosterField, code: string, vi: string, en: string) =>
    reasons.push({
      code,
      column: heading(field),
      message: {
        vi: `${heading(field)}: ${vi}`,
        en: `${heading(field)} (${COLUMN_OF[field].en}): ${en}`,
      },
    });
  const note = (field: RosterField, code: string, vi: string, en: string) =>
    notes.push({
      code,
      column: heading(field),
      message: { vi: `${heading(field)}: ${vi}`, en: `${heading(field)}: ${en}` },
    });

  /** The cell of a field, refused when it is a formula or an error; undefined when empty. */
  const cellOf = (field: RosterField): SheetCell | undefined => {
    const index = header.columns.get(field);
    const cell = index === undefined ? EMPTY : (row.cells[index] ?? EMPTY);
    if (!meaningful(cell)) {
      if (COLUMN_OF[field].required)
        fail(field, 'missing', 'chưa điền (bắt buộc)', 'missing (required)');
      return undefined;
    }
    if (cell.kind === 'formula') {
      fail(
        field,
        'formula',
        `ô chứa công thức (=${cell.formula.slice(0, 40)}): công thức không được tính khi nhập, hãy dán giá trị`,
        `the cell holds a formula (=${cell.formula.slice(0, 40)}): formulas are never computed on import, paste the values`,
      );
      return undefined;
    }
    if (cell.kind === 'error') {
      fail(field, 'cell_error', `ô báo lỗi ${cell.text}`, `the cell shows an error, ${cell.text}`);
      return undefined;
    }
    return cell;
  };

  const text = (field: RosterField): string | undefined => {
    const cell = cellOf(field);
    if (cell === undefined) return undefined;
    const value =
      cell.kind === 'number' && Number.isInteger(cell.value) ? String(cell.value) : cellText(cell);
    const trimmed = value.normalize('NFC').trim();
    if (FORMULA_LIKE.test(trimmed)) {
      fail(
        field,
        'formula',
        `giá trị bắt đầu bằng "${trimmed[0]}" giống công thức bảng tính, không được nhận`,
        `the value starts with "${trimmed[0]}" like a spreadsheet formula and is refused`,
      );
      return undefined;
    }
    const max = MAX_TEXT[field] ?? 200;
    if (trimmed.length > max) {
      fail(field, 'too_long', `dài quá ${max} ký tự`, `longer than ${max} characters`);
      return undefined;
    }
    return trimmed;
  };

  const date = (field: RosterField): LocalDate | undefined => {
    const cell = cellOf(field);
    if (cell === undefined) return undefined;
    if (
      cell.kind === 'number' &&
      Number.isInteger(cell.value) &&
      cell.value >= 1800 &&
      cell.value <= 2100
    ) {
      fail(
        field,
        'invalid_date',
        `chỉ có năm (${cell.value}), cần đủ ngày/tháng/năm`,
        `a year alone (${cell.value}): the day and month are needed too`,
      );
      return undefined;
    }
    const read =
      cell.kind === 'date'
        ? cell.date
        : cell.kind === 'number'
          ? dateFromSerial(cell.value)
          : cell.kind === 'text'
            ? dateFromText(cell.text)
            : undefined;
    if (read === undefined || read < '1900-01-01') {
      fail(
        field,
        'invalid_date',
        `"${cellText(cell)}" không phải ngày có thật (ghi ngày/tháng/năm, ví dụ 14/03/2022)`,
        `"${cellText(cell)}" is not a real date (write day/month/year, e.g. 14/03/2022)`,
      );
      return undefined;
    }
    return read;
  };

  const choice = <T>(
    field: RosterField,
    read: (text: string) => T | undefined,
    expected: string,
  ): T | undefined => {
    const cell = cellOf(field);
    if (cell === undefined) return undefined;
    const value = read(cellText(cell).trim());
    if (value === undefined)
      fail(
        field,
        'invalid_value',
        `không hiểu "${cellText(cell)}" (ghi ${expected})`,
        `"${cellText(cell)}" is not a known value (write ${expected})`,
      );
    return value;
  };

  const fullName = text('fullName');
  const citizenId = citizenIdOf(cellOf('citizenId'), (code, vi, en) =>
    (code === 'padded' ? note : fail)('citizenId', code === 'padded' ? 'padded' : code, vi, en),
  );
  const gender = choice('gender', READ.gender, 'Nam hoặc Nữ');
  const dateOfBirth = date('dateOfBirth');
  const ethnicity = choice('ethnicity', READ.ethnicity, 'tên một trong 54 dân tộc, ví dụ Kinh');
  const religionText = text('religion');
  const religion = religionText === undefined ? undefined : READ.religion(religionText);
  const hometown = text('hometown');
  const residence = text('residence');
  const education = educationOf(cellOf('education'), (vi, en) =>
    fail('education', 'invalid_value', vi, en),
  );
  const professionalLevel = choice(
    'professionalLevel',
    READ.professionalLevel,
    'Chưa qua đào tạo, Sơ cấp, Trung cấp, Cao đẳng, Đại học, Thạc sĩ hoặc Tiến sĩ',
  );
  const politicalTheory = choice(
    'politicalTheory',
    READ.politicalTheory,
    'Chưa qua đào tạo, Sơ cấp, Trung cấp, Cao cấp hoặc Cử nhân',
  );
  const occupation = text('occupation');
  const youthUnionMember = choice('youthUnionMember', READ.yesNo, 'Có hoặc Không') ?? false;
  const cellRef = text('cell');
  const stage = stageOf(choice('stage', READ.stage, 'Đảng viên dự bị hoặc Đảng viên chính thức'));
  if (stage === null)
    fail(
      'stage',
      'stage_not_registrable',
      `chỉ nhập được người đã có quyết định kết nạp, đảng viên dự bị và đảng viên chính thức`,
      `only people whose admission is decided, probationary and official members can be imported`,
    );
  const admissionDecisionNo = text('admissionDecisionNo');
  const admissionDecisionDate = date('admissionDecisionDate');
  const ceremonyDate = date('ceremonyDate');
  const recognitionDate = date('recognitionDate');
  const cardNo = text('cardNo');
  const cardIssuedOn = date('cardIssuedOn');
  const positions = text('positions');
  if (positions)
    note(
      'positions',
      'positions_not_imported',
      `"${positions}" chưa được ghi nhận (dùng thao tác Giao chức vụ, cần nơi giữ chức vụ và ngày bắt đầu)`,
      `"${positions}" is not recorded (use assign-position: it needs the place held and the start date)`,
    );

  if (dateOfBirth) {
    for (const [field, value] of [
      ['admissionDecisionDate', admissionDecisionDate],
      ['ceremonyDate', ceremonyDate],
      ['recognitionDate', recognitionDate],
      ['cardIssuedOn', cardIssuedOn],
    ] as const) {
      if (value !== undefined && value <= dateOfBirth)
        fail(
          field,
          'date_order',
          `ngày ${value.split('-').reverse().join('/')} không sau ngày sinh ${dateOfBirth.split('-').reverse().join('/')}`,
          `${value} is not after the date of birth ${dateOfBirth}`,
        );
    }
  }

  const noted = notes.length > 0 ? notes : NO_NOTES;
  if (
    reasons.length > 0 ||
    !fullName ||
    !citizenId ||
    !gender ||
    !dateOfBirth ||
    !ethnicity ||
    !hometown ||
    !residence ||
    !education ||
    !professionalLevel ||
    !politicalTheory ||
    !occupation ||
    !cellRef ||
    stage === null
  ) {
    return { ok: false, ...(citizenId ? { citizenId } : {}), reasons, notes: noted };
  }
  const person: Person = {
    fullName,
    gender,
    dateOfBirth,
    ethnicity,
    ...(religion ? { religion } : {}),
    citizenId,
    hometown,
    residence,
    education,
    professionalLevel,
    politicalTheory,
    occupation,
    youthUnionMember,
  };
  const optional = {
    stage,
    admissionDecisionDate,
    admissionDecisionNo,
    ceremonyDate,
    recognitionDate,
    cardNo,
    cardIssuedOn,
  };
  const entry: RosterEntry = {
    person,
    cellRef,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
  return { ok: true, entry, notes: noted };
}

/** The notes of the rows that have none: one array, not one per row. */
const NO_NOTES: readonly RowReason[] = Object.freeze([]);

function stageOf(stage: ReturnType<typeof READ.stage>): RegistrableStage | undefined | null {
  if (stage === undefined) return undefined;
  return (REGISTRABLE_STAGES as readonly string[]).includes(stage)
    ? (stage as RegistrableStage)
    : null;
}

type Report = (code: string, vi: string, en: string) => void;

/**
 * A citizen ID: 12 digits. A spreadsheet that took the column for numbers dropped the leading zeros
 * (every province code but a few starts with 0): a number of 10 or 11 digits gets them back, noted.
 */
function citizenIdOf(cell: SheetCell | undefined, report: Report): string | undefined {
  if (cell === undefined) return undefined;
  if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value > 0) {
    const digits = String(cell.value);
    if (digits.length === 12) return digits;
    if (digits.length === 10 || digits.length === 11) {
      const padded = digits.padStart(12, '0');
      report(
        'padded',
        `ô kiểu số đã mất số 0 đầu, đọc là ${padded}`,
        `a number cell had lost its leading zeros, read as ${padded}`,
      );
      return padded;
    }
  }
  const text = cellText(cell).replace(/[\s.]/g, '').replace(/^'/, '');
  if (/^\d{12}$/.test(text)) return text;
  report(
    'invalid_citizen_id',
    `"${cellText(cell)}" không phải số CCCD (đúng 12 chữ số)`,
    `"${cellText(cell)}" is not a citizen ID (exactly 12 digits)`,
  );
  return undefined;
}

/**
 * General education; "12/12" typed into a spreadsheet often became the 12th of December: a date cell
 * whose day and month make a grade of 12 or 10 is read as that grade.
 */
function educationOf(
  cell: SheetCell | undefined,
  report: (vi: string, en: string) => void,
): ReturnType<typeof READ.education> {
  if (cell === undefined) return undefined;
  let text = cellText(cell).trim();
  if (cell.kind === 'date') {
    const [, month, day] = cell.date.split('-').map(Number);
    text = month === 12 || month === 10 ? `${day}/${month}` : `${month}/${day}`;
  }
  const value = READ.education(text);
  if (value === undefined)
    report(
      `không hiểu "${cellText(cell)}" (ghi 12/12, 9/12, Tiểu học, Trung học cơ sở hoặc Trung học phổ thông)`,
      `"${cellText(cell)}" is not a known value (write 12/12, 9/12, Tiểu học, Trung học cơ sở or Trung học phổ thông)`,
    );
  return value;
}
