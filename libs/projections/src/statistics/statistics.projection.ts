import { yearOf } from '@memberflow/domain';
import {
  evolve,
  initialState,
  type MemberEvent,
  type MemberState,
} from '@memberflow/domain/member';
import type { OrgEvent } from '@memberflow/domain/org';
import { toDomainStreamEvent } from '../events/domain-events';
import { queryIn, writeRows } from '../read-db/batch-sql';
import type { Sql, SqlValue } from '../read-db/read-db';
import { TreeWriter } from '../org-tree/tree-writer';
import type { Projection, TableNames } from '../runner/projection';
import {
  contributionMetrics,
  contributionOf,
  flowMetric,
  flowsOf,
  type Contribution,
} from './dimensions';
import { RollupWriter } from './rollup-writer';

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
    `CREATE INDEX ${t.stat_org}_path ON ${t.stat_org} (path)`,
    `CREATE INDEX ${t.stat_org}_parent ON ${t.stat_org} (parent_id)`,
    `CREATE TABLE ${t.stat_unit} (
       unit_id ${key} NOT NULL, metric ${key} NOT NULL, count ${int} NOT NULL,
       PRIMARY KEY (unit_id, metric)
     )`,
    `CREATE TABLE ${t.stat_birth} (
       cell_id ${key} NOT NULL, born_on ${key} NOT NULL, count ${int} NOT NULL,
       PRIMARY KEY (cell_id, born_on)
     )`,
    `CREATE INDEX ${t.stat_birth}_born ON ${t.stat_birth} (born_on)`,
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
    `CREATE INDEX ${t.stat_period}_cell ON ${t.stat_period} (cell_id, valid_from)`,
    `CREATE TABLE ${t.stat_flow} (
       member_id ${key} NOT NULL, flow ${key} NOT NULL, on_date ${key} NOT NULL,
       cell_id ${key} NOT NULL, count ${int} NOT NULL,
       PRIMARY KEY (member_id, flow, on_date, cell_id)
     )`,
    `CREATE INDEX ${t.stat_flow}_date ON ${t.stat_flow} (on_date)`,
    `CREATE TABLE ${t.stat_plan} (
       org_id ${key} NOT NULL, year ${int} NOT NULL, target ${int} NOT NULL,
       PRIMARY KEY (org_id, year)
     )`,
  ],

  async apply(events, { tx, tables }) {
    const batch = new StatisticsBatch(tx, tables);
    await batch.load(events);
    for (const stored of events) {
      const decoded = toDomainStreamEvent(stored);
      if (decoded?.aggregate === 'member') batch.member(decoded.id, decoded.event);
      else if (decoded?.aggregate === 'org') await batch.org(decoded.id, decoded.event);
      else if (decoded?.aggregate === 'plan') batch.plan(decoded.event.data);
    }
    await batch.save();
  },
};

interface MemberRecord {
  state: MemberState;
  /** The start of the person's current period. */
  periodFrom: string | undefined;
}

/** One batch's work: members folded in memory, counters collected, rows written once at the end. */
class StatisticsBatch {
  private readonly members = new Map<string, MemberRecord>();
  private readonly rollup: RollupWriter;
  private readonly tree: TreeWriter;
  private readonly periods = new Map<string, SqlValue[]>();
  private readonly flows = new Map<string, SqlValue[]>();
  private readonly plans = new Map<string, SqlValue[]>();

  constructor(
    private readonly tx: Sql,
    private readonly t: TableNames<StatisticsTable>,
  ) {
    this.rollup = new RollupWriter(tx, { org: t.stat_org, unit: t.stat_unit, birth: t.stat_birth });
    this.tree = new TreeWriter(tx, t.stat_org);
  }

  async load(events: readonly { readonly streamId: string }[]): Promise<void> {
    const ids = new Set<string>();
    for (const { streamId } of events) {
      if (streamId.startsWith('member-')) ids.add(streamId.slice('member-'.length));
    }
    const rows = await queryIn<{ id: string; period_from: string | null; state: string }>(
      this.tx,
      `SELECT id, period_from, state FROM ${this.t.stat_member} WHERE id IN (?)`,
      [...ids],
    );
    for (const row of rows) {
      this.members.set(row.id, {
        state: JSON.parse(row.state) as MemberState,
        periodFrom: row.period_from ?? undefined,
      });
    }
  }

