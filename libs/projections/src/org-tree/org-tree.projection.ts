import type { OrgEvent } from '@memberflow/domain/org';
import type { StoredEvent } from '@memberflow/event-store';
import { toDomainStreamEvent } from '../events/domain-events';
import { flag, toNumber, writeRows } from '../read-db/batch-sql';
import type { Sql, SqlValue } from '../read-db/read-db';
import type { Projection, ProjectionSession, SessionContext } from '../runner/projection';
import { TreeModel, type TreeChange, type UnitStatus } from './tree-model';
import { depthOf } from './tree-paths';

export type OrgTreeTable = 'org_unit' | 'org_link';

/**
 * The organization tree (domain.md §1): every unit with its current materialized path, and the history
 * of its parent links with their validity, so that a subtree can be asked as of any date (a unit moved
 * or merged on a date belongs to its old parent before it and to the new one from it).
 */
export const orgTreeProjection: Projection<OrgTreeTable> = {
  name: 'org-tree',
  version: 1,
  description: 'Organization units with materialized paths and dated parent links',
  tables: ['org_unit', 'org_link'],

  schema: (t, { key, text, int }) => [
    `CREATE TABLE ${t.org_unit} (
       id ${key} PRIMARY KEY,
       kind ${key} NOT NULL,
       name ${text} NOT NULL,
       code ${text} NOT NULL,
       area ${key} NOT NULL,
       residential ${int} NOT NULL,
       admission_authority ${int} NOT NULL,
       status ${key} NOT NULL,
       parent_id ${key},
       path ${key} NOT NULL,
       depth ${int} NOT NULL,
       established_on ${key} NOT NULL,
       ended_on ${key},
       merged_into ${key}
     )`,
    // kind: 'parent' (placed under), 'merged' (merged into, the unit ended).
    `CREATE TABLE ${t.org_link} (
       unit_id ${key} NOT NULL,
       seq ${int} NOT NULL,
       parent_id ${key} NOT NULL,
       kind ${key} NOT NULL,
       valid_from ${key} NOT NULL,
       valid_to ${key},
       PRIMARY KEY (unit_id, seq)
     )`,
  ],

  indexes: (t) => [
    `CREATE INDEX ${t.org_unit}_path ON ${t.org_unit} (path)`,
    `CREATE INDEX ${t.org_unit}_parent ON ${t.org_unit} (parent_id)`,
    `CREATE INDEX ${t.org_link}_parent ON ${t.org_link} (parent_id, valid_from)`,
  ],

  open: (context) => new OrgTreeSession(context),
};

const UNIT_COLUMNS = [
  'id',
  'kind',
  'name',
  'code',
  'area',
  'residential',
  'admission_authority',
  'status',
  'parent_id',
  'path',
  'depth',
  'established_on',
  'ended_on',
  'merged_into',
] as const;
type UnitRow = Record<(typeof UNIT_COLUMNS)[number], SqlValue>;

const LINK_COLUMNS = ['unit_id', 'seq', 'parent_id', 'kind', 'valid_from', 'valid_to'] as const;

interface Link {
  readonly unitId: string;
  readonly seq: number;
  readonly parentId: string;
  readonly kind: 'parent' | 'merged';
  readonly validFrom: string;
  validTo: string | null;
  /** Written by an earlier flush (closing it is an update) or new in this session. */
  readonly stored: boolean;
}

/** Organization events are few: the session holds the whole tree and writes what changed. */
class OrgTreeSession implements ProjectionSession {
  readonly full = false;
  private loaded:
    | {
        readonly tree: TreeModel;
        readonly rows: Map<string, UnitRow>;
        /** Each unit's open link and its last link number. */
        readonly open: Map<string, Link>;
        readonly lastSeq: Map<string, number>;
      }
    | undefined;
  private changedRows = new Set<string>();
  private newLinks: Link[] = [];
  private closed: Link[] = [];

  constructor(private readonly context: SessionContext<OrgTreeTable>) {}

  async apply(events: readonly StoredEvent[]): Promise<void> {
    for (const stored of events) {
      const decoded = toDomainStreamEvent(stored);
      if (decoded?.aggregate === 'org') this.org(await this.load(), decoded.id, decoded.event);
    }
  }

