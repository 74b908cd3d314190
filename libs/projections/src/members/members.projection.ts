import { createVietnamCalendar, type WorkingDayCalendar } from '@memberflow/domain';
import { evolve, initialState, type MemberState } from '@memberflow/domain/member';
import type { StoredEvent } from '@memberflow/event-store';
import { toDomainStreamEvent } from '../events/domain-events';
import { queryIn, rowsOf, toNumber, writeRows } from '../read-db/batch-sql';
import type { Sql } from '../read-db/read-db';
import type { Projection, ProjectionSession, SessionContext } from '../runner/projection';
import { StateCache } from '../runner/state-cache';
import { contributionOf, type Contribution } from '../statistics/dimensions';
import {
  NOT_COUNTED,
  STATISTICS_TABLES,
  StatisticsFold,
  statisticsIndexes,
  statisticsSchema,
  type StatisticsTable,
} from '../statistics/statistics-fold';
import { ROSTER_COLUMNS, type RosterMember } from './roster-columns';
import { workItems } from './worklist';

export type MembersTable = 'member_roster' | 'member_worklist' | StatisticsTable;

/** The calendar the worklist's deadlines count on: the deployment's, once ProjectionsModule sets it. */
let calendar: WorkingDayCalendar = createVietnamCalendar();

/** Counts the worklist's deadlines on the deployment's holidays (MEMBERFLOW_HOLIDAYS), as the rules do. */
export function useWorklistCalendar(deployment: WorkingDayCalendar): void {
  calendar = deployment;
}

const WORKLIST_COLUMNS = ['member_id', 'step', 'rule', 'subject', 'since', 'due_on', 'cell_id'];

/**
 * Everything folded from the member streams, in one fold (each event evolves each member once, and
 * each member's state is held and written once):
 * - the roster: every person with a record, whatever the stage (filters, search by name, citizen ID
 *   and card number, the member view with its actions);
 * - the worklist: each step a member's record waits for, with its deadline;
 * - the statistics of every unit's subtree (statistics-fold.ts), which also follow the organization
 *   tree and the admission plans.
 */
export const membersProjection: Projection<MembersTable> = {
  name: 'members',
  // 3: villages, roles (positions, residence) and leadership counters; ratings by the year rated;
  // admissions broken down; units' area and residential flag (issue 18).
  version: 3,
  description:
    'Roster, worklist and statistics rolled up through the tree, from the member and village streams',
  tables: ['member_roster', 'member_worklist', ...STATISTICS_TABLES],

  schema: (t, types) => [
    `CREATE TABLE ${t.member_roster} (
       ${ROSTER_COLUMNS.map((c) => `${c.name} ${types[c.type]}${c.name === 'id' ? ' PRIMARY KEY' : ''}`).join(',\n       ')}
     )`,
    `CREATE TABLE ${t.member_worklist} (
       member_id ${types.key} NOT NULL,
       step ${types.key} NOT NULL,
       rule ${types.key} NOT NULL,
       subject ${types.text},
       since ${types.key} NOT NULL,
       due_on ${types.key} NOT NULL,
       cell_id ${types.key},
       PRIMARY KEY (member_id, step)
     )`,
    ...statisticsSchema(t, types),
  ],

  indexes: (t) => [
    `CREATE INDEX ${t.member_roster}_cell ON ${t.member_roster} (cell_id, search_name, id)`,
    `CREATE INDEX ${t.member_roster}_name ON ${t.member_roster} (search_name, id)`,
    `CREATE INDEX ${t.member_roster}_citizen ON ${t.member_roster} (citizen_id)`,
    `CREATE INDEX ${t.member_roster}_card ON ${t.member_roster} (card_no)`,
    `CREATE INDEX ${t.member_worklist}_due ON ${t.member_worklist} (due_on, member_id)`,
    `CREATE INDEX ${t.member_worklist}_cell ON ${t.member_worklist} (cell_id, due_on)`,
    ...statisticsIndexes(t),
  ],

  open: (context) => new MembersSession(context),
};

/** A member as the session holds it: the roster's view and what the statistics counted. */
interface FoldedMember extends RosterMember {
  readonly contribution: Contribution | undefined;
}

interface StoredMemberRow {
  readonly id: string;
  readonly revision: number | string;
  readonly registered_on: string | null;
  readonly period_from: string | null;
  readonly state: string;
}

