import { activeCard, type MemberStage, type MemberState } from '@memberflow/domain/member';
import type { LocalDate } from '@memberflow/domain';
import { flag } from '../read-db/batch-sql';
import type { ColumnTypes, SqlValue } from '../read-db/read-db';
import { searchKey } from './search-key';

/** A member as the roster projection keeps it: the folded state and what the stream told besides. */
export interface RosterMember {
  readonly id: string;
  readonly revision: number;
  /** When the member was registered from earlier records (MemberRegistered), if so. */
  readonly registeredOn: LocalDate | undefined;
  readonly state: MemberState;
  /** The start of the person's current period in the statistics (statistics-fold.ts). */
  readonly periodFrom: LocalDate | undefined;
}

interface Column {
  readonly name: string;
  readonly type: keyof ColumnTypes;
  readonly value: (member: RosterMember) => SqlValue;
}

const text = (value: string | undefined): SqlValue => value ?? null;

/** The date each stage was entered, in lifecycle order: the roster's date columns and the pipeline's. */
export const STAGE_ENTRY_DATES: readonly {
  readonly stage: MemberStage;
  readonly column: string;
  readonly date: (state: MemberState) => LocalDate | undefined;
}[] = [
  { stage: 'sympathizer', column: 'sourced_on', date: (s) => s.dates.sourced },
  { stage: 'course_completed', column: 'course_on', date: (s) => s.dates.courseCertificate },
  { stage: 'applying', column: 'applied_on', date: (s) => s.dates.application },
  { stage: 'cell_resolved', column: 'cell_resolved_on', date: (s) => s.dates.cellResolution },
  { stage: 'committee_endorsed', column: 'endorsed_on', date: (s) => s.dates.committeeEndorsement },
  {
    stage: 'admission_decided',
    column: 'admission_decided_on',
    date: (s) => s.dates.admissionDecision,
  },
  { stage: 'probationary', column: 'ceremony_on', date: (s) => s.dates.ceremony },
  { stage: 'official', column: 'official_since', date: (s) => s.dates.officialSince },
];

/**
 * The roster's columns, each with how it is read from the member: one list gives the table's DDL and
 * its rows. Person fields are columns so that filters and exports need no JSON; the whole state is
 * kept too, for the member view and for the next batch to fold on.
 */
export const ROSTER_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'key', value: (m) => m.id },
  { name: 'revision', type: 'int', value: (m) => m.revision },
  { name: 'stage', type: 'key', value: (m) => m.state.stage },
  { name: 'cell_id', type: 'key', value: (m) => text(m.state.cellId) },
  { name: 'temporary_cell_id', type: 'key', value: (m) => text(m.state.temporaryStay?.cellId) },
  { name: 'full_name', type: 'text', value: (m) => text(m.state.person?.fullName) },
  { name: 'search_name', type: 'key', value: (m) => searchKey(m.state.person?.fullName ?? '') },
  { name: 'citizen_id', type: 'key', value: (m) => text(m.state.person?.citizenId) },
  { name: 'card_no', type: 'key', value: (m) => text(activeCard(m.state)?.cardNo) },
  { name: 'gender', type: 'key', value: (m) => text(m.state.person?.gender) },
  { name: 'date_of_birth', type: 'key', value: (m) => text(m.state.person?.dateOfBirth) },
  { name: 'ethnicity', type: 'key', value: (m) => text(m.state.person?.ethnicity) },
  { name: 'religion', type: 'text', value: (m) => text(m.state.person?.religion) },
  { name: 'education', type: 'key', value: (m) => text(m.state.person?.education) },
  {
    name: 'professional_level',
    type: 'key',
    value: (m) => text(m.state.person?.professionalLevel),
  },
  { name: 'political_theory', type: 'key', value: (m) => text(m.state.person?.politicalTheory) },
  { name: 'occupation', type: 'text', value: (m) => text(m.state.person?.occupation) },
  {
    name: 'youth_union',
    type: 'int',
    value: (m) => flag(m.state.person?.youthUnionMember === true),
  },
  { name: 'exempt', type: 'int', value: (m) => flag(m.state.exemption !== undefined) },
  ...STAGE_ENTRY_DATES.map(({ column, date }) => ({
    name: column,
    type: 'key' as const,
    value: (m: RosterMember) => text(date(m.state)),
  })),
  { name: 'removed_on', type: 'key', value: (m) => text(m.state.dates.removal) },
  { name: 'removal_form', type: 'key', value: (m) => text(m.state.removal?.form) },
  { name: 'died_on', type: 'key', value: (m) => text(m.state.dates.death) },
  { name: 'registered_on', type: 'key', value: (m) => text(m.registeredOn) },
  { name: 'period_from', type: 'key', value: (m) => text(m.periodFrom) },
  { name: 'state', type: 'text', value: (m) => JSON.stringify(m.state) },
];
