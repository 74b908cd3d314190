import { checkHeader, headerOf, isBlank, readRow, type RosterHeader } from './roster-rows';
import { EMPTY, ImportFileError, type SheetCell, type SheetRow } from './spreadsheet-file';

const text = (value: string): SheetCell => ({ kind: 'text', text: value });
const row = (number: number, cells: readonly SheetCell[]): SheetRow => ({ number, cells });

/** A header in the spellings officers' files use, in an order of its own. */
const HEADINGS = [
  'TT',
  'Họ tên (*)',
  'CCCD',
  'Giới',
  'Ngày, tháng, năm sinh',
  'Dân tộc',
  'Tôn giáo',
  'Nguyên quán',
  'Nơi cư trú',
  'Văn hóa',
  'Chuyên môn',
  'LLCT',
  'Nghề nghiệp',
  'Chi bộ',
  'Ngày kết nạp',
  'Ngày công nhận chính thức',
  'Ghi chú',
];

function header(): RosterHeader {
  const found = headerOf(row(3, HEADINGS.map(text)));
  if (!found) throw new Error('no header');
  return found;
}

function member(overrides: Partial<Record<string, SheetCell>> = {}): SheetRow {
  const values: Record<string, SheetCell> = {
    'Họ tên (*)': text('  Lê   Thị Hồng '),
    CCCD: { kind: 'number', value: 38085000001 },
    Giới: text('nữ'),
    'Ngày, tháng, năm sinh': { kind: 'date', date: '1985-03-14' },
    'Dân tộc': text('Thái'),
    'Tôn giáo': text('-'),
    'Nguyên quán': text('Mường Lát, Thanh Hóa'),
    'Nơi cư trú': text('Bản Lát'),
    'Văn hóa': { kind: 'date', date: '2026-12-12' }, // "12/12" that Excel took for a date
    'Chuyên môn': text('Trung cấp'),
    LLCT: text('Sơ cấp'),
    'Nghề nghiệp': text('Nông dân'),
    'Chi bộ': text('T1'),
    'Ngày kết nạp': text('19/05/2010'),
    'Ngày công nhận chính thức': { kind: 'number', value: 40682 }, // 2011-05-19
    ...overrides,
  };
  return row(
    4,
    HEADINGS.map((heading) => values[heading] ?? EMPTY),
  );
}

describe('a roster sheet read as data', () => {
  it('finds the header by its headings, in any order and spelling, leaving other columns aside', () => {
    const found = header();
    expect(found.row).toBe(3);
    expect(found.columns.get('fullName')).toBe(1);
    expect(found.columns.get('ceremonyDate')).toBe(14);
    expect(found.columns.get('recognitionDate')).toBe(15);
    expect(found.ignored).toEqual(['TT', 'Ghi chú']);
    expect(() => checkHeader(found, [])).not.toThrow();
    expect(headerOf(row(1, [text('DANH SÁCH ĐẢNG VIÊN')]))).toBeUndefined();
  });

  it('refuses a header with merged headings or without the columns it needs', () => {
    expect(() => checkHeader(header(), ['N3:O3'])).toThrow(ImportFileError);
    expect(() => checkHeader(header(), ['A1:D1'])).not.toThrow();
    const missing = headerOf(row(1, ['Họ và tên', 'Giới tính', 'Dân tộc'].map(text)))!;
    try {
      checkHeader(missing, []);
      throw new Error('not refused');
    } catch (error) {
      expect((error as ImportFileError).problem).toBe('missing_columns');
      expect((error as ImportFileError).messages.vi).toContain('Số CCCD');
      expect((error as ImportFileError).messages.vi).toContain('cần ít nhất một cột');
    }
    expect(() => headerOf(row(1, ['Họ và tên', 'Họ tên', 'CCCD', 'Giới'].map(text)))).toThrow(
      ImportFileError,
    );
  });

  it('reads a row into what register-existing takes, repairing what spreadsheets do to values', () => {
    const reading = readRow(header(), member());
    expect(reading).toEqual({
      ok: true,
      entry: {
        person: {
          fullName: 'Lê   Thị Hồng',
          gender: 'female',
          dateOfBirth: '1985-03-14',
          ethnicity: 'thai',
          citizenId: '038085000001',
          hometown: 'Mường Lát, Thanh Hóa',
          residence: 'Bản Lát',
          education: 'upper_secondary',
          professionalLevel: 'intermediate',
          politicalTheory: 'elementary',
          occupation: 'Nông dân',
          youthUnionMember: false,
        },
        cellRef: 'T1',
        ceremonyDate: '2010-05-19',
        recognitionDate: '2011-05-19',
      },
      notes: [expect.objectContaining({ code: 'padded', column: 'CCCD' })],
    });
  });

  it('names every problem of a row, each with its column, in Vietnamese and English', () => {
    const reading = readRow(
      header(),
      member({
        Giới: text('Khác'),
        'Ngày, tháng, năm sinh': { kind: 'number', value: 1985 },
        'Dân tộc': { kind: 'formula', formula: 'VLOOKUP(A1,B:B,1)' },
        'Nghề nghiệp': EMPTY,
        'Ngày kết nạp': text('1980-01-01'),
        CCCD: text('12345'),
      }),
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.reasons.map((reason) => [reason.column, reason.code])).toEqual([
      ['CCCD', 'invalid_citizen_id'],
      ['Giới', 'invalid_value'],
      ['Ngày, tháng, năm sinh', 'invalid_date'],
      ['Dân tộc', 'formula'],
      ['Nghề nghiệp', 'missing'],
    ]);
    expect(reading.reasons[2].message.en).toContain('a year alone (1985)');
  });

  it('refuses party dates before the birth; a row with an index alone is blank', () => {
    const early = readRow(header(), member({ 'Ngày kết nạp': text('01/01/1984') }));
    expect(early.ok ? [] : early.reasons.map((reason) => reason.code)).toEqual(['date_order']);
    expect(isBlank(header(), row(9, [text('12')]))).toBe(true);
    expect(isBlank(header(), member())).toBe(false);
  });
});
