import { addDays, daysBetween, type LocalDate } from '@memberflow/domain';
import type { MemberState } from '@memberflow/domain/member';
import { queryIn, toNumber } from '../read-db/batch-sql';
import type { ReadDb, SqlValue } from '../read-db/read-db';
import { orgTreeProjection } from '../org-tree/org-tree.projection';
import { idsOnPath, subtreeRange } from '../org-tree/tree-paths';
import { family, readCounters, type MetricRange } from '../statistics/counter-ranges';
import { duePrefix } from '../statistics/dimensions';
import type { ServingTables } from '../runner/serving-tables';
import { membersProjection } from './members.projection';
import { ROSTER_COLUMNS, STAGE_ENTRY_DATES } from './roster-columns';
import { containsPattern, searchKey } from './search-key';

export interface RosterFilter {
  /** Any of these stages. */
  readonly stages?: readonly string[];
  readonly gender?: string;
  /** `kinh`, `minority` (every other group), or one group's code. */
  readonly ethnicity?: string;
  /** A name (accents optional), a citizen ID or a card number. */
  readonly q?: string;
}

export type RosterEntry = Record<string, string | number | boolean | null>;

export interface Page<Item> {
  readonly items: readonly Item[];
  readonly page: number;
  readonly size: number;
  readonly total: number;
}

export interface MemberRecord {
  readonly id: string;
  readonly revision: number;
  readonly state: MemberState;
  /** The current path of the member's cell, for scope checks; undefined if the cell is unknown. */
  readonly cellPath: string | undefined;
}

export interface WorkEntry {
  readonly memberId: string;
  readonly fullName: string | null;
  readonly stage: string;
  readonly cellId: string | null;
  readonly cellName: string | null;
  readonly step: string;
  readonly rule: string;
  readonly subject: string | null;
  readonly since: LocalDate;
  readonly dueOn: LocalDate;
  /** Calendar days past the due date (negative: days left). */
  readonly daysOverdue: number;
}

/** Above this many steps a worklist page is read in due order rather than per cell. */
const LARGE_WORKLIST = 2_000;

/** Days between the stages of the admission pipeline: the steps whose durations the report gives. */
export const PIPELINE_STEPS: readonly (readonly [string, string])[] = [
  ['sympathizer', 'course_completed'],
  ['course_completed', 'applying'],
  ['applying', 'cell_resolved'],
  ['cell_resolved', 'admission_decided'],
  ['admission_decided', 'probationary'],
  ['probationary', 'official'],
];

export interface StageDuration {
  readonly from: string;
  readonly to: string;
  /** People who went from one to the other. */
  readonly count: number;
  readonly medianDays: number | null;
}

/** Roster fields as JSON: every roster column but the search key and the folded state, camel-cased. */
const INTERNAL_COLUMNS: readonly string[] = ['state', 'search_name', 'period_from'];
const ENTRY_COLUMNS = ROSTER_COLUMNS.filter((c) => !INTERNAL_COLUMNS.includes(c.name)).map(
  (c) => c.name,
);
const FLAG_COLUMNS: readonly string[] = ['youth_union', 'exempt'];
const camel = (name: string): string =>
  name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

function toEntry(row: Record<string, unknown>): RosterEntry {
  const entry: RosterEntry = {};
  for (const column of [...ENTRY_COLUMNS, 'cell_name']) {
    const value = row[column];
    entry[camel(column)] = FLAG_COLUMNS.includes(column)
      ? toNumber(value) === 1
      : column === 'revision'
        ? toNumber(value)
        : ((value ?? null) as string | null);
  }
  return entry;
}

export class MembersQueries {
  constructor(
    private readonly db: ReadDb,
    private readonly serving: ServingTables,
  ) {}

  /** A page of the roster under a unit's path (every unit when undefined), ordered by name. */
  async roster(
    path: string | undefined,
    filter: RosterFilter,
    page: number,
    size: number,
  ): Promise<Page<RosterEntry>> {
    const { from, where, params } = await this.rosterQuery(path, filter);
    const [count] = await this.db.query<{ n: number | string }>(
      `SELECT count(*) AS n ${from} ${where}`,
      params,
    );
    const rows = await this.db.query(
      `SELECT ${ENTRY_COLUMNS.map((c) => `r.${c}`).join(', ')}, o.name AS cell_name ${from} ${where}
       ORDER BY r.search_name, r.id LIMIT ? OFFSET ?`,
      [...params, size, (page - 1) * size],
    );
    return { items: rows.map(toEntry), page, size, total: toNumber(count?.n) };
  }

