import type { Writable } from 'node:stream';
import {
  ETHNIC_GROUPS,
  POLITICAL_THEORY_LEVELS,
  PROFESSIONAL_LEVELS,
  REGISTRABLE_STAGES,
  STAGE_LABELS,
} from '@memberflow/domain/member';
import { WRITE } from '../spreadsheets/cell-vocabulary';
import { ROSTER_COLUMNS, type RosterField } from '../spreadsheets/roster-layout';
import {
  StreamedWorkbook,
  type CellInput,
  type ColumnType,
  type SheetColumn,
} from '../spreadsheets/workbook-writer';
import type { ImportReport, ImportRowResult, RowStatus } from './roster-import.service';
import { headerOf } from './roster-rows';
import { cellText, openSheet, type ImportFile, type SheetCell } from './spreadsheet-file';

/**
 * The workbooks of the import (issue 20): the template officers fill in, and the report of a dry run
 * or a commit: the file's own rows, under its own headings, with the outcome and the reasons in
 * columns beside each row, so that the refused rows can be corrected in the report and imported again
 * (the import ignores the columns it does not know).
 */

/** How a column of the layout is written: dates as dates, everything else as text kept as typed. */
function layoutType(kind: string): ColumnType {
  return kind === 'date' ? 'date' : 'id';
}

/** The example row of the template: a member as the records of a cell would list them. */
const EXAMPLE: Readonly<Record<RosterField, CellInput>> = {
  fullName: 'Nguyễn Văn An',
  citizenId: '038090001234',
  gender: WRITE.gender('male'),
  dateOfBirth: '1990-03-14',
  ethnicity: WRITE.ethnicity('kinh'),
  religion: 'Không',
  hometown: 'Xã Xuân Hòa, huyện Thọ Xuân, tỉnh Thanh Hóa',
  residence: 'Thôn 1, xã Xuân Hòa, tỉnh Thanh Hóa',
  education: WRITE.education('upper_secondary'),
  professionalLevel: WRITE.professionalLevel('university'),
  politicalTheory: WRITE.politicalTheory('elementary'),
  occupation: 'Giáo viên',
  youthUnionMember: WRITE.yesNo(false),
  cell: 'T1',
  stage: WRITE.stage('official'),
  admissionDecisionNo: '125-QĐ/HU',
  admissionDecisionDate: '2015-05-04',
  ceremonyDate: '2015-05-19',
  recognitionDate: '2016-05-19',
  cardNo: '38012345',
  cardIssuedOn: '2016-09-02',
  positions: 'Bí thư chi bộ',
};

/** `GET /api/imports/template`: the roster's headings, one example row, and how to fill each column. */
export async function writeTemplateWorkbook(output: Writable): Promise<void> {
  const workbook = new StreamedWorkbook(output);
  const columns: SheetColumn[] = ROSTER_COLUMNS.map((column) => ({
    header: column.header,
    type: layoutType(column.kind),
    width: column.width,
  }));
  const sheet = workbook.sheet('Danh sách', columns);
  await sheet.row(ROSTER_COLUMNS.map((column) => EXAMPLE[column.field]));
  sheet.done();

  const guide = workbook.sheet('Hướng dẫn', [
    { header: 'Cột', type: 'text', width: 24 },
    { header: 'Bắt buộc', type: 'text', width: 9 },
    { header: 'Cách ghi', type: 'text', width: 60 },
    { header: 'How to fill it', type: 'text', width: 60 },
    { header: 'Cũng nhận tiêu đề', type: 'text', width: 40 },
  ]);
  for (const column of ROSTER_COLUMNS)
    await guide.row([
      column.header,
      column.required ? 'Có' : 'Không',
      column.note.vi,
      column.note.en,
      column.aliases.join('; '),
    ]);
  await guide.row([
    'Ngày quyết định kết nạp / Ngày vào Đảng / Ngày chính thức',
    'Một trong ba',
    'Cần ít nhất một mốc: giai đoạn của đảng viên suy ra từ các mốc ngày. Trang "Danh sách" được nhập; các trang khác bị bỏ qua.',
    'At least one of the three: the stage follows from the dates. The "Danh sách" sheet is imported; other sheets are ignored.',
    '',
  ]);
  guide.done();

  const lists = workbook.sheet('Danh mục', [
    { header: 'Cột', type: 'text', width: 20 },
    { header: 'Giá trị', type: 'text', width: 34 },
    { header: 'Mã', type: 'id', width: 8 },
  ]);
  for (const value of ['Nam', 'Nữ']) await lists.row(['Giới tính', value, undefined]);
  for (const group of ETHNIC_GROUPS) await lists.row(['Dân tộc', group.vi, group.gsoCode]);
  for (const value of [
    '12/12',
    '9/12',
    '10/10',
    '7/10',
    'Tiểu học',
    'Trung học cơ sở',
    'Trung học phổ thông',
  ])
    await lists.row(['Trình độ học vấn', value, undefined]);
  for (const code of PROFESSIONAL_LEVELS)
    await lists.row(['Trình độ chuyên môn', WRITE.professionalLevel(code), undefined]);
  for (const code of POLITICAL_THEORY_LEVELS)
    await lists.row(['Lý luận chính trị', WRITE.politicalTheory(code), undefined]);
  for (const stage of REGISTRABLE_STAGES)
    await lists.row(['Giai đoạn', STAGE_LABELS[stage].vi, undefined]);
  lists.done();
  await workbook.finish();
}

