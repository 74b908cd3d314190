import { createHash } from 'node:crypto';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { TestResponse, TestServer } from '../../support/test-app';

/**
 * Roster files for the import's tests: workbooks and CSV files in the officers' layout, and the
 * malformed ones (a zip bomb, a million rows) built part by part.
 */

export const HEADINGS = [
  'STT',
  'Họ và tên',
  'Số CCCD',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Tôn giáo',
  'Quê quán',
  'Nơi ở hiện nay',
  'Trình độ học vấn',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
  'Nghề nghiệp',
  'Đoàn viên',
  'Mã chi bộ',
  'Số quyết định kết nạp',
  'Ngày quyết định kết nạp',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Số thẻ đảng viên',
  'Chức vụ',
] as const;

export type Heading = (typeof HEADINGS)[number];
/** A cell as a test writes it: text, a number (a serial date too), a date, a formula. */
export type Cell = string | number | Date | { formula: string } | undefined;
export type RosterRowCells = Partial<Record<Heading, Cell>>;

/** An official member of cell `cell`, as an officer's file lists them. */
export function memberRow(citizenId: string, cell: string, overrides: RosterRowCells = {}) {
  return {
    'Họ và tên': 'Phạm Thị Hoa',
    'Số CCCD': citizenId,
    'Giới tính': 'Nữ',
    'Ngày sinh': '14/03/1985',
    'Dân tộc': 'Kinh',
    'Tôn giáo': 'Không',
    'Quê quán': 'Xuân Hòa, Thọ Xuân, Thanh Hóa',
    'Nơi ở hiện nay': 'Thôn 1, Xuân Hòa',
    'Trình độ học vấn': '12/12',
    'Trình độ chuyên môn': 'Đại học',
    'Lý luận chính trị': 'Sơ cấp',
    'Nghề nghiệp': 'Giáo viên',
    'Đoàn viên': 'Không',
    'Mã chi bộ': cell,
    'Số quyết định kết nạp': '55-QĐ/HU',
    'Ngày quyết định kết nạp': '01/03/2010',
    'Ngày vào Đảng': '20/03/2010',
    'Ngày chính thức': '20/03/2011',
    ...overrides,
  } satisfies RosterRowCells;
}

export interface WorkbookOptions {
  /** Rows above the header (a title). */
  readonly title?: string;
  readonly merges?: readonly string[];
  readonly sheetName?: string;
  readonly headings?: readonly string[];
}

