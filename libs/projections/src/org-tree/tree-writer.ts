import type { OrgEvent } from '@memberflow/domain/org';
import type { Sql, SqlValue } from '../read-db/read-db';
import { childPath, depthOf, rootPath, subtreeRange } from './tree-paths';

/** What an organization event did to the shape of the tree, in the order it happened. */
export type TreeChange =
  | {
      readonly type: 'established';
      readonly id: string;
      readonly kind: string;
      readonly parentId: string | undefined;
      readonly path: string;
    }
  | {
      readonly type: 'moved';
      readonly id: string;
      readonly parentId: string;
      readonly fromPath: string;
      readonly toPath: string;
      /** The unit was merged into its new parent (it stays there, ended, holding its history). */
      readonly absorbed: boolean;
    }
  | {
      readonly type: 'ended';
      readonly id: string;
      readonly kind: string;
      readonly path: string;
      readonly how: 'merged' | 'dissolved';
    };

interface TreeRow {
  readonly id: string;
  readonly kind: string;
  readonly parent_id: string | null;
  readonly path: string;
  readonly status: string;
}

/**
 * Keeps a table of units with materialized paths (`id, kind, parent_id, path, depth, status`, and
 * whatever else the caller inserts) in step with organization events, and says what changed.
 *
 * A merge moves the merged unit's active sub-units under the target and keeps the merged unit itself
 * under the target too, ended: members whose records still name it (their streams are not rewritten)
 * then count in the target's subtree, as the organization event promises.
 */
export class TreeWriter {
  constructor(
    private readonly tx: Sql,
    private readonly table: string,
  ) {}

  async unit(id: string): Promise<TreeRow | undefined> {
    const [row] = await this.tx.query<TreeRow>(
      `SELECT id, kind, parent_id, path, status FROM ${this.table} WHERE id = ?`,
      [id],
    );
    return row;
  }

  /**
   * Applies the structural part of an event. `extra` holds the caller's own columns for a new unit.
   * Events that do not change the tree's shape (rename, admission authority) change nothing here.
   */
  async apply(
    id: string,
    event: OrgEvent,
    extra: Readonly<Record<string, SqlValue>> = {},
  ): Promise<TreeChange[]> {
    switch (event.type) {
      case 'OrgUnitEstablished':
        return this.establish(id, event.data.kind, event.data.parentId, extra);
      case 'OrgUnitMoved': {
        const move = await this.move(id, event.data.parentId, false);
        return move ? [move] : [];
      }
      case 'OrgUnitMerged':
        return this.merge(id, event.data.targetId);
      case 'OrgUnitDissolved':
        return this.end(id, 'dissolved');
      default:
        return [];
    }
  }

  private async establish(
    id: string,
    kind: string,
    parentId: string | undefined,
    extra: Readonly<Record<string, SqlValue>>,
  ): Promise<TreeChange[]> {
    const parent = parentId === undefined ? undefined : await this.unit(parentId);
    const path = parent ? childPath(parent.path, id) : rootPath(id);
    const columns: Record<string, SqlValue> = {
      ...extra,
      id,
      kind,
      parent_id: parent ? parent.id : null,
      path,
      depth: depthOf(path),
      status: 'active',
    };
    const names = Object.keys(columns);
    await this.tx.query(
      `INSERT INTO ${this.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
       ON CONFLICT (id) DO NOTHING`,
      Object.values(columns),
    );
    return [{ type: 'established', id, kind, parentId: parent?.id, path }];
  }

  private async move(
    id: string,
    parentId: string,
    absorbed: boolean,
  ): Promise<TreeChange | undefined> {
    const unit = await this.unit(id);
    const parent = await this.unit(parentId);
    // A unit cannot go under itself; the decider refuses it, and a damaged stream must not loop here.
    if (!unit || !parent || parent.path.startsWith(unit.path)) return undefined;
    const toPath = childPath(parent.path, id);
    const [from, to] = subtreeRange(unit.path);
    await this.tx.query(
      `UPDATE ${this.table} SET path = ? || substr(path, ?), depth = depth + ?
       WHERE path >= ? AND path < ?`,
      [toPath, unit.path.length + 1, depthOf(toPath) - depthOf(unit.path), from, to],
    );
    await this.tx.query(`UPDATE ${this.table} SET parent_id = ? WHERE id = ?`, [parentId, id]);
    return { type: 'moved', id, parentId, fromPath: unit.path, toPath, absorbed };
  }

  private async merge(id: string, targetId: string): Promise<TreeChange[]> {
    const changes: TreeChange[] = [];
    const children = await this.tx.query<{ id: string }>(
      `SELECT id FROM ${this.table} WHERE parent_id = ? AND status = 'active' ORDER BY id`,
      [id],
    );
    for (const child of children) {
      const moved = await this.move(child.id, targetId, false);
      if (moved) changes.push(moved);
    }
    const absorbed = await this.move(id, targetId, true);
    if (absorbed) changes.push(absorbed);
    return [...changes, ...(await this.end(id, 'merged'))];
  }

  private async end(id: string, how: 'merged' | 'dissolved'): Promise<TreeChange[]> {
    const unit = await this.unit(id);
    if (!unit || unit.status !== 'active') return [];
    await this.tx.query(`UPDATE ${this.table} SET status = ? WHERE id = ?`, [how, id]);
    return [{ type: 'ended', id, kind: unit.kind, path: unit.path, how }];
  }
}
