import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { Bilingual, LocalDate } from '@memberflow/domain';
import { foldKey } from '../spreadsheets/cell-vocabulary';
import {
  surveyWorkbook,
  WorkbookUnreadable,
  worksheetRows,
  type WorkbookSurvey,
} from './xlsx-reader';

/**
 * Reading an uploaded roster, row by row, whatever it is: an XLSX workbook (xlsx-reader.ts: its
 * worksheet parsed as a stream) or a CSV file (csv-parse), with limits on what a file may make the
 * server do. Every way a
 * file can be unreadable is an {@link ImportFileError} with a reason in Vietnamese and English, found
 * before a row is written (the import reads the whole file before its first write).
 */

/** A file to import: read as many times as the import needs (check, write, report). */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  open(): Readable;
}

/** How much of a file in memory a read hands on at a time (parsers slow down on one huge chunk). */
const CHUNK = 64 * 1024;

export function fileFromBuffer(name: string, bytes: Buffer): ImportFile {
  return {
    name: cleanName(name),
    size: bytes.length,
    open: () =>
      Readable.from(
        (function* () {
          for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
        })(),
      ),
  };
}

export async function fileFromPath(path: string): Promise<ImportFile> {
  const { size } = await stat(path);
  return { name: cleanName(basename(path)), size, open: () => createReadStream(path) };
}

/** A file name as reports and document references show it: no path, no control characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return clean.slice(0, 120) || 'import';
}

export async function sha256Of(file: ImportFile): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of file.open()) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What a file may make an import do. */
export interface ImportLimits {
  /** The file itself (the upload limit of the api). */
  readonly maxBytes: number;
  /** The workbook inflated: every part of the zip together (a zip bomb stops here). */
  readonly maxInflatedBytes: number;
  /** Parts of the zip. */
  readonly maxEntries: number;
  /** Rows of the sheet after the header. */
  readonly maxRows: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxInflatedBytes: 256 * 1024 * 1024,
  maxEntries: 1_000,
  maxRows: 100_000,
};

export type ImportFileProblem =
  | 'too_large'
  | 'not_a_spreadsheet'
  | 'legacy_or_encrypted'
  | 'not_a_workbook'
  | 'zip_bomb'
  | 'no_sheet'
  | 'too_many_rows'
  | 'not_utf8'
  | 'malformed_csv'
  | 'no_header'
  | 'missing_columns'
  | 'duplicate_columns'
  | 'merged_header'
  | 'no_rows'
  | 'hash_mismatch';

/** A file the import cannot read as a roster at all: nothing is written. */
export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    readonly messages: Bilingual,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(messages.en);
    this.name = 'ImportFileError';
  }
}

/** A cell as the import reads it: typed, never evaluated. */
export type SheetCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly date: LocalDate }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A formula: its text is kept to be shown, never computed, and its cached result is not used. */
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'error'; readonly text: string };

export const EMPTY: SheetCell = { kind: 'empty' };

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (1 is the first row). */
  readonly number: number;
  /** By column, the first column at 0; missing cells are empty. */
  readonly cells: readonly SheetCell[];
}

/** A sheet being read: its rows in order, and the merged ranges of the sheet (XLSX). */
export interface SheetSource {
  readonly format: 'xlsx' | 'csv';
  readonly sheetName: string;
  /** Merged ranges (`A1:C1`) of the sheet read; none for CSV. */
  readonly merges: readonly string[];
  rows(): AsyncIterable<SheetRow>;
}

