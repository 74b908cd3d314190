import type { Writable } from 'node:stream';
import type { LocalDate } from '@memberflow/domain';
import {
  activeCard,
  POSITION_LABELS,
  REMOVAL_FORM_LABELS,
  type MemberState,
  type Position,
  type RemovalForm,
} from '@memberflow/domain/member';
import { WRITE } from '../spreadsheets/cell-vocabulary';
import { COLUMN_OF, type RosterField } from '../spreadsheets/roster-layout';
import {
  StreamedWorkbook,
  type CellInput,
  type ColumnType,
  type SheetColumn,
} from '../spreadsheets/workbook-writer';

/**
 * The roster as an XLSX workbook (issue 20), streamed slice by slice as the roster query reads it.
 * For those who see person data the columns are the import's layout first (roster-layout.ts: an
 * exported roster imports as it is), then what only the records tell (the cell's name, exemption,
 * removal, the record's id). Analysts get the roster as rosters show it to them
 * (apps/api/src/security/person-data.ts): their entries come without citizen ID, card, exact birth date,
 * hometown or residence, and their columns do not ask for them; nothing is read from the member's
 * folded record for them.
 */

/** A roster entry as the query gives it (camelCase), with the member's folded record for full rows. */
export type RosterRow = Readonly<Record<string, unknown>> & { readonly state?: unknown };

interface RosterColumn extends SheetColumn {
  readonly value: (row: RosterRow, state: MemberState | undefined) => CellInput;
}

const text = (value: unknown): CellInput =>
  value === null || value === undefined ? undefined : String(value);

/** A column of the import's layout, under the layout's heading. */
const layout = (
  field: RosterField,
  type: ColumnType,
  value: RosterColumn['value'],
): RosterColumn => ({
  header: COLUMN_OF[field].header,
  type,
  value,
  width: COLUMN_OF[field].width,
});

const coded = (write: (code: string) => string, key: string) => (row: RosterRow) =>
  typeof row[key] === 'string' ? write(row[key] as string) : undefined;

/** Positions held on a day, by their Vietnamese names. */
function positionsOn(state: MemberState | undefined, today: LocalDate): string | undefined {
  const held = (state?.positions ?? []).filter(
    (position) =>
      position.from <= today && (position.until === undefined || position.until > today),
  );
  if (held.length === 0) return undefined;
  return [...new Set(held.map((position) => POSITION_LABELS[position.position as Position]?.vi))]
    .filter(Boolean)
    .join('; ');
}

function fullColumns(today: LocalDate): RosterColumn[] {
  return [
    { header: 'STT', type: 'integer', width: 6, value: () => undefined },
    layout('fullName', 'text', (row) => text(row.fullName)),
    layout('citizenId', 'id', (row) => text(row.citizenId)),
    layout('gender', 'text', coded(WRITE.gender, 'gender')),
    layout('dateOfBirth', 'date', (row) => text(row.dateOfBirth)),
    layout('ethnicity', 'text', coded(WRITE.ethnicity, 'ethnicity')),
    layout('religion', 'text', (row) => text(row.religion)),
    layout('hometown', 'text', (_, state) => state?.person?.hometown),
    layout('residence', 'text', (_, state) => state?.person?.residence),
    layout('education', 'text', coded(WRITE.education, 'education')),
    layout('professionalLevel', 'text', coded(WRITE.professionalLevel, 'professionalLevel')),
    layout('politicalTheory', 'text', coded(WRITE.politicalTheory, 'politicalTheory')),
    layout('occupation', 'text', (row) => text(row.occupation)),
    layout('youthUnionMember', 'text', (row) => WRITE.yesNo(row.youthUnion === true)),
    layout('cell', 'text', (row) => text(row.cellId)),
    { header: 'Tên chi bộ', type: 'text', width: 24, value: (row) => text(row.cellName) },
    layout('stage', 'text', coded(WRITE.stage, 'stage')),
    layout('admissionDecisionNo', 'text', (_, state) => state?.admissionDecisionNo),
    layout('admissionDecisionDate', 'date', (row) => text(row.admissionDecidedOn)),
    layout('ceremonyDate', 'date', (row) => text(row.ceremonyOn)),
    layout('recognitionDate', 'date', (row) => text(row.officialSince)),
    layout('cardNo', 'id', (row) => text(row.cardNo)),
    layout('cardIssuedOn', 'date', (_, state) => (state ? activeCard(state)?.issuedOn : undefined)),
    layout('positions', 'text', (_, state) => positionsOn(state, today)),
    ...recordColumns(),
  ];
}