const STATUS_LABELS: Readonly<Record<'dry-run' | 'commit', Readonly<Record<RowStatus, string>>>> = {
  'dry-run': {
    created: 'Sẽ tạo mới',
    unchanged: 'Đã có, không thay đổi',
    refused: 'Bị từ chối',
  },
  commit: {
    created: 'Đã tạo mới',
    unchanged: 'Đã có, không thay đổi',
    refused: 'Bị từ chối',
  },
};

const RESULT_COLUMNS: readonly SheetColumn[] = [
  { header: 'Kết quả', type: 'text', width: 18 },
  { header: 'Lý do', type: 'text', width: 60 },
  { header: 'Reason (English)', type: 'text', width: 60 },
  { header: 'Ghi chú', type: 'text', width: 40 },
  { header: 'Dòng trong tệp', type: 'integer', width: 8 },
];

/** A cell of the file as the report writes it back: dates and numbers as they were, the rest as text. */
function echo(cell: SheetCell | undefined): CellInput {
  if (cell === undefined) return undefined;
  if (cell.kind === 'date') return cell.date;
  if (cell.kind === 'number') return cell.value;
  return cellText(cell);
}

/**
 * The report of an import as a workbook: the file's header row and every row the import read, each
 * with its outcome, its reasons in Vietnamese and in English and its notes. Reads the file once more,
 * row by row.
 */
export async function writeReportWorkbook(
  output: Writable,
  file: ImportFile,
  report: ImportReport,
): Promise<void> {
  const results = new Map<number, ImportRowResult>(report.results.map((r) => [r.row, r]));
  const source = await openSheet(file);
  const workbook = new StreamedWorkbook(output);
  let sheet: ReturnType<StreamedWorkbook['sheet']> | undefined;
  let width = 0;
  for await (const row of source.rows()) {
    if (!sheet) {
      const header = row.number === report.header.row ? headerOf(row) : undefined;
      if (!header) continue;
      width = header.headings.length;
      const fields = new Map([...header.columns].map(([field, index]) => [index, field]));
      const kinds = new Map(ROSTER_COLUMNS.map((column) => [column.field, column.kind]));
      const columns: SheetColumn[] = header.headings.map((heading, index) => {
        const field = fields.get(index);
        return {
          header: heading || `Cột ${index + 1}`,
          type: field ? layoutType(kinds.get(field) ?? 'text') : 'text',
          width: 12,
        };
      });
      // Named as the import reads it: the report, corrected, can be imported again.
      sheet = workbook.sheet('Danh sách', [...columns, ...RESULT_COLUMNS]);
      continue;
    }
    const result = results.get(row.number);
    if (!result) continue;
    const cells = Array.from({ length: width }, (_, index) => echo(row.cells[index]));
    await sheet.row([
      ...cells,
      STATUS_LABELS[report.mode][result.status],
      result.reasons.map((reason) => reason.message.vi).join('\n'),
      result.reasons.map((reason) => reason.message.en).join('\n'),
      result.notes.map((note) => note.message.vi).join('\n'),
      row.number,
    ]);
  }
  sheet?.done();
  const summary = workbook.sheet('Tóm tắt', [
    { header: 'Mục', type: 'text', width: 30 },
    { header: 'Giá trị', type: 'text', width: 70 },
  ]);
  const mode = report.mode === 'commit' ? 'Đã ghi (commit)' : 'Chạy thử, chưa ghi gì (dry run)';
  for (const [label, value] of [
    ['Tệp', report.file.name],
    ['SHA-256', report.file.sha256],
    ['Chế độ', mode],
    ['Ngày ghi nhận', report.registeredOn.split('-').reverse().join('/')],
    ['Số dòng', String(report.rows)],
    [STATUS_LABELS[report.mode].created, String(report.created)],
    [STATUS_LABELS[report.mode].unchanged, String(report.unchanged)],
    [STATUS_LABELS[report.mode].refused, String(report.refused)],
  ] as const)
    await summary.row([label, value]);
  summary.done();

  await workbook.finish();
}
