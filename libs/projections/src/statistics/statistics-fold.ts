import { yearOf } from '@memberflow/domain';
import type { MemberEvent, MemberState } from '@memberflow/domain/member';
import { isCellKind, type OrgEvent } from '@memberflow/domain/org';
import type { VillageEvent } from '@memberflow/domain/village';
import { rowsOf, toNumber, writeRows, type TableWrite } from '../read-db/batch-sql';
import type { ColumnTypes, Sql, SqlValue } from '../read-db/read-db';
import { TreeModel, type UnitStatus } from '../org-tree/tree-model';
import { depthOf } from '../org-tree/tree-paths';
import type { TableNames } from '../runner/projection';
import {
  contributionMetrics,
  contributionOf,
  dueMetrics,
  flowMetric,
  flowsOf,
  ratedYearStart,
  type Contribution,
} from './dimensions';
import {
  committeeMetric,
  parseRole,
  RESIDENTIAL_CELLS_METRIC,
  SECRETARY_HEAD_METRIC,
} from './leadership';
import { Rollup } from './rollup';
import { VILLAGE_COLUMNS, VILLAGE_PERIOD_COLUMNS, VillagesFold } from './villages-fold';

export const STATISTICS_TABLES = [
  'stat_org',
  'stat_unit',
  'stat_period',
  'stat_flow',
  'stat_plan',
  'stat_role',
  'stat_village',
  'stat_village_period',
] as const;
export type StatisticsTable = (typeof STATISTICS_TABLES)[number];

/**
 * The statistics tables (domain.md §4), kept two ways:
 * - precomputed now: counters per unit and metric rolled up through the current tree (a copy of its
 *   own, `stat_org`), so a province's figures are a few hundred rows whatever its size; members by
 *   birth year, month and day, so that age bands are exact on the day asked about; the worklist's
 *   steps by due month and day, so that a unit's count of steps due by a date is a few of its rows;
 * - as of any date: each person's periods (cell, stage and breakdowns, from the date they held) and
 *   the dated flows per cell, read with the tree as it was on that date (the org-tree projection).
 * Admission plans are kept here too, to put admissions against them.
 */
export function statisticsSchema(
  t: TableNames<StatisticsTable>,
  { key, text, int }: ColumnTypes,
): string[] {
  return [
    `CREATE TABLE ${t.stat_org} (
       id ${key} PRIMARY KEY, kind ${key} NOT NULL, parent_id ${key}, path ${key} NOT NULL,
       depth ${int} NOT NULL, status ${key} NOT NULL, area ${key}, residential ${int} NOT NULL
     )`,
    `CREATE TABLE ${t.stat_unit} (
       unit_id ${key} NOT NULL, metric ${key} NOT NULL, count ${int} NOT NULL,
       PRIMARY KEY (unit_id, metric)
     )`,
    // One row per person and date from which their cell, stage or breakdowns held; valid_to is the
    // date the next period starts (exclusive), NULL for the current one.
    `CREATE TABLE ${t.stat_period} (
       member_id ${key} NOT NULL, valid_from ${key} NOT NULL, valid_to ${key},
       cell_id ${key} NOT NULL, stage ${key} NOT NULL, vals ${text} NOT NULL, born_on ${key},
       PRIMARY KEY (member_id, valid_from)
     )`,
    // Flows per cell and day: how many admissions, ratings... were recorded there that day.
    `CREATE TABLE ${t.stat_flow} (
       cell_id ${key} NOT NULL, flow ${key} NOT NULL, on_date ${key} NOT NULL, count ${int} NOT NULL,
       PRIMARY KEY (cell_id, flow, on_date)
     )`,
    `CREATE TABLE ${t.stat_plan} (
       org_id ${key} NOT NULL, year ${int} NOT NULL, target ${int} NOT NULL,
       PRIMARY KEY (org_id, year)
     )`,
    // A member's roles (leadership.ts) over each period of theirs, to count them as of a date: kind
    // and target split out of the role so that a target's subtree or a village joins on it.
    `CREATE TABLE ${t.stat_role} (
       member_id ${key} NOT NULL, valid_from ${key} NOT NULL, role ${key} NOT NULL,
       kind ${key} NOT NULL, target ${key} NOT NULL, valid_to ${key},
       PRIMARY KEY (member_id, valid_from, role)
     )`,
    // Villages now (villages-fold.ts) and over time: a period per commune and serving cell.
    `CREATE TABLE ${t.stat_village} (
       id ${key} PRIMARY KEY, commune_id ${key} NOT NULL, cell_id ${key},
       cell_dissolved ${int} NOT NULL, status ${key} NOT NULL, merged_into ${key}, ended_on ${key},
       residents ${int} NOT NULL, heads ${int} NOT NULL, period_from ${key}
     )`,
    `CREATE TABLE ${t.stat_village_period} (
       village_id ${key} NOT NULL, valid_from ${key} NOT NULL, valid_to ${key},
       commune_id ${key} NOT NULL, cell_id ${key},
       PRIMARY KEY (village_id, valid_from)
     )`,
  ];
}