  async flush(tx: Sql): Promise<void> {
    const t = this.context.tables;
    if (!this.loaded) return;
    const { tree, rows } = this.loaded;
    for (const unit of tree.takeChanged()) {
      const row = rows.get(unit.id);
      if (!row) continue;
      Object.assign(row, {
        parent_id: unit.parentId ?? null,
        path: unit.path,
        depth: depthOf(unit.path),
        status: unit.status,
      });
      this.changedRows.add(unit.id);
    }
    await writeRows(
      tx,
      { table: t.org_unit, columns: UNIT_COLUMNS, key: ['id'], onConflict: 'replace' },
      [...this.changedRows].flatMap((id) => {
        const row = rows.get(id);
        return row ? [UNIT_COLUMNS.map((column) => row[column])] : [];
      }),
    );
    for (const link of this.closed) {
      await tx.query(`UPDATE ${t.org_link} SET valid_to = ? WHERE unit_id = ? AND seq = ?`, [
        link.validTo,
        link.unitId,
        link.seq,
      ]);
    }
    await writeRows(
      tx,
      { table: t.org_link, columns: LINK_COLUMNS, key: ['unit_id', 'seq'], onConflict: 'replace' },
      this.newLinks.map((l) => [l.unitId, l.seq, l.parentId, l.kind, l.validFrom, l.validTo]),
    );
    for (const link of this.newLinks) {
      if (link.validTo === null) this.loaded.open.set(link.unitId, { ...link, stored: true });
    }
    this.changedRows = new Set();
    this.newLinks = [];
    this.closed = [];
  }

  private org(loaded: NonNullable<OrgTreeSession['loaded']>, id: string, event: OrgEvent): void {
    const on = event.occurredOn;
    for (const change of loaded.tree.apply(id, event)) {
      if (change.type === 'established' && event.type === 'OrgUnitEstablished') {
        const { data } = event;
        loaded.rows.set(id, {
          id,
          kind: data.kind,
          name: data.name,
          code: data.code,
          area: data.attributes.area,
          residential: flag(data.attributes.residential === true),
          admission_authority: flag(data.attributes.admissionAuthority === true),
          status: 'active',
          parent_id: change.parentId ?? null,
          path: change.path,
          depth: depthOf(change.path),
          established_on: on,
          ended_on: null,
          merged_into: null,
        });
        this.changedRows.add(id);
      }
      this.relink(loaded, change, on);
    }
    const row = loaded.rows.get(id);
    if (!row) return;
    switch (event.type) {
      case 'OrgUnitRenamed':
        Object.assign(row, { name: event.data.name, code: event.data.code });
        break;
      case 'OrgUnitMerged':
        Object.assign(row, { ended_on: on, merged_into: event.data.targetId });
        break;
      case 'OrgUnitDissolved':
        Object.assign(row, { ended_on: on });
        break;
      case 'AdmissionAuthorityGranted':
      case 'AdmissionAuthorityRevoked':
        Object.assign(row, {
          admission_authority: flag(event.type === 'AdmissionAuthorityGranted'),
        });
        break;
      default:
        return;
    }
    this.changedRows.add(id);
  }

  /**
   * Closes a unit's open parent link and opens the next one on the date of the change. A merged unit
   * keeps its link into the target open (its members count there); a dissolved one has none after.
   */
  private relink(
    loaded: NonNullable<OrgTreeSession['loaded']>,
    change: TreeChange,
    on: string,
  ): void {
    if (change.type === 'ended' && change.how === 'merged') return;
    const current = loaded.open.get(change.id);
    if (current && change.type !== 'established') {
      current.validTo = on;
      loaded.open.delete(change.id);
      if (current.stored) this.closed.push(current);
    }
    if (change.type === 'ended' || change.parentId === undefined) return;
    const seq = (loaded.lastSeq.get(change.id) ?? 0) + 1;
    loaded.lastSeq.set(change.id, seq);
    const link: Link = {
      unitId: change.id,
      seq,
      parentId: change.parentId,
      kind: change.type === 'moved' && change.absorbed ? 'merged' : 'parent',
      validFrom: on,
      validTo: null,
      stored: false,
    };
    loaded.open.set(change.id, link);
    this.newLinks.push(link);
  }

  private async load(): Promise<NonNullable<OrgTreeSession['loaded']>> {
    if (this.loaded) return this.loaded;
    const { db, tables: t } = this.context;
    const rows = await db.query<UnitRow>(`SELECT ${UNIT_COLUMNS.join(', ')} FROM ${t.org_unit}`);
    const links = await db.query<{
      unit_id: string;
      seq: number | string;
      parent_id: string;
      kind: 'parent' | 'merged';
      valid_from: string;
      valid_to: string | null;
    }>(`SELECT ${LINK_COLUMNS.join(', ')} FROM ${t.org_link}`);
    const open = new Map<string, Link>();
    const lastSeq = new Map<string, number>();
    for (const link of links) {
      const seq = toNumber(link.seq);
      lastSeq.set(link.unit_id, Math.max(seq, lastSeq.get(link.unit_id) ?? 0));
      if (link.valid_to === null) {
        open.set(link.unit_id, {
          unitId: link.unit_id,
          seq,
          parentId: link.parent_id,
          kind: link.kind,
          validFrom: link.valid_from,
          validTo: null,
          stored: true,
        });
      }
    }
    const tree = new TreeModel(
      rows.map((row) => ({
        id: String(row.id),
        kind: String(row.kind),
        parentId: row.parent_id === null ? undefined : String(row.parent_id),
        path: String(row.path),
        status: row.status as UnitStatus,
      })),
    );
    this.loaded = { tree, rows: new Map(rows.map((row) => [String(row.id), row])), open, lastSeq };
    return this.loaded;
  }
}