class MembersSession implements ProjectionSession {
  private readonly members: StateCache<FoldedMember>;
  private readonly statistics: StatisticsFold;

  constructor(private readonly context: SessionContext<MembersTable>) {
    this.members = new StateCache(context.budget.streams);
    this.statistics = new StatisticsFold(context.db, context.tables);
  }

  get full(): boolean {
    return this.members.full || this.statistics.pendingRows >= this.context.budget.rows;
  }

  async apply(events: readonly StoredEvent[]): Promise<void> {
    await this.loadMissing(events);
    await this.statistics.prepare();
    for (const stored of events) {
      const decoded = toDomainStreamEvent(stored);
      if (decoded?.aggregate === 'member') {
        const { id, event } = decoded;
        const before = this.members.get(id) ?? newMember(id);
        const state = evolve(before.state, event);
        const counted = this.statistics.member(id, before, before.state, state, event);
        this.members.set(id, {
          id,
          revision: stored.revision,
          registeredOn: event.type === 'MemberRegistered' ? event.occurredOn : before.registeredOn,
          state,
          ...counted,
        });
      } else if (decoded?.aggregate === 'org') {
        await this.statistics.org(decoded.id, decoded.event);
      } else if (decoded?.aggregate === 'plan') {
        this.statistics.plan(decoded.event.data);
      } else if (decoded?.aggregate === 'village') {
        this.statistics.village(decoded.id, decoded.event);
      }
    }
  }

  async flush(tx: Sql): Promise<void> {
    const t = this.context.tables;
    const dirty = this.members.dirty().map(([, member]) => member);
    await writeRows(
      tx,
      {
        table: t.member_roster,
        columns: ROSTER_COLUMNS.map((c) => c.name),
        key: ['id'],
        onConflict: 'replace',
      },
      rowsOf(dirty, (member) => [ROSTER_COLUMNS.map((column) => column.value(member))]),
    );
    // The steps these members had are deleted and returned, for the counters to take them out.
    const written = await queryIn<{ cell_id: string | null; due_on: string }>(
      tx,
      `DELETE FROM ${t.member_worklist} WHERE member_id IN (?) RETURNING cell_id, due_on`,
      dirty.map((member) => member.id),
    );
    const steps = dirty.flatMap((member) =>
      workItems(member.state, { calendar, registeredOn: member.registeredOn }).map((item) => ({
        memberId: member.id,
        cellId: member.state.cellId ?? null,
        item,
      })),
    );
    await writeRows(
      tx,
      {
        table: t.member_worklist,
        columns: WORKLIST_COLUMNS,
        key: ['member_id', 'step'],
        onConflict: 'replace',
      },
      steps.map(({ memberId, cellId, item }) => [
        memberId,
        item.step,
        item.rule,
        item.subject ?? null,
        item.since,
        item.dueOn,
        cellId,
      ]),
    );
    // The counters follow the rows: what was written for these members out, what is written now in.
    this.statistics.worklist(
      written.map((row) => ({ cellId: row.cell_id, dueOn: row.due_on })),
      steps.map(({ cellId, item }) => ({ cellId, dueOn: item.dueOn })),
    );
    await this.statistics.flush(tx);
    this.members.flushed();
  }

  /** Reads back the members of the batch that are not held (written by an earlier flush). */
  private async loadMissing(events: readonly StoredEvent[]): Promise<void> {
    const missing = new Set<string>();
    for (const { streamId } of events) {
      if (!streamId.startsWith('member-')) continue;
      const id = streamId.slice('member-'.length);
      if (!this.members.has(id)) missing.add(id);
    }
    if (missing.size === 0) return;
    const rows = await queryIn<StoredMemberRow>(
      this.context.db,
      `SELECT id, revision, registered_on, period_from, state FROM ${this.context.tables.member_roster} WHERE id IN (?)`,
      [...missing],
    );
    for (const row of rows) {
      const state = JSON.parse(row.state) as MemberState;
      this.members.load(row.id, {
        id: row.id,
        revision: toNumber(row.revision),
        registeredOn: row.registered_on ?? undefined,
        state,
        periodFrom: row.period_from ?? undefined,
        contribution: contributionOf(state),
      });
    }
  }
}

function newMember(id: string): FoldedMember {
  return { id, revision: -1, registeredOn: undefined, state: initialState, ...NOT_COUNTED };
}