export function statisticsIndexes(t: TableNames<StatisticsTable>): string[] {
  return [
    `CREATE INDEX ${t.stat_org}_path ON ${t.stat_org} (path)`,
    `CREATE INDEX ${t.stat_org}_parent ON ${t.stat_org} (parent_id)`,
    `CREATE INDEX ${t.stat_period}_cell ON ${t.stat_period} (cell_id, valid_from)`,
    `CREATE INDEX ${t.stat_flow}_day ON ${t.stat_flow} (flow, on_date)`,
    `CREATE INDEX ${t.stat_role}_target ON ${t.stat_role} (target, valid_from)`,
    `CREATE INDEX ${t.stat_village_period}_commune ON ${t.stat_village_period} (commune_id, valid_from)`,
  ];
}

/** What the statistics keep about a person between events, besides the folded state. */
export interface CountedPerson {
  /** The start of the person's current period. */
  readonly periodFrom: string | undefined;
  /** What the person adds to the counts now (follows from the state). */
  readonly contribution: Contribution | undefined;
}

/** A worklist step as the counters see it: where and when it is due. */
export interface DueStep {
  readonly cellId: string | null;
  readonly dueOn: string;
}

export const NOT_COUNTED: CountedPerson = { periodFrom: undefined, contribution: undefined };

/**
 * The statistics' share of a session: counters collected per unit, periods and flows pending, the
 * tree held whole; written at the flush. The member fold itself is the caller's.
 */
export class StatisticsFold {
  private tree: TreeModel | undefined;
  private readonly rollup = new Rollup();
  private periods = new Map<string, SqlValue[]>();
  private flows = new Map<string, SqlValue[]>();
  private plans = new Map<string, SqlValue[]>();
  private roles = new Map<string, SqlValue[]>();
  private readonly villages: VillagesFold;

  constructor(
    private readonly db: Sql,
    private readonly tables: TableNames<StatisticsTable>,
  ) {
    this.villages = new VillagesFold(db, tables, (unitId, metric, delta) =>
      this.rollup.add(unitId, metric, delta),
    );
  }

  /** Rows waiting to be written, a measure of the memory held. */
  get pendingRows(): number {
    return (
      this.rollup.pending +
      this.periods.size +
      this.flows.size +
      this.roles.size +
      this.villages.pendingRows
    );
  }

  /** Loads what the fold holds whole (the tree, the villages) before a batch is applied. */
  async prepare(): Promise<void> {
    await this.loadTree();
    await this.villages.load();
  }

  /** A person's event: their counts move with their contribution, flows are counted. */
  member(
    id: string,
    counted: CountedPerson,
    before: MemberState,
    after: MemberState,
    event: MemberEvent,
  ): CountedPerson {
    const was = counted.contribution;
    // Most events (ratings, badges, cards...) leave what a person is counted as untouched: evolve
    // keeps those parts of the state as they were.
    const untouched =
      after.stage === before.stage &&
      after.cellId === before.cellId &&
      after.person === before.person &&
      after.exemption === before.exemption &&
      after.positions === before.positions &&
      after.residenceVillageId === before.residenceVillageId;
    const is = untouched ? was : contributionOf(after);
    let periodFrom = counted.periodFrom;
    if (!sameContribution(was, is)) {
      this.recount(was, is);
      this.recountRoles(was?.roles ?? [], is?.roles ?? []);
      periodFrom = this.period(id, periodFrom, was, is, event.occurredOn);
    }
    const cellId = after.cellId ?? before.cellId;
    if (cellId) {
      const areaOf = (unitId: string) => this.tree?.get(unitId)?.area;
      for (const flow of flowsOf(before, after, event, areaOf)) {
        // The roll-up answers the figures of this year; the flows of the years a registration brings
        // from earlier records (admissions in 1985) are only kept per cell and day, below. Ratings are
        // rolled up whatever their year: a grassroots organization's tally of a year is read from
        // them (R-RATING-QUOTA).
        const year = yearOf(flow.on);
        if (year >= yearOf(event.occurredOn) - 1 || flow.flow.startsWith('rating.'))
          this.rollup.add(cellId, flowMetric(flow.flow, year), 1);
        this.countFlow(cellId, flow.flow, flow.on);
      }
    }
    return { periodFrom, contribution: is };
  }

