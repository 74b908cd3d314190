import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { Parse as unzip, type Entry } from 'unzipper';
import type { LocalDate } from '@memberflow/domain';

/**
 * A workbook's worksheet read as a stream of rows, its XML parsed as it is inflated (saxes), its text
 * decoded as UTF-8 across chunks. exceljs's streaming reader decodes each chunk on its own and turns a
 * character whose bytes straddle two chunks into U+FFFD ("Nữ" became "N���" in a 30,000-row roster:
 * exceljs#2063, #2084, open since 2021), so the import reads workbooks with this, and exceljs writes them.
 *
 * Two passes over the zip: {@link surveyWorkbook} inflates every part once, counting the bytes as they
 * come out (not what the headers claim: a zip bomb stops at the cap), and keeps what the rows need (the
 * sheets and their order, the shared strings, which styles are dates, the merged ranges); then
 * {@link worksheetRows} streams the one worksheet read. Both read the zip in its stored order, as a
 * stream (unzipper), so what is counted is what is read.
 */

/** A cell as read: typed, a formula kept as its text and never computed. */
export type XlsxCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly date: LocalDate }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'error'; readonly text: string };

export interface XlsxRow {
  readonly number: number;
  /** By column index (0 for A); missing cells undefined. */
  readonly cells: readonly (XlsxCell | undefined)[];
}

