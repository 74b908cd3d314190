import type { OrgEvent } from '@memberflow/domain/org';
import { childPath, rootPath } from './tree-paths';

export type UnitStatus = 'active' | 'merged' | 'dissolved';

/** A unit as the tree holds it: its own parent and its materialized path. */
export interface TreeUnit {
  readonly id: string;
  readonly kind: string;
  parentId: string | undefined;
  path: string;
  status: UnitStatus;
  /** The unit's area (rural, border, remote, urban), where the holder of the tree keeps it. */
  readonly area?: string;
  /** A residential cell, where the holder of the tree keeps it. */
  readonly residential?: boolean;
}

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

/**
 * The organization tree in memory, kept in step with organization events: every projection that
 * needs the tree's shape folds it here and writes the units it changed. A province has a few thousand
 * units, so the whole tree is held; a move rewrites the paths of its subtree.
 *
 * A merge moves the merged unit's active sub-units under the target and keeps the merged unit itself
 * under the target too, ended: members whose records still name it (their streams are not rewritten)
 * then count in the target's subtree, as the organization event promises.
 */
export class TreeModel {
  private readonly units = new Map<string, TreeUnit>();
  /** Units changed since the last {@link takeChanged}. */
  private changed = new Set<string>();

  constructor(units: Iterable<TreeUnit> = []) {
    for (const unit of units) this.units.set(unit.id, unit);
  }

  get(id: string): TreeUnit | undefined {
    return this.units.get(id);
  }

  /** The ids of a unit's ancestors and itself, root first. */
  lineage(id: string): string[] | undefined {
    const path = this.units.get(id)?.path;
    return path?.split('/').filter((part) => part !== '');
  }

  /** The units changed since the last call, to write out. */
  takeChanged(): TreeUnit[] {
    const changed = [...this.changed].flatMap((id) => this.units.get(id) ?? []);
    this.changed = new Set();
    return changed;
  }

  apply(id: string, event: OrgEvent): TreeChange[] {
    switch (event.type) {
      case 'OrgUnitEstablished':
        return this.establish(id, event.data.kind, event.data.parentId, {
          area: event.data.attributes.area,
          residential: event.data.attributes.residential === true,
        });
      case 'OrgUnitMoved': {
        const move = this.move(id, event.data.parentId, false);
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

  private establish(
    id: string,
    kind: string,
    parentId: string | undefined,
    attributes: { readonly area: string; readonly residential: boolean },
  ): TreeChange[] {
    if (this.units.has(id)) return [];
    const parent = parentId === undefined ? undefined : this.units.get(parentId);
    const path = parent ? childPath(parent.path, id) : rootPath(id);
    this.units.set(id, { id, kind, parentId: parent?.id, path, status: 'active', ...attributes });
    this.changed.add(id);
    return [{ type: 'established', id, kind, parentId: parent?.id, path }];
  }

  private move(id: string, parentId: string, absorbed: boolean): TreeChange | undefined {
    const unit = this.units.get(id);
    const parent = this.units.get(parentId);
    // A unit cannot go under itself; the decider refuses it, and a damaged stream must not loop here.
    if (!unit || !parent || parent.path.startsWith(unit.path)) return undefined;
    const fromPath = unit.path;
    const toPath = childPath(parent.path, id);
    for (const other of this.units.values()) {
      if (!other.path.startsWith(fromPath)) continue;
      other.path = toPath + other.path.slice(fromPath.length);
      this.changed.add(other.id);
    }
    unit.parentId = parentId;
    return { type: 'moved', id, parentId, fromPath, toPath, absorbed };
  }

  private merge(id: string, targetId: string): TreeChange[] {
    const changes: TreeChange[] = [];
    const children = [...this.units.values()]
      .filter((unit) => unit.parentId === id && unit.status === 'active')
      .map((unit) => unit.id)
      .sort();
    for (const child of children) {
      const moved = this.move(child, targetId, false);
      if (moved) changes.push(moved);
    }
    const absorbed = this.move(id, targetId, true);
    if (absorbed) changes.push(absorbed);
    return [...changes, ...this.end(id, 'merged')];
  }

  private end(id: string, how: 'merged' | 'dissolved'): TreeChange[] {
    const unit = this.units.get(id);
    if (!unit || unit.status !== 'active') return [];
    unit.status = how;
    this.changed.add(id);
    return [{ type: 'ended', id, kind: unit.kind, path: unit.path, how }];
  }
}
