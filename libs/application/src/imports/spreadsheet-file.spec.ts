import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { StreamedWorkbook } from '../spreadsheets/workbook-writer';
import {
  cellText,
  fileFromBuffer,
  ImportFileError,
  openSheet,
  type SheetRow,
  type SheetSource,
} from './spreadsheet-file';

async function rowsOf(source: SheetSource): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  return rows;
}

async function streamed(write: (workbook: StreamedWorkbook) => Promise<void>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => output.on('end', resolve));
  const workbook = new StreamedWorkbook(output);
  await write(workbook);
  await workbook.finish();
  await done;
  return Buffer.concat(chunks);
}

async function problemOf(bytes: Buffer, name = 'f.xlsx'): Promise<string> {
  try {
    await rowsOf(await openSheet(fileFromBuffer(name, bytes)));
  } catch (error) {
    if (error instanceof ImportFileError) return error.problem;
    throw error;
  }
  return 'read';
}

describe('reading a roster file row by row', () => {
  it('keeps every Vietnamese character whole wherever the inflated chunks split (exceljs#2063)', async () => {
    const names = Array.from(
      { length: 4_000 },
      (_, n) => `Nguyễn Thị Ngọc Hữu ${n} ờ ữ ặ ổ — Đắk Lắk, Quảng Ngãi`,
    );
    const bytes = await streamed(async (workbook) => {
      const sheet = workbook.sheet('Danh sách', [
        { header: 'Họ và tên', type: 'text' },
        { header: 'Giới tính', type: 'text' },
      ]);
      for (const name of names) await sheet.row([name, 'Nữ']);
      sheet.done();
    });
    const rows = await rowsOf(await openSheet(fileFromBuffer('roster.xlsx', bytes)));
    expect(rows.map((row) => cellText(row.cells[0]))).toEqual(['Họ và tên', ...names]);
    expect(rows.slice(1).every((row) => cellText(row.cells[1]) === 'Nữ')).toBe(true);
  });

  it('reads shared and rich strings, date-formatted numbers as dates, formulas as formulas, merges', async () => {
    const workbook = new ExcelJS.Workbook();
    const hidden = workbook.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.addRow(['not this one']);
    const sheet = workbook.addWorksheet('Trang 1');
    sheet.addRow(['Tiêu đề', 'Ngày', 'Số', 'Công thức']);
    sheet.addRow([
      { richText: [{ text: 'Lê ' }, { text: 'Văn', font: { bold: true } }, { text: ' Tám' }] },
      new Date(Date.UTC(2022, 2, 14)),
      44634,
      { formula: 'B2+1', result: 44635 },
    ]);
    sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    sheet.mergeCells('A4:B4');
    const source = await openSheet(
      fileFromBuffer('a.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
    );
    const rows = await rowsOf(source);
    expect(source.sheetName).toBe('Trang 1');
    expect(source.merges).toEqual(['A4:B4']);
    expect(rows[1].number).toBe(2);
    expect(rows[1].cells).toEqual([
      { kind: 'text', text: 'Lê Văn Tám' },
      { kind: 'date', date: '2022-03-14' },
      { kind: 'number', value: 44634 },
      { kind: 'formula', formula: 'B2+1' },
    ]);
  });

  it('reads CSV with a comma, a semicolon or a tab, a byte-order mark and quoted line breaks', async () => {
    for (const separator of [',', ';', '\t']) {
      const text = `\uFEFFHọ và tên${separator}Ghi chú\r\n"Lê Thị Ánh"${separator}"dòng 1\ndòng 2"\r\n`;
      const rows = await rowsOf(await openSheet(fileFromBuffer('a.csv', Buffer.from(text))));
      expect(rows.map((row) => row.cells.map(cellText))).toEqual([
        ['Họ và tên', 'Ghi chú'],
        ['Lê Thị Ánh', 'dòng 1\ndòng 2'],
      ]);
    }
  });

  it('refuses what is not a readable roster file, each for its reason', async () => {
    expect(await problemOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(
      'legacy_or_encrypted',
    );
    expect(await problemOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBe(
      'not_a_spreadsheet',
    );
    expect(await problemOf(Buffer.from('a,b\n\xff\xfe', 'latin1'), 'a.csv')).toBe('not_utf8');
    expect(await problemOf(Buffer.from('"a,b\nc', 'utf8'), 'a.csv')).toBe('malformed_csv');
    expect(await problemOf(Buffer.from('PK\x03\x04 cut off', 'latin1'))).toBe('not_a_workbook');
    expect(await problemOf(Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]))).toBe(
      'not_a_workbook',
    );
  });
});