  member(id: string, event: MemberEvent): void {
    let record = this.members.get(id);
    if (!record) {
      record = { state: initialState, periodFrom: undefined };
      this.members.set(id, record);
    }
    const before = record.state;
    const after = evolve(before, event);
    record.state = after;
    const was = contributionOf(before);
    const is = contributionOf(after);
    if (signature(was) !== signature(is)) {
      this.count(was, -1);
      this.count(is, 1);
      this.period(id, record, was, is, event.occurredOn);
    }
    for (const flow of flowsOf(before, after, event)) {
      const cellId = after.cellId ?? before.cellId;
      if (!cellId) continue;
      this.rollup.add(cellId, flowMetric(flow.flow, yearOf(flow.on)), 1);
      const key = `${id}\u0000${flow.flow}\u0000${flow.on}\u0000${cellId}`;
      const row = this.flows.get(key);
      if (row) row[4] = Number(row[4]) + 1;
      else this.flows.set(key, [id, flow.flow, flow.on, cellId, 1]);
    }
  }

  async org(id: string, event: OrgEvent): Promise<void> {
    const structural =
      event.type === 'OrgUnitMoved' ||
      event.type === 'OrgUnitMerged' ||
      event.type === 'OrgUnitDissolved';
    // Counters collected so far belong to the tree as it was before this event.
    if (structural) await this.rollup.flush();
    for (const change of await this.tree.apply(id, event)) {
      if (change.type === 'established') this.rollup.add(change.id, `units.${change.kind}`, 1);
      else if (change.type === 'ended') this.rollup.add(change.id, `units.${change.kind}`, -1);
      else await this.rollup.shift(change);
    }
  }

  plan(data: { orgId: string; year: number; target: number }): void {
    this.plans.set(`${data.orgId}\u0000${data.year}`, [data.orgId, data.year, data.target]);
  }

  async save(): Promise<void> {
    await this.rollup.flush();
    const t = this.t;
    await writeRows(
      this.tx,
      {
        table: t.stat_member,
        columns: ['id', 'period_from', 'state'],
        key: ['id'],
        onConflict: 'replace',
      },
      [...this.members].map(([id, record]) => [
        id,
        record.periodFrom ?? null,
        JSON.stringify(record.state),
      ]),
    );
    await writeRows(
      this.tx,
      {
        table: t.stat_period,
        columns: ['member_id', 'valid_from', 'valid_to', 'cell_id', 'stage', 'vals', 'born_on'],
        key: ['member_id', 'valid_from'],
        onConflict: 'replace',
      },
      [...this.periods.values()],
    );
    await writeRows(
      this.tx,
      {
        table: t.stat_flow,
        columns: ['member_id', 'flow', 'on_date', 'cell_id', 'count'],
        key: ['member_id', 'flow', 'on_date', 'cell_id'],
        onConflict: 'add',
      },
      [...this.flows.values()],
    );
    await writeRows(
      this.tx,
      {
        table: t.stat_plan,
        columns: ['org_id', 'year', 'target'],
        key: ['org_id', 'year'],
        onConflict: 'replace',
      },
      [...this.plans.values()],
    );
  }

  private count(contribution: Contribution | undefined, delta: number): void {
    if (!contribution) return;
    for (const metric of contributionMetrics(contribution)) {
      this.rollup.add(contribution.cellId, metric, delta);
    }
    if (contribution.bornOn) this.rollup.addBirth(contribution.cellId, contribution.bornOn, delta);
  }

  /** Ends the person's current period on `on` and starts the next one from it. */
  private period(
    id: string,
    record: MemberRecord,
    was: Contribution | undefined,
    is: Contribution | undefined,
    on: string,
  ): void {
    const from = record.periodFrom;
    // A period that starts and ends on the same day never held at any date: the new one replaces it.
    if (was && from !== undefined && from < on) {
      this.periods.set(`${id}\u0000${from}`, periodRow(id, from, on, was));
    }
    if (is) {
      this.periods.set(`${id}\u0000${on}`, periodRow(id, on, null, is));
      record.periodFrom = on;
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
