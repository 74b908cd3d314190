import type { RosterEntry } from '@memberflow/projections';
import { csvField } from '../audit/history-csv';

/** The roster export's columns for those who see person data. */
const FULL_COLUMNS = [
  'id',
  'fullName',
  'gender',
  'dateOfBirth',
  'ethnicity',
  'religion',
  'education',
  'professionalLevel',
  'politicalTheory',
  'occupation',
  'youthUnion',
  'stage',
  'cellId',
  'cellName',
  'citizenId',
  'cardNo',
  'sourcedOn',
  'admissionDecidedOn',
  'ceremonyOn',
  'officialSince',
  'exempt',
  'removedOn',
  'removalForm',
] as const;

/** Analysts see the roster without what identifies a person outside the rolls (person-data.ts). */
const ANALYST_COLUMNS = FULL_COLUMNS.flatMap((column): string[] =>
  column === 'citizenId' || column === 'cardNo'
    ? []
    : column === 'dateOfBirth'
      ? ['birthYear']
      : [column],
);

/**
 * The roster as CSV (RFC 4180, CRLF, a byte-order mark so spreadsheets read Vietnamese as UTF-8),
 * shaped for the caller: entries for analysts come already cut down, with `birthYear`.
 */
export async function rosterCsv(
  slices: AsyncIterable<readonly RosterEntry[]>,
  shape: (entry: RosterEntry) => Record<string, unknown>,
  seesPersonData: boolean,
): Promise<string> {
  const columns = seesPersonData ? FULL_COLUMNS : ANALYST_COLUMNS;
  const lines = [columns.join(',')];
  for await (const slice of slices) {
    for (const entry of slice) {
      const shaped = shape(entry);
      lines.push(columns.map((column) => csvField(shaped[column])).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