  /** A flow per unit and day (stat_flow). */
  private countFlow(unitId: string, flow: string, on: string): void {
    const key = `${unitId}\u0000${flow}\u0000${on}`;
    const row = this.flows.get(key);
    if (row) row[3] = Number(row[3]) + 1;
    else this.flows.set(key, [unitId, flow, on, 1]);
  }

  /** A village's event: its counters on its commune, its periods. */
  village(id: string, event: VillageEvent): void {
    this.villages.apply(id, event);
  }

  /**
   * A member's roles changed: the villages count their residents and heads, the units their committee
   * seats and their secretaries who head a village (leadership.ts).
   */
  private recountRoles(removed: readonly string[], added: readonly string[]): void {
    const count = (roles: readonly string[], others: readonly string[], delta: number) => {
      for (const key of roles) {
        if (others.includes(key)) continue;
        const { kind, target } = parseRole(key);
        if (kind === 'resident') this.villages.resident(target, delta);
        else if (kind === 'head') this.villages.head(target, delta);
        else if (kind === 'secretaryHead') this.rollup.add(target, SECRETARY_HEAD_METRIC, delta);
        else this.rollup.add(target, committeeMetric(kind.slice('committee.'.length)), delta);
      }
    };
    count(removed, added, -1);
    count(added, removed, 1);
  }

  async org(id: string, event: OrgEvent): Promise<void> {
    const tree = await this.loadTree();
    const structural =
      event.type === 'OrgUnitMoved' ||
      event.type === 'OrgUnitMerged' ||
      event.type === 'OrgUnitDissolved';
    // What was counted so far belongs under the tree as it was before this event.
    if (structural) this.rollup.spreadThrough(tree);
    for (const change of tree.apply(id, event)) {
      const residential = isResidentialCell(tree.get(change.id));
      if (change.type === 'established') {
        this.rollup.add(change.id, `units.${change.kind}`, 1);
        if (residential) this.rollup.add(change.id, RESIDENTIAL_CELLS_METRIC, 1);
      } else if (change.type === 'ended') {
        this.rollup.add(change.id, `units.${change.kind}`, -1);
        if (residential) this.rollup.add(change.id, RESIDENTIAL_CELLS_METRIC, -1);
        if (change.how === 'dissolved') this.villages.cellDissolved(change.id);
      } else this.rollup.shift(change, await this.totals(change.id));
    }
    if (event.type === 'OrgRatingRecorded') {
      // The organization's own rating, by the year rated (dimensions.ts), counted on the unit.
      const { year, grade } = event.data;
      const flow = `orgRating.${grade}`;
      this.rollup.add(id, flowMetric(flow, year), 1);
      this.countFlow(id, flow, ratedYearStart(year));
    }
  }

  /** Steps of the worklist replaced by others: each counted in its cell by the date it is due. */
  worklist(removed: Iterable<DueStep>, added: Iterable<DueStep>): void {
    const count = (steps: Iterable<DueStep>, delta: number) => {
      for (const { cellId, dueOn } of steps) {
        if (cellId === null) continue;
        for (const metric of dueMetrics(dueOn)) this.rollup.add(cellId, metric, delta);
      }
    };
    count(removed, -1);
    count(added, 1);
  }

  plan(data: { orgId: string; year: number; target: number }): void {
    this.plans.set(`${data.orgId}\u0000${data.year}`, [data.orgId, data.year, data.target]);
  }

  async flush(tx: Sql): Promise<void> {
    const t = this.tables;
    const tree = await this.loadTree();
    const counters = this.rollup.take(tree);
    const writes: [TableWrite, Iterable<readonly SqlValue[]>][] = [
      [write(t.stat_unit, ['unit_id', 'metric', 'count'], 2, 'add'), counters],
      [
        write(
          t.stat_org,
          ['id', 'kind', 'parent_id', 'path', 'depth', 'status', 'area', 'residential'],
          1,
          'replace',
        ),
        rowsOf(tree.takeChanged(), (u) => [
          [
            u.id,
            u.kind,
            u.parentId ?? null,
            u.path,
            depthOf(u.path),
            u.status,
            u.area ?? null,
            u.residential ? 1 : 0,
          ],
        ]),
      ],
      [
        write(
          t.stat_period,
          ['member_id', 'valid_from', 'valid_to', 'cell_id', 'stage', 'vals', 'born_on'],
          2,
          'replace',
        ),
        this.periods.values(),
      ],
      [write(t.stat_flow, ['cell_id', 'flow', 'on_date', 'count'], 3, 'add'), this.flows.values()],
      [write(t.stat_plan, ['org_id', 'year', 'target'], 2, 'replace'), this.plans.values()],
      [
        write(
          t.stat_role,
          ['member_id', 'valid_from', 'role', 'kind', 'target', 'valid_to'],
          3,
          'replace',
        ),
        this.roles.values(),
      ],
    ];
    const villages = this.villages.take();
    writes.push(
      [write(t.stat_village, [...VILLAGE_COLUMNS], 1, 'replace'), villages.villages],
      [write(t.stat_village_period, [...VILLAGE_PERIOD_COLUMNS], 2, 'replace'), villages.periods],
    );
    for (const [table, rows] of writes) await writeRows(tx, table, rows);
    this.periods = new Map();
    this.flows = new Map();
    this.plans = new Map();
    this.roles = new Map();
  }

