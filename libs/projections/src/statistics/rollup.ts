import type { SqlValue } from '../read-db/read-db';
import type { TreeChange, TreeModel } from '../org-tree/tree-model';
import { idsOnPath } from '../org-tree/tree-paths';

type Counts = Map<string, Map<string, number>>;

function bump(counts: Counts, outer: string, inner: string, delta: number): boolean {
  let metrics = counts.get(outer);
  if (!metrics) {
    metrics = new Map();
    counts.set(outer, metrics);
  }
  const created = !metrics.has(inner);
  metrics.set(inner, (metrics.get(inner) ?? 0) + delta);
  return created;
}

function* rows(counts: Counts): Generator<readonly SqlValue[]> {
  for (const [outer, inner] of counts) {
    for (const [key, delta] of inner) if (delta !== 0) yield [outer, key, delta];
  }
}

/**
 * Changes to the counters, collected in memory until a flush adds them to the rows. A change is noted
 * at the unit it happened in (a member's cell, a unit established or ended) and spread to every
 * ancestor the unit has when the tree next changes shape or at the flush, so that a batch that moves a
 * unit counts what happened before the move under the old ancestors.
 */
export class Rollup {
  private local: Counts = new Map();
  private spread: Counts = new Map();
  private localCount = 0;
  private heldCount = 0;

  /** Distinct counters waiting, a measure of the memory held. */
  get pending(): number {
    return this.localCount + this.heldCount;
  }

  add(unitId: string, metric: string, delta: number): void {
    if (bump(this.local, unitId, metric, delta)) this.localCount += 1;
  }

  /** Spreads the changes noted so far to each unit's ancestors in the tree as it is now. */
  spreadThrough(tree: TreeModel): void {
    for (const [unitId, metrics] of this.local) {
      for (const owner of tree.lineage(unitId) ?? [unitId]) {
        for (const [metric, delta] of metrics)
          if (bump(this.spread, owner, metric, delta)) this.heldCount += 1;
      }
    }
    this.local = new Map();
    this.localCount = 0;
  }

  /**
   * A unit moved, with `totals` its subtree's counters (written and pending): they leave the ancestors
   * it had and join the ones it has now. Call {@link spreadThrough} first.
   */
  shift(change: Extract<TreeChange, { type: 'moved' }>, totals: ReadonlyMap<string, number>): void {
    const before = idsOnPath(change.fromPath).filter((id) => id !== change.id);
    const after = idsOnPath(change.toPath).filter((id) => id !== change.id);
    for (const [metric, count] of totals) {
      for (const id of before) if (!after.includes(id)) bump(this.spread, id, metric, -count);
      for (const id of after) if (!before.includes(id)) bump(this.spread, id, metric, count);
    }
  }

  /** What is pending for one unit (spread already). */
  pendingFor(unitId: string): ReadonlyMap<string, number> {
    return this.spread.get(unitId) ?? new Map();
  }

  /** The counter rows to add, after which nothing is pending. */
  take(tree: TreeModel): Iterable<readonly SqlValue[]> {
    this.spreadThrough(tree);
    const taken = rows(this.spread);
    this.spread = new Map();
    this.heldCount = 0;
    return taken;
  }
}