/** What the records tell besides the layout, for every reader. */
function recordColumns(): RosterColumn[] {
  return [
    {
      header: 'Miễn sinh hoạt',
      type: 'text',
      width: 9,
      value: (row) => (row.exempt === true ? 'Có' : undefined),
    },
    { header: 'Ngày ra khỏi Đảng', type: 'date', width: 12, value: (row) => text(row.removedOn) },
    {
      header: 'Hình thức ra khỏi Đảng',
      type: 'text',
      width: 18,
      value: (row) =>
        typeof row.removalForm === 'string'
          ? (REMOVAL_FORM_LABELS[row.removalForm as RemovalForm]?.vi ?? row.removalForm)
          : undefined,
    },
    { header: 'Mã hồ sơ', type: 'text', width: 38, value: (row) => text(row.id) },
  ];
}

/** The analysts' roster: no identifier, no place, the birth year only (person-data.ts). */
function analystColumns(): RosterColumn[] {
  return [
    { header: 'STT', type: 'integer', width: 6, value: () => undefined },
    layout('fullName', 'text', (row) => text(row.fullName)),
    layout('gender', 'text', coded(WRITE.gender, 'gender')),
    {
      header: 'Năm sinh',
      type: 'integer',
      width: 8,
      value: (row) => (typeof row.birthYear === 'number' ? row.birthYear : undefined),
    },
    layout('ethnicity', 'text', coded(WRITE.ethnicity, 'ethnicity')),
    layout('religion', 'text', (row) => text(row.religion)),
    layout('education', 'text', coded(WRITE.education, 'education')),
    layout('professionalLevel', 'text', coded(WRITE.professionalLevel, 'professionalLevel')),
    layout('politicalTheory', 'text', coded(WRITE.politicalTheory, 'politicalTheory')),
    layout('occupation', 'text', (row) => text(row.occupation)),
    layout('youthUnionMember', 'text', (row) => WRITE.yesNo(row.youthUnion === true)),
    layout('cell', 'text', (row) => text(row.cellId)),
    { header: 'Tên chi bộ', type: 'text', width: 24, value: (row) => text(row.cellName) },
    layout('stage', 'text', coded(WRITE.stage, 'stage')),
    layout('admissionDecisionDate', 'date', (row) => text(row.admissionDecidedOn)),
    layout('ceremonyDate', 'date', (row) => text(row.ceremonyOn)),
    layout('recognitionDate', 'date', (row) => text(row.officialSince)),
    ...recordColumns(),
  ];
}

/** Rows read before the sheet starts, to fit the columns' widths. */
const SAMPLE_ROWS = 1_000;

/**
 * Writes the roster into `output` and finishes the workbook; answers the number of rows. `full`: the
 * caller sees person data, and the rows carry the member's folded record (`state`, JSON) to read the
 * hometown, residence, decision number and card date from.
 */
export async function writeRosterWorkbook(
  output: Writable,
  slices: AsyncIterable<readonly RosterRow[]>,
  options: { readonly full: boolean; readonly today: LocalDate },
): Promise<number> {
  const columns = options.full ? fullColumns(options.today) : analystColumns();
  let number = 0;
  const valuesOf = (row: RosterRow): CellInput[] => {
    number += 1;
    const state = options.full && typeof row.state === 'string' ? parseState(row.state) : undefined;
    return columns.map((column, index) => (index === 0 ? number : column.value(row, state)));
  };
  const workbook = new StreamedWorkbook(output);
  const iterator = slices[Symbol.asyncIterator]();
  const sample: CellInput[][] = [];
  let next = await iterator.next();
  while (!next.done && sample.length < SAMPLE_ROWS) {
    sample.push(...next.value.map(valuesOf));
    next = await iterator.next();
  }
  const sheet = workbook.sheet('Danh sách', columns, sample);
  for (const values of sample) await sheet.row(values);
  while (!next.done) {
    for (const row of next.value) await sheet.row(valuesOf(row));
    next = await iterator.next();
  }
  sheet.done();
  await workbook.finish();
  return number;
}

function parseState(json: string): MemberState | undefined {
  try {
    return JSON.parse(json) as MemberState;
  } catch {
    return undefined;
  }
}