export interface WorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Its part in the zip, `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

export interface WorkbookSurvey {
  /** In the workbook's order. */
  readonly sheets: readonly WorkbookSheet[];
  readonly parts: ReadonlySet<string>;
  readonly sharedStrings: readonly string[];
  /** Indexes of cell styles (`s`) whose number format shows a date. */
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
  /** Merged ranges (`A1:C1`) by worksheet part. */
  readonly merges: ReadonlyMap<string, readonly string[]>;
}

/** Why a workbook cannot be read: too large inflated, or its zip or XML broken. */
export class WorkbookUnreadable extends Error {
  constructor(
    readonly reason: 'inflated_cap' | 'broken',
    message: string,
  ) {
    super(message);
  }
}

export interface SurveyLimits {
  readonly maxInflatedBytes: number;
  readonly maxEntries: number;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** XML of a zip part, parsed as it is inflated: `onTag` for each open tag, `onText` for text. */
async function parseXml(
  chunks: AsyncIterable<Buffer>,
  handlers: {
    readonly open?: (tag: SaxesTagPlain) => void;
    readonly close?: (name: string) => void;
    readonly text?: (text: string) => void;
  },
): Promise<void> {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  let failure: Error | undefined;
  parser.on('error', (error) => (failure ??= error));
  if (handlers.open) parser.on('opentag', handlers.open as (tag: unknown) => void);
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(tag.name));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure) throw new WorkbookUnreadable('broken', `XML: ${failure.message}`);
  }
  parser.write(decoder.decode());
  parser.close();
  if (failure) throw new WorkbookUnreadable('broken', `XML: ${failure.message}`);
}

/** The local name of a tag (`x:row` is `row`: strict OOXML files prefix their tags). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Iterates a zip's parts in stored order; each part must be consumed or drained before the next. */
async function* zipParts(input: Readable): AsyncGenerator<Entry> {
  const zip = unzip({ forceStream: true });
  input.on('error', (error) => zip.destroy(error));
  input.pipe(zip);
  try {
    for await (const entry of zip) yield entry;
  } finally {
    input.destroy();
    zip.destroy();
  }
}

/** An entry's bytes, counted into `total` as they come (a cap past which the read stops). */
async function* counted(
  entry: Entry,
  total: { bytes: number },
  limits: SurveyLimits,
): AsyncGenerator<Buffer> {
  for await (const chunk of entry) {
    total.bytes += (chunk as Buffer).length;
    if (total.bytes > limits.maxInflatedBytes)
      throw new WorkbookUnreadable('inflated_cap', 'the workbook inflates past the cap');
    yield chunk as Buffer;
  }
}

const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+\d+:[A-Z]+\d+)"/g;

/** Built-in number formats that show dates and times (ECMA-376 §18.8.30; 27–36, 50–58 East Asian). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a format code shows a date: day, month, year, hour or second outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]|"[^"]*"|\\./g, '');
  return !/general/i.test(bare) && /[dmyhs]/i.test(bare);
}

/** Inflates every part once (see the module's comment) and keeps what reading a sheet needs. */
export async function surveyWorkbook(
  input: Readable,
  limits: SurveyLimits,
): Promise<WorkbookSurvey> {
  const parts = new Set<string>();
  const total = { bytes: 0 };
  const sheetsById: { name: string; hidden: boolean; rId: string }[] = [];
  const targets = new Map<string, string>();
  const sharedStrings: string[] = [];
  const merges = new Map<string, string[]>();
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let date1904 = false;
  try {
    for await (const entry of zipParts(input)) {
      if (parts.size >= limits.maxEntries)
        throw new WorkbookUnreadable('inflated_cap', 'too many parts');
      parts.add(entry.path);
      const bytes = counted(entry, total, limits);
      if (entry.path === 'xl/workbook.xml') {
        await parseXml(bytes, {
          open: (tag) => {
            const name = local(tag.name);
            if (name === 'sheet')
              sheetsById.push({
                name: tag.attributes.name ?? '',
                hidden: (tag.attributes.state ?? 'visible') !== 'visible',
                rId: tag.attributes['r:id'] ?? '',
              });
            if (name === 'workbookPr')
              date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
          },
        });
      } else if (entry.path === 'xl/_rels/workbook.xml.rels') {
        await parseXml(bytes, {
          open: (tag) => {
            if (local(tag.name) === 'Relationship')
              targets.set(tag.attributes.Id ?? '', tag.attributes.Target ?? '');
          },
        });
      } else if (entry.path === 'xl/sharedStrings.xml') {
        await readSharedStrings(bytes, sharedStrings);
      } else if (entry.path === 'xl/styles.xml') {
        let inCellXfs = false;
        await parseXml(bytes, {
          open: (tag) => {
            const name = local(tag.name);
            if (name === 'numFmt')
              customFormats.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
            if (name === 'cellXfs') inCellXfs = true;
            if (name === 'xf' && inCellXfs) styleFormats.push(Number(tag.attributes.numFmtId ?? 0));
          },
          close: (name) => {
            if (local(name) === 'cellXfs') inCellXfs = false;
          },
        });
      } else if (WORKSHEET.test(entry.path)) {
        // Merged ranges come after the rows: noted now, for the header check before the rows.
        const ranges: string[] = [];
        let tail = '';
        for await (const chunk of bytes) {
          const text = tail + chunk.toString('latin1');
          let last = 0;
          for (const match of text.matchAll(MERGE)) {
            ranges.push(match[1]);
            last = (match.index ?? 0) + match[0].length;
          }
          tail = text.slice(Math.max(last, text.length - 200));
        }
        merges.set(entry.path, ranges);
      } else {
        for await (const _chunk of bytes) {
          // counted, not kept
        }
      }
    }
  } catch (error) {
    if (error instanceof WorkbookUnreadable) throw error;
    throw new WorkbookUnreadable('broken', (error as Error).message);
  }
  const dateStyles = new Set<number>();
  styleFormats.forEach((id, index) => {
    const custom = customFormats.get(id);
    if (DATE_FORMAT_IDS.has(id) || (custom !== undefined && isDateFormat(custom)))
      dateStyles.add(index);
  });
  const sheets = sheetsById.map((sheet) => {
    const target = targets.get(sheet.rId) ?? '';
    return {
      name: sheet.name,
      hidden: sheet.hidden,
      part: target.startsWith('/') ? target.slice(1) : `xl/${target}`,
    };
  });
  return { sheets, parts, sharedStrings, dateStyles, date1904, merges };
}

/** Shared strings: each `si` is its `t`, or its runs' `t`s together; phonetic runs left out. */
async function readSharedStrings(bytes: AsyncIterable<Buffer>, into: string[]): Promise<void> {
  let text: string[] | undefined;
  let inT = false;
  let phonetic = 0;
  await parseXml(bytes, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'si') text = [];
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inT = !tag.isSelfClosing;
    },
    close: (name) => {
      const tag = local(name);
      if (tag === 't') inT = false;
      else if (tag === 'rPh') phonetic -= 1;
      else if (tag === 'si') {
        into.push((text ?? []).join(''));
        text = undefined;
      }
    },
    text: (value) => {
      if (inT && text) text.push(value);
    },
  });
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serialDate(serial: number, date1904: boolean): LocalDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  return new Date(EXCEL_EPOCH_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** `B12` → column 1 (0-based); `undefined` when the reference is missing or odd. */
function columnOf(ref: string | undefined): number | undefined {
  const letters = ref === undefined ? undefined : /^([A-Z]{1,3})\d+$/.exec(ref)?.[1];
  if (letters === undefined) return undefined;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/**
 * The rows of one worksheet part, in order, as the part is inflated: a row is yielded once its closing
 * tag is read, so memory holds the rows of one chunk of XML at most.
 */
export async function* worksheetRows(
  input: Readable,
  part: string,
  survey: WorkbookSurvey,
): AsyncGenerator<XlsxRow> {
  for await (const entry of zipParts(input)) {
    if (entry.path !== part) {
      entry.autodrain();
      continue;
    }
    const parser = new SaxesParser();
    const decoder = new TextDecoder('utf-8');
    let failure: Error | undefined;
    const ready: XlsxRow[] = [];
    let row: { number: number; cells: (XlsxCell | undefined)[] } | undefined;
    let lastRow = 0;
    let cell:
      { column: number; type: string; style: number; value?: string; formula?: string } | undefined;
    let lastColumn = -1;
    let reading: 'v' | 'f' | 't' | undefined;
    let inline: string[] = [];
    parser.on('error', (error) => (failure ??= error));
    parser.on('opentag', (tag) => {
      const name = local(tag.name);
      const attributes = tag.attributes as Record<string, string>;
      if (name === 'row') {
        const number = Number(attributes.r ?? lastRow + 1);
        row = { number: Number.isInteger(number) && number > 0 ? number : lastRow + 1, cells: [] };
        lastRow = row.number;
        lastColumn = -1;
      } else if (name === 'c' && row) {
        const column = columnOf(attributes.r) ?? lastColumn + 1;
        lastColumn = column;
        cell = { column, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0) };
        inline = [];
      } else if (cell && (name === 'v' || name === 'f')) {
        reading = name;
        if (name === 'f') cell.formula ??= '';
        if (name === 'v') cell.value = '';
      } else if (cell && name === 't') {
        reading = 't';
      }
    });
    parser.on('text', (text) => {
      if (!cell || reading === undefined) return;
      if (reading === 'v') cell.value = (cell.value ?? '') + text;
      else if (reading === 'f') cell.formula = (cell.formula ?? '') + text;
      else inline.push(text);
    });
    parser.on('closetag', (tag) => {
      const name = local(tag.name);
      if (name === 'v' || name === 'f' || name === 't') reading = undefined;
      else if (name === 'c' && row && cell) {
        row.cells[cell.column] = cellValue(cell, inline, survey);
        cell = undefined;
      } else if (name === 'row' && row) {
        ready.push(row);
        row = undefined;
      }
    });
    for await (const chunk of entry) {
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
      if (failure) throw new WorkbookUnreadable('broken', `XML: ${failure.message}`);
      yield* ready.splice(0);
    }
    parser.write(decoder.decode());
    parser.close();
    if (failure) throw new WorkbookUnreadable('broken', `XML: ${failure.message}`);
    yield* ready.splice(0);
    return;
  }
}

function cellValue(
  cell: { type: string; style: number; value?: string; formula?: string },
  inline: readonly string[],
  survey: WorkbookSurvey,
): XlsxCell | undefined {
  if (cell.formula !== undefined) return { kind: 'formula', formula: cell.formula || '(shared)' };
  const value = cell.value;
  switch (cell.type) {
    case 's': {
      const text = survey.sharedStrings[Number(value)];
      return text === undefined ? { kind: 'error', text: '#REF!' } : { kind: 'text', text };
    }
    case 'inlineStr':
      return { kind: 'text', text: inline.join('') };
    case 'str':
      return value === undefined ? undefined : { kind: 'text', text: value };
    case 'b':
      return value === undefined ? undefined : { kind: 'boolean', value: value.trim() === '1' };
    case 'e':
      return { kind: 'error', text: value ?? '#ERROR!' };
    case 'd':
      return value && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? { kind: 'date', date: value.slice(0, 10) }
        : { kind: 'error', text: '#DATE!' };
    default: {
      if (value === undefined || value.trim() === '') return undefined;
      const number = Number(value);
      if (!Number.isFinite(number)) return { kind: 'error', text: '#VALUE!' };
      if (survey.dateStyles.has(cell.style)) {
        const date = serialDate(number, survey.date1904);
        return date === undefined ? { kind: 'number', value: number } : { kind: 'date', date };
      }
      return { kind: 'number', value: number };
    }
  }
}