/** Text of a cell as the report shows it beside its row. */
export function cellText(cell: SheetCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date.split('-').reverse().join('/');
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'formula':
      return `=${cell.formula}`;
    case 'error':
      return cell.text;
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The last `bytes` bytes of the file (read through: files are read as streams). */
async function tail(file: ImportFile, bytes: number): Promise<Buffer> {
  let kept = Buffer.alloc(0);
  for await (const chunk of file.open()) {
    kept = Buffer.concat([kept, chunk as Buffer]);
    if (kept.length > 2 * bytes) kept = kept.subarray(kept.length - bytes);
  }
  return kept.subarray(Math.max(0, kept.length - bytes));
}

async function head(file: ImportFile, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  const stream = file.open();
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${Math.round((bytes / MIB) * 10) / 10} MiB`;

/**
 * Opens the roster sheet of a file: an XLSX workbook when it is a zip, a CSV file when it is text;
 * anything else (an Excel 97 file, a PDF, an image) is refused, whatever its name says.
 */
export async function openSheet(
  file: ImportFile,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<SheetSource> {
  if (file.size > limits.maxBytes)
    throw new ImportFileError(
      'too_large',
      {
        vi: `Tệp quá lớn (${mib(file.size)}; tối đa ${mib(limits.maxBytes)}): hãy chia danh sách thành nhiều tệp`,
        en: `The file is too large (${mib(file.size)}; at most ${mib(limits.maxBytes)}): split the roster into several files`,
      },
      { bytes: file.size, maxBytes: limits.maxBytes },
    );
  const start = await head(file, 8);
  if (start.length === 0)
    throw new ImportFileError('no_rows', { vi: 'Tệp rỗng', en: 'The file is empty' });
  if (start.subarray(0, 8).equals(OLE2))
    throw new ImportFileError('legacy_or_encrypted', {
      vi: 'Đây là tệp Excel 97–2003 (.xls) hoặc tệp có đặt mật khẩu: hãy mở bằng Excel hoặc LibreOffice, bỏ mật khẩu và lưu thành .xlsx',
      en: 'This is an Excel 97–2003 file (.xls) or a password-protected workbook: open it in Excel or LibreOffice, remove the password and save it as .xlsx',
    });
  if (start.subarray(0, 4).equals(ZIP)) return openWorkbook(file, limits);
  if (start.subarray(0, 4).equals(EMPTY_ZIP)) throw notAWorkbook();
  if (!(await looksLikeText(file)))
    throw new ImportFileError('not_a_spreadsheet', {
      vi: 'Tệp không phải bảng tính: chỉ nhận tệp Excel (.xlsx) hoặc CSV (UTF-8)',
      en: 'The file is not a spreadsheet: only Excel workbooks (.xlsx) and CSV files (UTF-8) are read',
    });
  return openCsv(file, limits);
}

/** Text has no NUL byte in its first kilobytes (UTF-16 and binaries do). */
async function looksLikeText(file: ImportFile): Promise<boolean> {
  return !(await head(file, 8192)).includes(0);
}

function notAWorkbook(): ImportFileError {
  return new ImportFileError('not_a_workbook', {
    vi: 'Tệp nén không phải bảng tính Excel (.xlsx): không có xl/workbook.xml (tệp .ods hãy lưu lại thành .xlsx)',
    en: 'The zip file is not an Excel workbook (.xlsx): it has no xl/workbook.xml (save an .ods file as .xlsx)',
  });
}

// ---------------------------------------------------------------------------------------------- XLSX

/** A zip ends with its central directory's end record (after at most a 64 KiB comment). */
const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** The sheet a roster is read from: one named "Danh sách" if any, else the first visible one. */
const ROSTER_SHEET = foldKey('Danh sách');

async function openWorkbook(file: ImportFile, limits: ImportLimits): Promise<SheetSource> {
  // A cut-off zip has no end record: refused here (a zip reader would wait for the rest for ever).
  if (!(await tail(file, 65_557)).includes(END_OF_DIRECTORY))
    throw new ImportFileError('not_a_workbook', {
      vi: 'Tệp bảng tính bị cắt cụt hoặc hỏng (thiếu phần cuối của tệp nén): hãy gửi lại tệp đầy đủ',
      en: 'The workbook is cut off or damaged (the end of its zip is missing): send the whole file again',
    });
  let survey: WorkbookSurvey;
  try {
    survey = await surveyWorkbook(file.open(), limits);
  } catch (error) {
    if (error instanceof WorkbookUnreadable && error.reason === 'inflated_cap')
      throw new ImportFileError(
        'zip_bomb',
        {
          vi: `Bảng tính giải nén vượt quá ${mib(limits.maxInflatedBytes)} (tệp nén ${mib(file.size)}): tệp bị từ chối để bảo vệ máy chủ; nếu là danh sách thật, hãy chia nhỏ`,
          en: `The workbook inflates past ${mib(limits.maxInflatedBytes)} (${mib(file.size)} compressed): refused to protect the server; split it if it is a real roster`,
        },
        { maxInflatedBytes: limits.maxInflatedBytes },
      );
    throw new ImportFileError('not_a_workbook', {
      vi: `Không đọc được bảng tính (tệp hỏng hoặc không phải .xlsx): ${(error as Error).message}`,
      en: `The workbook cannot be read (a damaged file, or not an .xlsx): ${(error as Error).message}`,
    });
  }
  if (!survey.parts.has('xl/workbook.xml')) throw notAWorkbook();
  const sheet =
    survey.sheets.find((each) => foldKey(each.name) === ROSTER_SHEET) ??
    survey.sheets.find((each) => !each.hidden);
  if (!sheet || !survey.parts.has(sheet.part))
    throw new ImportFileError('no_sheet', {
      vi: 'Bảng tính không có trang tính nào để đọc',
      en: 'The workbook has no worksheet to read',
    });
  return {
    format: 'xlsx',
    sheetName: sheet.name,
    merges: survey.merges.get(sheet.part) ?? [],
    rows: () => xlsxRows(file, limits, sheet.part, survey),
  };
}

async function* xlsxRows(
  file: ImportFile,
  limits: ImportLimits,
  part: string,
  survey: WorkbookSurvey,
): AsyncGenerator<SheetRow> {
  let count = 0;
  try {
    for await (const row of worksheetRows(file.open(), part, survey)) {
      count += 1;
      if (count > limits.maxRows + HEADER_SEARCH_ROWS) throw tooManyRows(limits);
      yield {
        number: row.number,
        cells: Array.from(row.cells, (cell) => cell ?? EMPTY).map(blank),
      };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('not_a_workbook', {
      vi: `Không đọc được trang tính (tệp hỏng?): ${(error as Error).message}`,
      en: `The worksheet cannot be read (a damaged file?): ${(error as Error).message}`,
    });
  }
}

/** Text of spaces only is an empty cell. */
function blank(cell: SheetCell): SheetCell {
  return cell.kind === 'text' && cell.text.trim() === '' ? EMPTY : cell;
}

/** Rows above the header a sheet may have (a title, the unit's name, a date line). */
export const HEADER_SEARCH_ROWS = 20;

export function tooManyRows(limits: ImportLimits): ImportFileError {
  const count = new Intl.NumberFormat('vi-VN').format(limits.maxRows);
  const countEn = new Intl.NumberFormat('en-US').format(limits.maxRows);
  return new ImportFileError(
    'too_many_rows',
    {
      vi: `Tệp có hơn ${count} dòng, quá giới hạn một lần nhập: hãy chia danh sách thành nhiều tệp (theo đảng bộ trực thuộc)`,
      en: `The file has more than ${countEn} rows, over the limit of one import: split the roster into several files (by committee)`,
    },
    { maxRows: limits.maxRows },
  );
}

// ----------------------------------------------------------------------------------------------- CSV

/** Decodes UTF-8 strictly (a file saved in a legacy code page is refused, not read as garbage). */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor() {
    super({ decodeStrings: true, readableObjectMode: false });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      done(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      done(notUtf8());
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(notUtf8());
    }
  }
}

function notUtf8(): ImportFileError {
  return new ImportFileError('not_utf8', {
    vi: 'Tệp CSV không ở mã UTF-8: trong Excel chọn Lưu thành "CSV UTF-8 (Comma delimited)", hoặc gửi tệp .xlsx',
    en: 'The CSV file is not UTF-8: in Excel save it as "CSV UTF-8 (Comma delimited)", or send the .xlsx',
  });
}

/** The separator of the header line: a comma, or a semicolon (Excel in Vietnamese), or a tab. */
function delimiterOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((separator) => ({
    separator,
    count: firstLine.split(separator).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0].count > 0 ? counts[0].separator : ',';
}

async function openCsv(file: ImportFile, limits: ImportLimits): Promise<SheetSource> {
  const start = (await head(file, 64 * 1024)).toString('utf8').replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(start.split(/\r?\n/, 1)[0] ?? '');
  return {
    format: 'csv',
    sheetName: '',
    merges: [],
    rows: () => csvRows(file, limits, delimiter),
  };
}

/** Longest CSV record: a roster's row is well under a kilobyte. */
const MAX_CSV_RECORD = 64 * 1024;

async function* csvRows(
  file: ImportFile,
  limits: ImportLimits,
  delimiter: string,
): AsyncGenerator<SheetRow> {
  const input = file.open();
  const parser = parseCsv({
    bom: true,
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_CSV_RECORD,
  });
  const decoder = new StrictUtf8();
  input.on('error', (error) => decoder.destroy(error));
  decoder.on('error', (error) => parser.destroy(error));
  input.pipe(decoder).pipe(parser);
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      if (number > limits.maxRows + HEADER_SEARCH_ROWS) throw tooManyRows(limits);
      yield {
        number,
        cells: record.map((text) => (text.trim() === '' ? EMPTY : { kind: 'text', text })),
      };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      'malformed_csv',
      {
        vi: `Tệp CSV không hợp lệ sau dòng ${number}: ${(error as Error).message}`,
        en: `The CSV file is malformed after row ${number}: ${(error as Error).message}`,
      },
      { row: number },
    );
  } finally {
    input.destroy();
  }
}
