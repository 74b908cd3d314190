import type { OrgEvent } from '@memberflow/domain/org';
import { toDomainStreamEvent } from '../events/domain-events';
import { flag } from '../read-db/batch-sql';
import type { Sql, SqlValue } from '../read-db/read-db';
import type { Projection, TableNames } from '../runner/projection';
import { TreeWriter, type TreeChange } from './tree-writer';

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
    `CREATE INDEX ${t.org_unit}_path ON ${t.org_unit} (path)`,
    `CREATE INDEX ${t.org_unit}_parent ON ${t.org_unit} (parent_id)`,
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
    `CREATE INDEX ${t.org_link}_parent ON ${t.org_link} (parent_id, valid_from)`,
  ],

  async apply(events, { tx, tables }) {
    const tree = new TreeWriter(tx, tables.org_unit);
    for (const stored of events) {
      const decoded = toDomainStreamEvent(stored);
      if (decoded?.aggregate !== 'org') continue;
      await applyOrgEvent(tx, tables, tree, decoded.id, decoded.event);
    }
  },
};

async function applyOrgEvent(
  tx: Sql,
  t: TableNames<OrgTreeTable>,
  tree: TreeWriter,
  id: string,
  event: OrgEvent,
): Promise<void> {
  const on = event.occurredOn;
  const extra: Record<string, SqlValue> =
    event.type === 'OrgUnitEstablished'
      ? {
          name: event.data.name,
          code: event.data.code,
          area: event.data.attributes.area,
          residential: flag(event.data.attributes.residential === true),
          admission_authority: flag(event.data.attributes.admissionAuthority === true),
          established_on: on,
        }
      : {};
  for (const change of await tree.apply(id, event, extra)) await recordLinks(tx, t, change, on);
  switch (event.type) {
    case 'OrgUnitRenamed':
      await tx.query(`UPDATE ${t.org_unit} SET name = ?, code = ? WHERE id = ?`, [
        event.data.name,
        event.data.code,
        id,
      ]);
      break;
    case 'OrgUnitMerged':
      await tx.query(`UPDATE ${t.org_unit} SET ended_on = ?, merged_into = ? WHERE id = ?`, [
        on,
        event.data.targetId,
        id,
      ]);
      break;
    case 'OrgUnitDissolved':
      await tx.query(`UPDATE ${t.org_unit} SET ended_on = ? WHERE id = ?`, [on, id]);
      break;
    case 'AdmissionAuthorityGranted':
    case 'AdmissionAuthorityRevoked':
      await tx.query(`UPDATE ${t.org_unit} SET admission_authority = ? WHERE id = ?`, [
        flag(event.type === 'AdmissionAuthorityGranted'),
        id,
      ]);
      break;
    default:
      break;
  }
}

/**
 * Closes a unit's open parent link and opens the next one on the date of the change. A merged unit
 * keeps its link into the target open (its members count there); a dissolved one has none after.
 */
async function recordLinks(
  tx: Sql,
  t: TableNames<OrgTreeTable>,
  change: TreeChange,
  on: string,
): Promise<void> {
  if (change.type === 'ended' && change.how === 'merged') return;
  if (change.type !== 'established') {
    await tx.query(`UPDATE ${t.org_link} SET valid_to = ? WHERE unit_id = ? AND valid_to IS NULL`, [
      on,
      change.id,
    ]);
  }
  const parentId = change.type === 'ended' ? undefined : change.parentId;
  if (parentId === undefined) return;
  const kind = change.type === 'moved' && change.absorbed ? 'merged' : 'parent';
  await tx.query(
    `INSERT INTO ${t.org_link} (unit_id, seq, parent_id, kind, valid_from, valid_to)
     SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, NULL FROM ${t.org_link} WHERE unit_id = ?`,
    [change.id, parentId, kind, on, change.id],
  );
}
