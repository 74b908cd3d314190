import type { ImportReport, ImportRowResult, RowReason } from '@memberflow/application';
import {
  arrayOf,
  BILINGUAL,
  component,
  integer,
  nullable,
  oneOfValues,
  optional,
  text,
  typedObject,
} from '../http/json-schema';

const ROW_REASON = component(
  'ImportRowReason',
  typedObject<RowReason>()(
    {
      code: text(
        'missing, invalid_value, invalid_date, invalid_citizen_id, formula, cell_error, too_long, date_order, stage_not_registrable, duplicate_in_file, unknown_cell, ambiguous_cell, already_registered, out_of_scope, the code of a rule (R-IMPORT-DATES, R-PERSON, R-CELL-ACTIVE, …); notes: padded, positions_not_imported',
        'invalid_date',
      ),
      message: BILINGUAL,
      column: optional(text('The column, as the file heads it', 'Ngày sinh')),
    },
    'Why a row is refused, or a note on it.',
  ),
);

const ROW_RESULT = component(
  'ImportRowResult',
  typedObject<ImportRowResult>()({
    row: integer('The row in the sheet (1 is the first row)'),
    status: oneOfValues(
      ['created', 'unchanged', 'refused'],
      'created: registered (a dry run: would be); unchanged: registered already with this data; refused: see reasons',
    ),
    memberId: optional(text('The member id, derived from the citizen ID')),
    stage: optional(text('The stage registered at', 'official')),
    reasons: arrayOf(ROW_REASON, 'Every reason the row is refused; empty otherwise'),
    notes: arrayOf(ROW_REASON, 'What was read but is worth telling'),
  }),
);

/** The answer of POST /api/imports: what a dry run found, or what a commit wrote, row by row. */
export const IMPORT_REPORT = component(
  'ImportReport',
  typedObject<ImportReport>()({
    file: typedObject<ImportReport['file']>()({
      name: text(),
      sha256: text('Send it back as ?commit= to write this file'),
      bytes: integer(),
      format: oneOfValues(['xlsx', 'csv']),
      sheet: nullable(text('The worksheet read (XLSX)')),
    }),
    mode: oneOfValues(['dry-run', 'commit'], 'dry-run: nothing was written'),
    registeredOn: text('The business date the members are registered on (YYYY-MM-DD)'),
    header: typedObject<ImportReport['header']>()({
      row: integer('The row of the headings'),
      columns: arrayOf(
        typedObject<ImportReport['header']['columns'][number]>()({
          field: text('What the column is read as', 'dateOfBirth'),
          heading: text('As the file heads it', 'Ngày sinh'),
          column: text('Its letter', 'D'),
        }),
      ),
      ignored: arrayOf(text(), 'Headings of columns the import does not read'),
    }),
    rows: integer('Rows under the header with something in them'),
    created: integer(),
    unchanged: integer(),
    refused: integer(),
    results: arrayOf(ROW_RESULT),
  }),
);
