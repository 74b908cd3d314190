import { yearOf } from '@memberflow/domain';
import {
  evolve,
  initialState,
  type MemberEvent,
  type MemberState,
} from '@memberflow/domain/member';
import type { OrgEvent } from '@memberflow/domain/org';
import type { StoredEvent } from '@memberflow/event-store';
import { toDomainStreamEvent } from '../events/domain-events';
import { queryIn, rowsOf, toNumber, writeRows, type TableWrite } from '../read-db/batch-sql';
import type { Sql, SqlValue } from '../read-db/read-db';
import { TreeModel, type UnitStatus } from '../org-tree/tree-model';
import { depthOf } from '../org-tree/tree-paths';
import type { Projection, ProjectionSession, SessionContext } from '../runner/projection';
import { StateCache } from '../runner/state-cache';
import {
  contributionMetrics,
  contributionOf,
  flowMetric,
  flowsOf,
  type Contribution,
} from './dimensions';
import { Rollup } from './rollup';

export type StatisticsTable =
  | 'stat_org'
  | 'stat_unit'
  | 'stat_birth'
  | 'stat_member'
  | 'stat_period'
  | 'stat_flow'
  | 'stat_plan';

/**
 * Statistics of every unit's subtree (domain.md §4), two ways:
 * - precomputed now: counters per unit and metric rolled up through the current tree (its own copy,
 *   `stat_org`), so a province's figures are a few hundred rows whatever its size; members by birth
 *   month, and by birth day per cell, so that age bands are exact on the day asked about;
 * - as of any date: each person's periods (cell, stage and breakdowns, from the date they held) and
 *   every dated flow with its cell, read with the tree as it was on that date (the org-tree projection).
 * Admission plans are kept here too, to put admissions against them.
 */
