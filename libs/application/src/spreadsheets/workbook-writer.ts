import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isLocalDate } from '@memberflow/domain';

/**
 * Workbooks written as a stream (exceljs's WorkbookWriter): each row goes out as it is written, with
 * inline strings (no shared-string table held until the end), so that a province's roster is never a
 * whole file in memory. Cells are typed (dates are dates, numbers numbers) and formatted the Vietnamese
 * way whatever the reader's locale: `14/03/2022`, `30.044`, `71,76%` (the number formats name the
 * Vietnamese locale, LCID 0x42A). The header row is bold and frozen.
 */

export const MEDIA_TYPE_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Number formats: explicit day-month-year, and the Vietnamese locale's separators. */
export const VI_FORMATS = {
  date: 'dd/mm/yyyy',
  integer: '[$-42A]#,##0',
  percent: '[$-42A]0.00%',
  /** Text cells stay text (a citizen ID keeps its leading zero when edited). */
  text: '@',
} as const;

/** How a column's values are written. */
export type ColumnType = 'text' | 'id' | 'date' | 'integer' | 'percent';

export interface SheetColumn {
  readonly header: string;
  readonly type: ColumnType;
  /** A width to start from; the writer widens it to fit the header and the first rows. */
  readonly width?: number;
}

export type CellInput = string | number | boolean | null | undefined;

/** A workbook streamed into `output`: add sheets, then {@link StreamedWorkbook.finish}. */
export class StreamedWorkbook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor(private readonly output: Writable) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
    });
    // docProps/core.xml: who made it, and the document's language.
    Object.assign(this.workbook, {
      creator: 'memberflow',
      lastModifiedBy: 'memberflow',
      language: 'vi-VN',
    });
  }

  /**
   * A sheet with its header row frozen; the columns are as wide as their header and the widest of
   * `sample` (the first rows, read before the sheet is started: widths are written before rows).
   */
  sheet(
    name: string,
    columns: readonly SheetColumn[],
    sample: readonly (readonly CellInput[])[] = [],
  ): StreamedSheet {
    const worksheet = this.workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    });
    worksheet.columns = columns.map((column, index) => ({
      header: column.header,
      key: `c${index}`,
      width: fitWidth(column, sample, index),
      style: column.type === 'text' ? {} : { numFmt: numberFormat(column.type) },
    }));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    header.commit();
    return new StreamedSheet(worksheet, columns, this.output);
  }

  async finish(): Promise<void> {
    await this.workbook.commit();
  }
}

export class StreamedSheet {
  constructor(
    private readonly worksheet: ExcelJS.Worksheet,
    private readonly columns: readonly SheetColumn[],
    private readonly output: Writable,
  ) {}

  /** Writes a row of values typed by their columns; answers once the output can take more. */
  async row(values: readonly CellInput[], style?: { bold?: boolean }): Promise<void> {
    const row = this.worksheet.addRow(
      this.columns.map((column, index) => typed(column.type, values[index])),
    );
    if (style?.bold) row.font = { bold: true };
    row.commit();
    if (this.output.writableNeedDrain) await once(this.output, 'drain');
  }

  done(): void {
    this.worksheet.commit();
  }
}

function numberFormat(type: ColumnType): string {
  switch (type) {
    case 'date':
      return VI_FORMATS.date;
    case 'integer':
      return VI_FORMATS.integer;
    case 'percent':
      return VI_FORMATS.percent;
    default:
      return VI_FORMATS.text;
  }
}

/** A value as its cell holds it: a date as a date (UTC midnight), a percentage as a fraction. */
function typed(type: ColumnType, value: CellInput): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'date':
      // A number is a spreadsheet's serial date already (a report echoing the file it read).
      if (typeof value === 'number') return value;
      return typeof value === 'string' && isLocalDate(value) ? dateCell(value) : String(value);
    case 'integer':
      return typeof value === 'number'
        ? value
        : Number.isFinite(Number(value))
          ? Number(value)
          : String(value);
    case 'percent':
      return typeof value === 'number' ? value / 100 : String(value);
    default:
      return typeof value === 'boolean' ? (value ? 'Có' : 'Không') : String(value);
  }
}

export function dateCell(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** How wide a value shows (characters), as the formats write it. */
function shownLength(type: ColumnType, value: CellInput): number {
  if (value === null || value === undefined) return 0;
  if (type === 'date') return 10;
  if (type === 'integer' && typeof value === 'number')
    return new Intl.NumberFormat('vi-VN').format(value).length;
  if (type === 'percent') return 8;
  return String(value).length;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function fitWidth(
  column: SheetColumn,
  sample: readonly (readonly CellInput[])[],
  index: number,
): number {
  // Headings wrap onto two lines at most: half their length, or their longest word.
  const words = column.header.split(/\s+/).map((word) => word.length);
  const header = Math.max(Math.ceil(column.header.length / 2), ...words);
  const widest = sample.reduce<number>(
    (max, row) => Math.max(max, shownLength(column.type, row[index])),
    0,
  );
  // What the rows hold when there are rows; else the width the column is meant to have.
  const content = sample.length > 0 ? widest : (column.width ?? 0);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, header, content) + 2);
}
