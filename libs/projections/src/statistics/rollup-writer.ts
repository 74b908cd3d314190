import { queryIn, toNumber, writeRows } from '../read-db/batch-sql';
import type { Sql, SqlValue } from '../read-db/read-db';
import { idsOnPath } from '../org-tree/tree-paths';
import type { TreeChange } from '../org-tree/tree-writer';

export interface RollupTables {
  /** Units with materialized paths (the statistics projection's own copy of the tree). */
  readonly org: string;
  /** (unit_id, metric) → count over the unit's subtree, the unit included. */
  readonly unit: string;
  /** (cell_id, born_on) → members born that day, per cell. */
  readonly birth: string;
}

/**
 * Collects a batch's changes to the counters in memory, per unit and metric, and writes each counter
 * once per batch to the unit and all its ancestors. Counters are only ever added to inside the batch's
 * transaction, which also moves the checkpoint, so an event is counted exactly once.
 */
export class RollupWriter {
  private deltas = new Map<string, Map<string, number>>();
  private births = new Map<string, Map<string, number>>();

  constructor(
    private readonly tx: Sql,
    private readonly tables: RollupTables,
  ) {}

  add(unitId: string, metric: string, delta: number): void {
    bump(this.deltas, unitId, metric, delta);
  }

  addBirth(cellId: string, bornOn: string, delta: number): void {
    bump(this.births, cellId, bornOn, delta);
  }

  /** Writes what was collected, each unit's counters to it and to every ancestor it has now. */
  async flush(): Promise<void> {
    const { deltas, births } = this;
    this.deltas = new Map();
    this.births = new Map();
    const paths = await this.paths([...deltas.keys()]);
    const expanded = new Map<string, Map<string, number>>();
    for (const [unitId, metrics] of deltas) {
      for (const owner of paths.get(unitId) ?? [unitId]) {
        for (const [metric, delta] of metrics) bump(expanded, owner, metric, delta);
      }
    }
    await this.addCounts(expanded);
    const birthRows: SqlValue[][] = [];
    for (const [cellId, days] of births) {
      for (const [bornOn, delta] of days) if (delta !== 0) birthRows.push([cellId, bornOn, delta]);
    }
    await writeRows(
      this.tx,
      {
        table: this.tables.birth,
        columns: ['cell_id', 'born_on', 'count'],
        key: ['cell_id', 'born_on'],
        onConflict: 'add',
      },
      birthRows,
    );
  }

  /**
   * A unit moved: its subtree's counters leave the ancestors it had and join the ones it has now
   * (those it keeps are untouched). Call after {@link flush}, so the counters read are complete.
   */
  async shift(change: Extract<TreeChange, { type: 'moved' }>): Promise<void> {
    const before = idsOnPath(change.fromPath).filter((id) => id !== change.id);
    const after = idsOnPath(change.toPath).filter((id) => id !== change.id);
    const left = before.filter((id) => !after.includes(id));
    const joined = after.filter((id) => !before.includes(id));
    if (left.length === 0 && joined.length === 0) return;
    const totals = await this.tx.query<{ metric: string; count: number | string }>(
      `SELECT metric, count FROM ${this.tables.unit} WHERE unit_id = ? AND count <> 0`,
      [change.id],
    );
    const moved = new Map<string, Map<string, number>>();
    for (const { metric, count } of totals) {
      for (const id of left) bump(moved, id, metric, -toNumber(count));
      for (const id of joined) bump(moved, id, metric, toNumber(count));
    }
    await this.addCounts(moved);
  }

  private async addCounts(counts: Map<string, Map<string, number>>): Promise<void> {
    const rows: SqlValue[][] = [];
    for (const [unitId, metrics] of counts) {
      for (const [metric, delta] of metrics) if (delta !== 0) rows.push([unitId, metric, delta]);
    }
    await writeRows(
      this.tx,
      {
        table: this.tables.unit,
        columns: ['unit_id', 'metric', 'count'],
        key: ['unit_id', 'metric'],
        onConflict: 'add',
      },
      rows,
    );
  }

  /** Each unit's ancestors and itself, from the current tree. */
  private async paths(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await queryIn<{ id: string; path: string }>(
      this.tx,
      `SELECT id, path FROM ${this.tables.org} WHERE id IN (?)`,
      ids,
    );
    return new Map(rows.map((row) => [row.id, idsOnPath(row.path)]));
  }
}

function bump(
  map: Map<string, Map<string, number>>,
  outer: string,
  inner: string,
  delta: number,
): void {
  let metrics = map.get(outer);
  if (!metrics) {
    metrics = new Map();
    map.set(outer, metrics);
  }
  metrics.set(inner, (metrics.get(inner) ?? 0) + delta);
}