  /**
   * The whole filtered roster in slices, read by key so that memory stays flat (CSV and XLSX exports).
   * `withState`: each entry also carries the member's folded record as JSON (`state`), for exports
   * that show what the roster's columns do not (hometown, residence, decision number, card date).
   */
  async *export(
    path: string | undefined,
    filter: RosterFilter,
    slice = 1_000,
    withState = false,
  ): AsyncGenerator<RosterEntry[]> {
    const { from, where, params } = await this.rosterQuery(path, filter);
    let after: readonly [string, string] | undefined;
    for (;;) {
      const keyset = after
        ? `${where ? `${where} AND` : 'WHERE'} (r.search_name > ? OR (r.search_name = ? AND r.id > ?))`
        : where;
      const rows = await this.db.query<Record<string, unknown>>(
        `SELECT ${ENTRY_COLUMNS.map((c) => `r.${c}`).join(', ')}, r.search_name, o.name AS cell_name${withState ? ', r.state' : ''} ${from} ${keyset}
         ORDER BY r.search_name, r.id LIMIT ?`,
        [...params, ...(after ? [after[0], after[0], after[1]] : []), slice],
      );
      if (rows.length === 0) return;
      yield rows.map((row) =>
        withState ? { ...toEntry(row), state: String(row.state) } : toEntry(row),
      );
      const last = rows[rows.length - 1];
      after = [String(last.search_name), String(last.id)];
      if (rows.length < slice) return;
    }
  }

  async member(id: string): Promise<MemberRecord | undefined> {
    const m = await this.serving.of(membersProjection);
    const o = await this.serving.of(orgTreeProjection);
    const [row] = await this.db.query<{
      id: string;
      revision: number | string;
      state: string;
      path: string | null;
    }>(
      `SELECT r.id, r.revision, r.state, o.path FROM ${m.member_roster} r
       LEFT JOIN ${o.org_unit} o ON o.id = r.cell_id WHERE r.id = ?`,
      [id],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      revision: toNumber(row.revision),
      state: JSON.parse(row.state) as MemberState,
      cellPath: row.path ?? undefined,
    };
  }

  /** Median days between consecutive stages, over everyone in the subtree who went through both. */
  async stageDurations(path: string): Promise<StageDuration[]> {
    const m = await this.serving.of(membersProjection);
    const o = await this.serving.of(orgTreeProjection);
    const columns = new Map(
      STAGE_ENTRY_DATES.map((entry) => [entry.stage as string, entry.column]),
    );
    const used = [...new Set(PIPELINE_STEPS.flat())].map((stage) => columns.get(stage) as string);
    const [from, to] = subtreeRange(path);
    const rows = await this.db.query<Record<string, string | null>>(
      `SELECT ${used.map((c) => `r.${c}`).join(', ')} FROM ${m.member_roster} r
       JOIN ${o.org_unit} o ON o.id = r.cell_id WHERE o.path >= ? AND o.path < ?
       AND (${used.map((c) => `r.${c} IS NOT NULL`).join(' OR ')})`,
      [from, to],
    );
    return PIPELINE_STEPS.map(([fromStage, toStage]) => {
      const a = columns.get(fromStage) as string;
      const b = columns.get(toStage) as string;
      const days = rows.flatMap((row) => {
        const start = row[a];
        const end = row[b];
        return start && end ? [daysBetween(start, end)] : [];
      });
      return { from: fromStage, to: toStage, count: days.length, medianDays: median(days) };
    });
  }