  /** A unit's subtree counters: those written and those pending. */
  private async totals(unitId: string): Promise<Map<string, number>> {
    const rows = await this.db.query<{ metric: string; count: number | string }>(
      `SELECT metric, count FROM ${this.tables.stat_unit} WHERE unit_id = ?`,
      [unitId],
    );
    const totals = new Map(rows.map((row) => [row.metric, toNumber(row.count)]));
    for (const [metric, delta] of this.rollup.pendingFor(unitId)) {
      totals.set(metric, (totals.get(metric) ?? 0) + delta);
    }
    return totals;
  }

  /**
   * Moves a person's counts from what they contributed to what they contribute now. Within one cell
   * only the counters that differ change (a stage moves on, the breakdowns stay).
   */
  private recount(was: Contribution | undefined, is: Contribution | undefined): void {
    const before = was ? contributionMetrics(was) : [];
    const after = is ? contributionMetrics(is) : [];
    const sameCell = was?.cellId === is?.cellId;
    if (was) {
      for (const metric of before) {
        if (!sameCell || !after.includes(metric)) this.rollup.add(was.cellId, metric, -1);
      }
    }
    if (is) {
      for (const metric of after) {
        if (!sameCell || !before.includes(metric)) this.rollup.add(is.cellId, metric, 1);
      }
    }
  }

  /** Ends the person's current period on `on` and starts the next one from it; returns its start. */
  private period(
    id: string,
    from: string | undefined,
    was: Contribution | undefined,
    is: Contribution | undefined,
    on: string,
  ): string | undefined {
    // A period that starts and ends on the same day never held at any date: the new one replaces it.
    if (was && from !== undefined && from < on) {
      this.periods.set(`${id}\u0000${from}`, periodRow(id, from, on, was));
    }
    // Its roles close with it; those of a same-day period are written empty (from = to), unless the
    // new period holds them too (written after, they replace these).
    if (was && from !== undefined) for (const key of was.roles) this.role(id, from, key, on);
    if (!is) return from;
    this.periods.set(`${id}\u0000${on}`, periodRow(id, on, null, is));
    for (const key of is.roles) this.role(id, on, key, null);
    return on;
  }

  private role(id: string, from: string, key: string, to: string | null): void {
    const { kind, target } = parseRole(key);
    this.roles.set(`${id}\u0000${from}\u0000${key}`, [id, from, key, kind, target, to]);
  }

  private async loadTree(): Promise<TreeModel> {
    if (this.tree) return this.tree;
    const rows = await this.db.query<{
      id: string;
      kind: string;
      parent_id: string | null;
      path: string;
      status: UnitStatus;
      area: string | null;
      residential: number | string;
    }>(`SELECT id, kind, parent_id, path, status, area, residential FROM ${this.tables.stat_org}`);
    this.tree = new TreeModel(
      rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        parentId: row.parent_id ?? undefined,
        path: row.path,
        status: row.status,
        ...(row.area === null ? {} : { area: row.area }),
        residential: toNumber(row.residential) === 1,
      })),
    );
    return this.tree;
  }
}

/** An upsert of a table whose key is its first `keyLength` columns. */
function write(
  table: string,
  columns: string[],
  keyLength: number,
  onConflict: 'add' | 'replace',
): TableWrite {
  return { table, columns, key: columns.slice(0, keyLength), onConflict };
}

function periodRow(id: string, from: string, to: string | null, c: Contribution): SqlValue[] {
  return [id, from, to, c.cellId, c.stage, c.values.join(','), c.bornOn ?? null];
}

function sameContribution(a: Contribution | undefined, b: Contribution | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.cellId === b.cellId &&
    a.stage === b.stage &&
    a.bornOn === b.bornOn &&
    a.values.length === b.values.length &&
    a.values.every((value, index) => value === b.values[index]) &&
    a.roles.length === b.roles.length &&
    a.roles.every((key, index) => key === b.roles[index])
  );
}

function isResidentialCell(unit: { kind: string; residential?: boolean } | undefined): boolean {
  return unit?.residential === true && isCellKind(unit.kind as Parameters<typeof isCellKind>[0]);
}
