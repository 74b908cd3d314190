import { yearOf } from '@memberflow/domain';
import type { MemberEvent, MemberState } from '@memberflow/domain/member';
import type { OrgEvent } from '@memberflow/domain/org';
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
  type Contribution,
} from './dimensions';
import { Rollup } from './rollup';

export const STATISTICS_TABLES = [
  'stat_org',
  'stat_unit',
  'stat_period',
  'stat_flow',
  'stat_plan',
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
       depth ${int} NOT NULL, status ${key} NOT NULL
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
  ];
}

export function statisticsIndexes(t: TableNames<StatisticsTable>): string[] {
  return [
    `CREATE INDEX ${t.stat_org}_path ON ${t.stat_org} (path)`,
    `CREATE INDEX ${t.stat_org}_parent ON ${t.stat_org} (parent_id)`,
    `CREATE INDEX ${t.stat_period}_cell ON ${t.stat_period} (cell_id, valid_from)`,
    `CREATE INDEX ${t.stat_flow}_day ON ${t.stat_flow} (flow, on_date)`,
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

  constructor(
    private readonly db: Sql,
    private readonly tables: TableNames<StatisticsTable>,
  ) {}

  /** Rows waiting to be written, a measure of the memory held. */
  get pendingRows(): number {
    return this.rollup.pending + this.periods.size + this.flows.size;
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
      after.exemption === before.exemption;
    const is = untouched ? was : contributionOf(after);
    let periodFrom = counted.periodFrom;
    if (!sameContribution(was, is)) {
      this.recount(was, is);
      periodFrom = this.period(id, periodFrom, was, is, event.occurredOn);
    }
    const cellId = after.cellId ?? before.cellId;
    if (cellId) {
      for (const flow of flowsOf(before, after, event)) {
        // The roll-up answers the figures of this year; the flows of the years a registration brings
        // from earlier records (admissions in 1985) are only kept per cell and day, below.
        const year = yearOf(flow.on);
        if (year >= yearOf(event.occurredOn) - 1)
          this.rollup.add(cellId, flowMetric(flow.flow, year), 1);
        const key = `${cellId}\u0000${flow.flow}\u0000${flow.on}`;
        const row = this.flows.get(key);
        if (row) row[3] = Number(row[3]) + 1;
        else this.flows.set(key, [cellId, flow.flow, flow.on, 1]);
      }
    }
    return { periodFrom, contribution: is };
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
      if (change.type === 'established') this.rollup.add(change.id, `units.${change.kind}`, 1);
      else if (change.type === 'ended') this.rollup.add(change.id, `units.${change.kind}`, -1);
      else this.rollup.shift(change, await this.totals(change.id));
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
        write(t.stat_org, ['id', 'kind', 'parent_id', 'path', 'depth', 'status'], 1, 'replace'),
        rowsOf(tree.takeChanged(), (u) => [
          [u.id, u.kind, u.parentId ?? null, u.path, depthOf(u.path), u.status],
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
    ];
    for (const [table, rows] of writes) await writeRows(tx, table, rows);
    this.periods = new Map();
    this.flows = new Map();
    this.plans = new Map();
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
    if (!is) return from;
    this.periods.set(`${id}\u0000${on}`, periodRow(id, on, null, is));
    return on;
  }

  private async loadTree(): Promise<TreeModel> {
    if (this.tree) return this.tree;
    const rows = await this.db.query<{
      id: string;
      kind: string;
      parent_id: string | null;
      path: string;
      status: UnitStatus;
    }>(`SELECT id, kind, parent_id, path, status FROM ${this.tables.stat_org}`);
    this.tree = new TreeModel(
      rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        parentId: row.parent_id ?? undefined,
        path: row.path,
        status: row.status,
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
    a.values.every((value, index) => value === b.values[index])
  );
}