/** A workbook (exceljs, in memory) with the layout's headings and these rows. */
export async function rosterWorkbook(
  rows: readonly RosterRowCells[],
  options: WorkbookOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Danh sách');
  if (options.title) sheet.addRow([options.title]);
  const headings = options.headings ?? HEADINGS;
  sheet.addRow([...headings]);
  rows.forEach((row, index) => {
    const values = headings.map((heading) =>
      heading === 'STT' ? index + 1 : row[heading as Heading],
    );
    const added = sheet.addRow(values);
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same rows as CSV (UTF-8 with a byte-order mark, as Excel writes "CSV UTF-8"). */
export function rosterCsv(rows: readonly RosterRowCells[], separator = ','): Buffer {
  const field = (value: Cell) => {
    const text = value === undefined ? '' : String(value);
    return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    HEADINGS.join(separator),
    ...rows.map((row, index) =>
      HEADINGS.map((heading) =>
        heading === 'STT' ? String(index + 1) : field(row[heading] as Cell),
      ).join(separator),
    ),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** POST /api/imports with the file as a multipart part named `file`. */
export async function upload(
  server: TestServer,
  token: string,
  file: Buffer,
  name: string,
  options: { commit?: string; accept?: string } = {},
): Promise<TestResponse & { bytes: Buffer }> {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const query = options.commit ? `?commit=${options.commit}` : '';
  const response = await fetch(`${server.url}/api/imports${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.accept ? { accept: options.accept } : {}),
    },
    body: form,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text, bytes };
}

/** Reads a workbook answer back (exceljs, in memory): each sheet's rows as text by column. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

// ------------------------------------------------------------------------------- zips, part by part

interface ZipPart {
  readonly name: string;
  /** Deflated data, its CRC and sizes. */
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
}

function part(name: string, data: Buffer): ZipPart {
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** A part of `size` bytes produced chunk by chunk (never held whole), deflated as it is produced. */
async function streamedPart(name: string, chunks: () => Iterable<Buffer>): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks()) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), crc, size };
}

/** A zip of the parts (local headers with sizes, a central directory), as a workbook is stored. */
function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, p.deflated);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc >>> 0, 16);
    entry.writeUInt32LE(p.deflated.length, 20);
    entry.writeUInt32LE(p.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const SHEET_START = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_END = `</sheetData></worksheet>`;

function inlineRow(number: number, values: readonly string[]): string {
  const cells = values
    .map((value, index) => {
      const ref = `${String.fromCharCode(65 + index)}${number}`;
      const text = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    })
    .join('');
  return `<row r="${number}">${cells}</row>`;
}

function workbookOf(sheet: ZipPart, ...more: ZipPart[]): Buffer {
  return zip([
    part('[Content_Types].xml', Buffer.from(CONTENT_TYPES)),
    part('_rels/.rels', Buffer.from(ROOT_RELS)),
    part('xl/workbook.xml', Buffer.from(WORKBOOK)),
    part('xl/_rels/workbook.xml.rels', Buffer.from(WORKBOOK_RELS)),
    sheet,
    ...more,
  ]);
}

/**
 * A workbook whose sheet has the headings and `rows` rows (inline strings): a whole member each, or
 * (`names`) just a name, to keep a million rows small.
 */
export async function workbookWithRows(
  rows: number,
  cell: string,
  shape: 'members' | 'names' = 'members',
): Promise<Buffer> {
  const member = (n: number) =>
    inlineRow(n + 1, [
      String(n),
      'Lê Văn Bốn',
      String(100_000_000_000 + n),
      'Nam',
      '01/01/1980',
      'Kinh',
      'Không',
      'Thọ Xuân',
      'Xuân Hòa',
      '12/12',
      'Đại học',
      'Sơ cấp',
      'Nông dân',
      'Không',
      cell,
      '1-QĐ',
      '01/01/2010',
      '20/01/2010',
      '20/01/2011',
    ]);
  const name = (n: number) =>
    `<row r="${n + 1}"><c r="B${n + 1}" t="inlineStr"><is><t>Lê Văn Bốn</t></is></c></row>`;
  const row = shape === 'members' ? member : name;
  const sheet = await streamedPart('xl/worksheets/sheet1.xml', function* () {
    yield Buffer.from(SHEET_START + inlineRow(1, HEADINGS.slice(0, 19)));
    const batch: string[] = [];
    for (let n = 1; n <= rows; n++) {
      batch.push(row(n));
      if (batch.length === 5_000) {
        yield Buffer.from(batch.join(''));
        batch.length = 0;
      }
    }
    yield Buffer.from(batch.join('') + SHEET_END);
  });
  return workbookOf(sheet);
}

/**
 * A zip bomb shaped as a workbook: a valid sheet, and a part that inflates to `inflatedBytes` (of
 * zeros) from a few hundred kilobytes.
 */
export async function zipBomb(inflatedBytes: number): Promise<Buffer> {
  const sheet = part(
    'xl/worksheets/sheet1.xml',
    Buffer.from(SHEET_START + inlineRow(1, HEADINGS.slice(0, 19)) + SHEET_END),
  );
  const zeros = Buffer.alloc(1024 * 1024);
  const bomb = await streamedPart('xl/media/image1.bin', function* () {
    for (let sent = 0; sent < inflatedBytes; sent += zeros.length) yield zeros;
  });
  return workbookOf(sheet, bomb);
}

/** A CSV file of a million (or `rows`) short rows under the headings. */
export function csvWithRows(rows: number): Buffer {
  const line = 'x,Lê Văn Bốn\n';
  return Buffer.concat([
    Buffer.from(`${HEADINGS.join(',')}\n`),
    Buffer.alloc(rows * Buffer.byteLength(line), line),
  ]);
}
