import type { ReadDb } from '../read-db/read-db';

/** A key range of metrics, from inclusive to exclusive (open when undefined). */
export type MetricRange = readonly [string, string | undefined];

/**
 * The metrics of one family, `born.` or `flow.2026.`, as a key range: the prefix's last character
 * (`.` or `-`) followed by the next one (`/` or `.`).
 */
export function family(prefix: string): [string, string] {
  const last = prefix.charCodeAt(prefix.length - 1);
  return [prefix, `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`];
}

export interface CounterRow {
  readonly unit_id: string;
  readonly metric: string;
  readonly count: number | string;
}

/**
 * The units' non-zero counters in the ranges given, each range read along the primary key (unit,
 * metric): ranges joined with OR would let the planner scan the table instead.
 */
export function readCounters(
  db: ReadDb,
  table: string,
  unitIds: readonly string[],
  ranges: readonly MetricRange[],
): Promise<CounterRow[]> {
  const list = unitIds.map(() => '?').join(', ');
  const select = (to: string | undefined) =>
    `SELECT unit_id, metric, count FROM ${table}
     WHERE unit_id IN (${list}) AND metric >= ?${to === undefined ? '' : ' AND metric < ?'} AND count <> 0`;
  return db.query(
    ranges.map(([, to]) => select(to)).join(' UNION ALL '),
    ranges.flatMap(([from, to]) => [...unitIds, from, ...(to === undefined ? [] : [to])]),
  );
}