export const statisticsProjection: Projection<StatisticsTable> = {
  name: 'statistics',
  version: 1,
  description: 'Counts per unit rolled up through the tree, periods and flows for any date, plans',
  tables: [
    'stat_org',
    'stat_unit',
    'stat_birth',
    'stat_member',
    'stat_period',
    'stat_flow',
    'stat_plan',
  ],

  schema: (t, { key, text, int }) => [
    `CREATE TABLE ${t.stat_org} (
       id ${key} PRIMARY KEY, kind ${key} NOT NULL, parent_id ${key}, path ${key} NOT NULL,
       depth ${int} NOT NULL, status ${key} NOT NULL
     )`,
    `CREATE TABLE ${t.stat_unit} (
       unit_id ${key} NOT NULL, metric ${key} NOT NULL, count ${int} NOT NULL,
       PRIMARY KEY (unit_id, metric)
     )`,
    `CREATE TABLE ${t.stat_birth} (
       cell_id ${key} NOT NULL, born_on ${key} NOT NULL, count ${int} NOT NULL,
       PRIMARY KEY (cell_id, born_on)
     )`,
    `CREATE TABLE ${t.stat_member} (
       id ${key} PRIMARY KEY, period_from ${key}, state ${text} NOT NULL
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
  ],

  indexes: (t) => [
    `CREATE INDEX ${t.stat_org}_path ON ${t.stat_org} (path)`,
    `CREATE INDEX ${t.stat_org}_parent ON ${t.stat_org} (parent_id)`,
    `CREATE INDEX ${t.stat_birth}_born ON ${t.stat_birth} (born_on)`,
    `CREATE INDEX ${t.stat_period}_cell ON ${t.stat_period} (cell_id, valid_from)`,
  ],

  open: (context) => new StatisticsSession(context),
};

interface MemberRecord {
  readonly state: MemberState;
  /** The start of the person's current period. */
  readonly periodFrom: string | undefined;
}

const ORG_COLUMNS = ['id', 'kind', 'parent_id', 'path', 'depth', 'status'];

/**
 * One generation's statistics being applied: members folded in memory, counters collected per unit,
 * periods and flows pending, all written at the flush. The tree is held whole.
 */
class StatisticsSession implements ProjectionSession {
  private tree: TreeModel | undefined;
  private readonly members: StateCache<MemberRecord>;
  private readonly rollup = new Rollup();
  private periods = new Map<string, SqlValue[]>();
  private flows = new Map<string, SqlValue[]>();
  private plans = new Map<string, SqlValue[]>();

  constructor(private readonly context: SessionContext<StatisticsTable>) {
    this.members = new StateCache(context.budget.streams);
  }

  get full(): boolean {
    const rows = this.rollup.pending + this.periods.size + this.flows.size;
    return this.members.full || rows >= this.context.budget.rows;
  }

  async apply(events: readonly StoredEvent[]): Promise<void> {
    const tree = await this.loadTree();
    await this.loadMembers(events);
    for (const stored of events) {
      const decoded = toDomainStreamEvent(stored);
      if (decoded?.aggregate === 'member') this.member(decoded.id, decoded.event);
      else if (decoded?.aggregate === 'org') await this.org(tree, decoded.id, decoded.event);
      else if (decoded?.aggregate === 'plan') {
        const { orgId, year, target } = decoded.event.data;
        this.plans.set(`${orgId}\u0000${year}`, [orgId, year, target]);
      }
    }
  }

  async flush(tx: Sql): Promise<void> {
    const t = this.context.tables;
    const tree = await this.loadTree();
    const { counters, births } = this.rollup.take(tree);
    const writes: [TableWrite, Iterable<readonly SqlValue[]>][] = [
      [
        {
          table: t.stat_unit,
          columns: ['unit_id', 'metric', 'count'],
          key: ['unit_id', 'metric'],
          onConflict: 'add',
        },
        counters,
      ],
      [
        {
          table: t.stat_birth,
          columns: ['cell_id', 'born_on', 'count'],
          key: ['cell_id', 'born_on'],
          onConflict: 'add',
        },
        births,
      ],
      [
        { table: t.stat_org, columns: ORG_COLUMNS, key: ['id'], onConflict: 'replace' },
        rowsOf(tree.takeChanged(), (u) => [
          [u.id, u.kind, u.parentId ?? null, u.path, depthOf(u.path), u.status],
        ]),
      ],
      [
        {
          table: t.stat_member,
          columns: ['id', 'period_from', 'state'],
          key: ['id'],
          onConflict: 'replace',
        },
        rowsOf(this.members.dirty(), ([id, record]) => [
          [id, record.periodFrom ?? null, JSON.stringify(record.state)],
        ]),
      ],
      [
        {
          table: t.stat_period,
          columns: ['member_id', 'valid_from', 'valid_to', 'cell_id', 'stage', 'vals', 'born_on'],
          key: ['member_id', 'valid_from'],
          onConflict: 'replace',
        },
        this.periods.values(),
      ],
      [
        {
          table: t.stat_flow,
          columns: ['cell_id', 'flow', 'on_date', 'count'],
          key: ['cell_id', 'flow', 'on_date'],
          onConflict: 'add',
        },
        this.flows.values(),
      ],
      [
        {
          table: t.stat_plan,
          columns: ['org_id', 'year', 'target'],
          key: ['org_id', 'year'],
          onConflict: 'replace',
        },
        this.plans.values(),
      ],
    ];
    for (const [write, rows] of writes) await writeRows(tx, write, rows);
    this.periods = new Map();
    this.flows = new Map();
    this.plans = new Map();
    this.members.flushed();
  }

  private member(id: string, event: MemberEvent): void {
    const record = this.members.get(id) ?? { state: initialState, periodFrom: undefined };
    const before = record.state;
    const after = evolve(before, event);
    const was = contributionOf(before);
    const is = contributionOf(after);
    let periodFrom = record.periodFrom;
    if (signature(was) !== signature(is)) {
      this.count(was, -1);
      this.count(is, 1);
      periodFrom = this.period(id, periodFrom, was, is, event.occurredOn);
    }
    this.members.set(id, { state: after, periodFrom });
    const cellId = after.cellId ?? before.cellId;
    if (!cellId) return;
    for (const flow of flowsOf(before, after, event)) {
      this.rollup.add(cellId, flowMetric(flow.flow, yearOf(flow.on)), 1);
      const key = `${cellId}\u0000${flow.flow}\u0000${flow.on}`;
      const row = this.flows.get(key);
      if (row) row[3] = Number(row[3]) + 1;
      else this.flows.set(key, [cellId, flow.flow, flow.on, 1]);
    }
  }

  private async org(tree: TreeModel, id: string, event: OrgEvent): Promise<void> {
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

  /** A unit's subtree counters: those written and those pending. */
  private async totals(unitId: string): Promise<Map<string, number>> {
    const rows = await this.context.db.query<{ metric: string; count: number | string }>(
      `SELECT metric, count FROM ${this.context.tables.stat_unit} WHERE unit_id = ?`,
      [unitId],
    );
    const totals = new Map(rows.map((row) => [row.metric, toNumber(row.count)]));
    for (const [metric, delta] of this.rollup.pendingFor(unitId)) {
      totals.set(metric, (totals.get(metric) ?? 0) + delta);
    }
    return totals;
  }

  private count(contribution: Contribution | undefined, delta: number): void {
    if (!contribution) return;
    for (const metric of contributionMetrics(contribution)) {
      this.rollup.add(contribution.cellId, metric, delta);
    }
    if (contribution.bornOn) this.rollup.addBirth(contribution.cellId, contribution.bornOn, delta);
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
    const rows = await this.context.db.query<{
      id: string;
      kind: string;
      parent_id: string | null;
      path: string;
      status: UnitStatus;
    }>(`SELECT id, kind, parent_id, path, status FROM ${this.context.tables.stat_org}`);
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

  private async loadMembers(events: readonly StoredEvent[]): Promise<void> {
    const missing = new Set<string>();
    for (const { streamId } of events) {
      if (!streamId.startsWith('member-')) continue;
      const id = streamId.slice('member-'.length);
      if (!this.members.has(id)) missing.add(id);
    }
    if (missing.size === 0) return;
    const rows = await queryIn<{ id: string; period_from: string | null; state: string }>(
      this.context.db,
      `SELECT id, period_from, state FROM ${this.context.tables.stat_member} WHERE id IN (?)`,
      [...missing],
    );
    for (const row of rows) {
      this.members.load(row.id, {
        state: JSON.parse(row.state) as MemberState,
        periodFrom: row.period_from ?? undefined,
      });
    }
  }
}

function periodRow(id: string, from: string, to: string | null, c: Contribution): SqlValue[] {
  return [id, from, to, c.cellId, c.stage, c.values.join(','), c.bornOn ?? null];
}

function signature(contribution: Contribution | undefined): string {
  if (!contribution) return '';
  return `${contribution.cellId}|${contribution.stage}|${contribution.values.join(',')}|${contribution.bornOn ?? ''}`;
}
