import { createVietnamCalendar } from '@memberflow/domain';
import {
  evolve,
  initialState,
  type MemberEvent,
  type MemberState,
} from '@memberflow/domain/member';
import type { StoredEvent } from '@memberflow/event-store';
import { toDomainStreamEvent } from '../events/domain-events';
import { queryIn, rowsOf, toNumber, writeRows } from '../read-db/batch-sql';
import type { Sql } from '../read-db/read-db';
import type { Projection, ProjectionSession, SessionContext } from '../runner/projection';
import { StateCache } from '../runner/state-cache';
import { ROSTER_COLUMNS, type RosterMember } from './roster-columns';
import { workItems } from './worklist';

export type MembersTable = 'member_roster' | 'member_worklist';

const calendar = createVietnamCalendar();

const WORKLIST_COLUMNS = ['member_id', 'step', 'rule', 'subject', 'since', 'due_on', 'cell_id'];

/**
 * Per-member views: the roster (every person with a record, whatever the stage: filters, search by
 * name, citizen ID and card number, the member view with its actions) and the worklist (each step a
 * member's record waits for, with its deadline). One fold of the member streams feeds both.
 */
export const membersProjection: Projection<MembersTable> = {
  name: 'members',
  version: 1,
  description: 'Roster of every person with a record, and the worklist of steps due',
  tables: ['member_roster', 'member_worklist'],

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
  ],

  indexes: (t) => [
    `CREATE INDEX ${t.member_roster}_cell ON ${t.member_roster} (cell_id, search_name, id)`,
    `CREATE INDEX ${t.member_roster}_name ON ${t.member_roster} (search_name, id)`,
    `CREATE INDEX ${t.member_roster}_citizen ON ${t.member_roster} (citizen_id)`,
    `CREATE INDEX ${t.member_roster}_card ON ${t.member_roster} (card_no)`,
    `CREATE INDEX ${t.member_worklist}_due ON ${t.member_worklist} (due_on, member_id)`,
    `CREATE INDEX ${t.member_worklist}_cell ON ${t.member_worklist} (cell_id, due_on)`,
  ],

  open: (context) => new MembersSession(context),
};

interface StoredMemberRow {
  readonly id: string;
  readonly revision: number | string;
  readonly registered_on: string | null;
  readonly state: string;
}

class MembersSession implements ProjectionSession {
  private readonly members: StateCache<RosterMember>;

  constructor(private readonly context: SessionContext<MembersTable>) {
    this.members = new StateCache(context.budget.streams);
  }

  get full(): boolean {
    return this.members.full;
  }

  async apply(events: readonly StoredEvent[]): Promise<void> {
    const byMember = memberEvents(events);
    await this.loadMissing([...byMember.keys()]);
    for (const [id, stream] of byMember) {
      let member = this.members.get(id) ?? {
        id,
        revision: -1,
        registeredOn: undefined,
        state: initialState,
      };
      for (const { event, revision } of stream) {
        member = {
          id,
          revision,
          registeredOn: event.type === 'MemberRegistered' ? event.occurredOn : member.registeredOn,
          state: evolve(member.state, event),
        };
      }
      this.members.set(id, member);
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
    await queryIn(
      tx,
      `DELETE FROM ${t.member_worklist} WHERE member_id IN (?)`,
      dirty.map((member) => member.id),
    );
    await writeRows(
      tx,
      {
        table: t.member_worklist,
        columns: WORKLIST_COLUMNS,
        key: ['member_id', 'step'],
        onConflict: 'replace',
      },
      rowsOf(dirty, (member) =>
        workItems(member.state, { calendar, registeredOn: member.registeredOn }).map((item) => [
          member.id,
          item.step,
          item.rule,
          item.subject ?? null,
          item.since,
          item.dueOn,
          member.state.cellId ?? null,
        ]),
      ),
    );
    this.members.flushed();
  }

  private async loadMissing(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.members.has(id));
    if (missing.length === 0) return;
    const rows = await queryIn<StoredMemberRow>(
      this.context.db,
      `SELECT id, revision, registered_on, state FROM ${this.context.tables.member_roster} WHERE id IN (?)`,
      missing,
    );
    for (const row of rows) {
      this.members.load(row.id, {
        id: row.id,
        revision: toNumber(row.revision),
        registeredOn: row.registered_on ?? undefined,
        state: JSON.parse(row.state) as MemberState,
      });
    }
  }
}

type MemberStreamEvent = { readonly event: MemberEvent; readonly revision: number };

/** The batch's member events, grouped by member in stream order. */
export function memberEvents(events: readonly StoredEvent[]): Map<string, MemberStreamEvent[]> {
  const byMember = new Map<string, MemberStreamEvent[]>();
  for (const stored of events) {
    const decoded = toDomainStreamEvent(stored);
    if (decoded?.aggregate !== 'member') continue;
    const stream = byMember.get(decoded.id);
    const entry = { event: decoded.event, revision: stored.revision };
    if (stream) stream.push(entry);
    else byMember.set(decoded.id, [entry]);
  }
  return byMember;
}