  /** Steps due under a unit's path (every unit when undefined) up to a date, soonest first. */
  async worklist(
    path: string | undefined,
    dueBy: LocalDate | undefined,
    today: LocalDate,
    page: number,
    size: number,
  ): Promise<Page<WorkEntry>> {
    const m = await this.serving.of(membersProjection);
    const o = await this.serving.of(orgTreeProjection);
    const total = await this.dueCount(path, dueBy);
    // A large subtree is paged by walking the steps in due order (most match), each step's cell
    // looked up to check it is in the subtree; a small one by its cells' steps, sorted. SQLite takes
    // `+column` as "not by that index"; PostgreSQL plans itself.
    const byDueOrder = total > LARGE_WORKLIST && this.db.dialect === 'sqlite';
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    let from = `${m.member_worklist} w`;
    if (path !== undefined && byDueOrder) {
      from += ` JOIN ${o.org_unit} o ON o.id = +w.cell_id`;
      conditions.push('o.path >= ? AND o.path < ?');
      params.push(...subtreeRange(path));
    } else if (path !== undefined) {
      conditions.push(`w.cell_id IN (SELECT id FROM ${o.org_unit} WHERE path >= ? AND path < ?)`);
      params.push(...subtreeRange(path));
    }
    if (dueBy !== undefined) {
      conditions.push('w.due_on <= ?');
      params.push(dueBy);
    }
    const keys = await this.db.query<{
      member_id: string;
      cell_id: string | null;
      step: string;
      rule: string;
      subject: string | null;
      since: string;
      due_on: string;
    }>(
      `SELECT w.member_id, w.cell_id, w.step, w.rule, w.subject, w.since, w.due_on
       FROM ${from} ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY w.due_on, w.member_id, w.step LIMIT ? OFFSET ?`,
      [...params, size, (page - 1) * size],
    );
    const people = await queryIn<{ id: string; full_name: string | null; stage: string }>(
      this.db,
      `SELECT id, full_name, stage FROM ${m.member_roster} WHERE id IN (?)`,
      [...new Set(keys.map((key) => key.member_id))],
    );
    const cells = await queryIn<{ id: string; name: string }>(
      this.db,
      `SELECT id, name FROM ${o.org_unit} WHERE id IN (?)`,
      [...new Set(keys.flatMap((key) => (key.cell_id === null ? [] : [key.cell_id])))],
    );
    const rows = keys.map((key) => {
      const person = people.find((p) => p.id === key.member_id);
      return {
        ...key,
        full_name: person?.full_name ?? null,
        stage: person?.stage ?? '',
        cell_name: cells.find((c) => c.id === key.cell_id)?.name ?? null,
      };
    });
    return {
      items: rows.map((row) => ({
        memberId: row.member_id,
        fullName: row.full_name,
        stage: row.stage,
        cellId: row.cell_id,
        cellName: row.cell_name,
        step: row.step,
        rule: row.rule,
        subject: row.subject,
        since: row.since,
        dueOn: row.due_on,
        daysOverdue: daysBetween(row.due_on, today),
      })),
      page,
      size,
      total,
    };
  }

  /**
   * How many steps are due under a unit (every unit when undefined), by a date or ever: the unit's
   * due-date counters rolled up by the statistics, months before the date's month and the days of
   * that month up to it, so that the count does not walk the subtree's steps.
   */
  private async dueCount(path: string | undefined, dueBy: LocalDate | undefined): Promise<number> {
    const m = await this.serving.of(membersProjection);
    const units =
      path === undefined
        ? (
            await this.db.query<{ id: string }>(
              `SELECT id FROM ${m.stat_org} WHERE parent_id IS NULL`,
            )
          ).map((row) => row.id)
        : idsOnPath(path).slice(-1);
    if (units.length === 0) return 0;
    const months = duePrefix('m');
    const ranges: MetricRange[] =
      dueBy === undefined
        ? [family(months)]
        : [
            [months, `${months}${dueBy.slice(0, 7)}`],
            [`${duePrefix('d')}${dueBy.slice(0, 7)}-`, `${duePrefix('d')}${addDays(dueBy, 1)}`],
          ];
    const rows = await readCounters(this.db, m.stat_unit, units, ranges);
    return rows.reduce((sum, row) => sum + toNumber(row.count), 0);
  }

  private async rosterQuery(
    path: string | undefined,
    filter: RosterFilter,
  ): Promise<{ from: string; where: string; params: SqlValue[] }> {
    const m = await this.serving.of(membersProjection);
    const o = await this.serving.of(orgTreeProjection);
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    if (path !== undefined) {
      conditions.push('o.path >= ? AND o.path < ?');
      params.push(...subtreeRange(path));
    }
    if (filter.stages && filter.stages.length > 0) {
      conditions.push(`r.stage IN (${filter.stages.map(() => '?').join(', ')})`);
      params.push(...filter.stages);
    }
    if (filter.gender) {
      conditions.push('r.gender = ?');
      params.push(filter.gender);
    }
    if (filter.ethnicity === 'minority') {
      conditions.push("r.ethnicity <> 'kinh'");
    } else if (filter.ethnicity) {
      conditions.push('r.ethnicity = ?');
      params.push(filter.ethnicity);
    }
    const q = filter.q?.trim();
    // Digits are a citizen ID or a card number (looked up by index); anything else part of a name.
    if (q && /^\d+$/.test(q)) {
      conditions.push('(r.citizen_id = ? OR r.card_no = ?)');
      params.push(q, q);
    } else if (q) {
      conditions.push("r.search_name LIKE ? ESCAPE '\\'");
      params.push(containsPattern(searchKey(q)));
    }
    return {
      from: `FROM ${m.member_roster} r JOIN ${o.org_unit} o ON o.id = r.cell_id`,
      where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
      params,
    };
  }
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
