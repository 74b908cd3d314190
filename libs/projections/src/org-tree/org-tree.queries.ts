import type { LocalDate } from '@memberflow/domain';
import { toNumber } from '../read-db/batch-sql';
import type { ReadDb } from '../read-db/read-db';
import type { TableNames } from '../runner/projection';
import type { ServingTables } from '../runner/serving-tables';
import { orgTreeProjection, type OrgTreeTable } from './org-tree.projection';
import { depthOf, subtreeRange } from './tree-paths';

export interface OrgUnitView {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly code: string;
  readonly status: string;
  readonly parentId: string | null;
  readonly path: string;
  readonly area: string;
  readonly residential: boolean;
  readonly admissionAuthority: boolean;
  readonly establishedOn: LocalDate;
  readonly endedOn: LocalDate | null;
  readonly mergedInto: LocalDate | null;
}

export interface OrgTreeNode {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly code: string;
  readonly status: string;
  readonly children: OrgTreeNode[];
}

interface UnitRow {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly code: string;
  readonly status: string;
  readonly parent_id: string | null;
  readonly path: string;
  readonly depth: number | string;
  readonly area: string;
  readonly residential: number | string;
  readonly admission_authority: number | string;
  readonly established_on: string;
  readonly ended_on: string | null;
  readonly merged_into: string | null;
}

function toView(row: UnitRow): OrgUnitView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    code: row.code,
    status: row.status,
    parentId: row.parent_id,
    path: row.path,
    area: row.area,
    residential: toNumber(row.residential) === 1,
    admissionAuthority: toNumber(row.admission_authority) === 1,
    establishedOn: row.established_on,
    endedOn: row.ended_on,
    mergedInto: row.merged_into,
  };
}

/**
 * The subtree under a unit as the parent links stood on a date, each unit with the child of the root
 * it lies under (`top`; NULL for the root itself and for units merged into it, whose members are the
 * root's own). Parameters: root id, date, date, depth limit.
 */
export function subtreeAsOf(t: TableNames<OrgTreeTable>): string {
  return `WITH RECURSIVE sub(unit_id, top, depth) AS (
      SELECT id, NULLIF(id, id), 0 FROM ${t.org_unit} WHERE id = ?
      UNION
      SELECT l.unit_id,
             CASE WHEN sub.top IS NOT NULL THEN sub.top
                  WHEN l.kind = 'merged' THEN NULL
                  ELSE l.unit_id END,
             sub.depth + 1
      FROM ${t.org_link} l JOIN sub ON l.parent_id = sub.unit_id
      WHERE l.valid_from <= ? AND (l.valid_to IS NULL OR l.valid_to > ?) AND sub.depth < ?
    )`;
}

/** A unit is active on a date between its establishment and its end (merge or dissolution). */
export const ACTIVE_ON = (alias: string): string =>
  `${alias}.established_on <= ? AND (${alias}.ended_on IS NULL OR ${alias}.ended_on > ?)`;

export class OrgTreeQueries {
  constructor(
    private readonly db: ReadDb,
    private readonly serving: ServingTables,
  ) {}

  tables(): Promise<TableNames<OrgTreeTable>> {
    return this.serving.of(orgTreeProjection);
  }

  async unit(id: string): Promise<OrgUnitView | undefined> {
    const t = await this.tables();
    const [row] = await this.db.query<UnitRow>(`SELECT * FROM ${t.org_unit} WHERE id = ?`, [id]);
    return row && toView(row);
  }

  async units(ids: readonly string[]): Promise<Map<string, OrgUnitView>> {
    if (ids.length === 0) return new Map();
    const t = await this.tables();
    const rows = await this.db.query<UnitRow>(
      `SELECT * FROM ${t.org_unit} WHERE id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    return new Map(rows.map((row) => [row.id, toView(row)]));
  }

  /**
   * The subtree `depth` levels down, now or as the tree stood on `asOf`: active units only (a merged
   * unit's members are its target's, and its sub-units were moved there).
   */
  async subtree(id: string, depth: number, asOf?: LocalDate): Promise<OrgTreeNode | undefined> {
    const t = await this.tables();
    const rows =
      asOf === undefined
        ? await this.currentSubtree(t, id, depth)
        : await this.subtreeOn(t, id, depth, asOf);
    const nodes = new Map<string, OrgTreeNode>();
    for (const row of rows) {
      nodes.set(row.id, {
        id: row.id,
        kind: row.kind,
        name: row.name,
        code: row.code,
        status: row.status,
        children: [],
      });
    }
    for (const row of rows) {
      const parent = row.parent === null ? undefined : nodes.get(row.parent);
      if (parent && row.id !== id) parent.children.push(nodes.get(row.id) as OrgTreeNode);
    }
    return nodes.get(id);
  }

  private async currentSubtree(
    t: TableNames<OrgTreeTable>,
    id: string,
    depth: number,
  ): Promise<TreeRow[]> {
    const root = await this.unit(id);
    if (!root) return [];
    const [from, to] = subtreeRange(root.path);
    const rows = await this.db.query<UnitRow>(
      `SELECT * FROM ${t.org_unit} WHERE path >= ? AND path < ? AND depth <= ?
       AND (status = 'active' OR id = ?) ORDER BY depth, name, id`,
      [from, to, depthOf(root.path) + depth, id],
    );
    return rows.map((row) => ({ ...row, parent: row.parent_id }));
  }

  private async subtreeOn(
    t: TableNames<OrgTreeTable>,
    id: string,
    depth: number,
    asOf: LocalDate,
  ): Promise<TreeRow[]> {
    return this.db.query<TreeRow>(
      `${subtreeAsOf(t)}
       SELECT o.id, o.kind, o.name, o.code, o.status, l.parent_id AS parent
       FROM sub JOIN ${t.org_unit} o ON o.id = sub.unit_id
       LEFT JOIN ${t.org_link} l ON l.unit_id = o.id AND l.valid_from <= ? AND (l.valid_to IS NULL OR l.valid_to > ?)
       WHERE o.id = ? OR (${ACTIVE_ON('o')})
       ORDER BY sub.depth, o.name, o.id`,
      [id, asOf, asOf, depth, asOf, asOf, id, asOf, asOf],
    );
  }
}

interface TreeRow {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly code: string;
  readonly status: string;
  readonly parent: string | null;
}
