import type { StoredEvent } from '@memberflow/event-store';
import type { ColumnTypes, Dialect, Sql } from '../read-db/read-db';

/** Logical table name → the physical name of one generation's table. */
export type TableNames<Table extends string = string> = Readonly<Record<Table, string>>;

/** How much a session may hold in memory before the runner makes it write out. */
export interface MemoryBudget {
  /** Streams (members) whose folded state a session keeps between flushes. */
  readonly streams: number;
  /** Rows waiting to be written. */
  readonly rows: number;
}

export interface SessionContext<Table extends string = string> {
  /** Reads what earlier flushes committed (only the lock holder writes a generation's tables). */
  readonly db: Sql;
  readonly tables: TableNames<Table>;
  readonly dialect: Dialect;
  readonly budget: MemoryBudget;
}

/**
 * One generation being applied: events are folded in memory, and written out (with the checkpoint,
 * in one transaction) when the runner flushes. Between flushes nothing is written, so a crash loses
 * only work that the checkpoint has not moved past; the next session starts again from it.
 */
export interface ProjectionSession {
  /** Folds events, all after the checkpoint, in position order. */
  apply(events: readonly StoredEvent[]): Promise<void>;
  /** Whether the session holds as much as its budget allows: the runner flushes before more. */
  readonly full: boolean;
  /** Writes what was folded since the last flush, in the transaction that moves the checkpoint. */
  flush(tx: Sql): Promise<void>;
}

/**
 * A read model: the tables of one version, and sessions that turn events into their rows. The runner
 * feeds a session every event after the generation's checkpoint, in position order.
 */
export interface Projection<Table extends string = string> {
  readonly name: string;
  /** Bumped whenever the tables or what they hold change: the new version rebuilds blue/green. */
  readonly version: number;
  readonly description: string;
  readonly tables: readonly Table[];
  /** This version's migration: the DDL creating one generation's tables. */
  schema(tables: TableNames<Table>, types: ColumnTypes): readonly string[];
  /**
   * The secondary indexes, created once the generation has caught up: a rebuild writes its rows
   * without maintaining them, and sorts each index once.
   */
  indexes(tables: TableNames<Table>): readonly string[];
  open(context: SessionContext<Table>): ProjectionSession;
}

/** `roster_member` of generation 3 of version 2 is `roster_member_v2_g3`. */
export function generationTables<Table extends string>(
  projection: Projection<Table>,
  version: number,
  generation: number,
): TableNames<Table> {
  return Object.fromEntries(
    projection.tables.map((table) => [table, `${table}_v${version}_g${generation}`]),
  ) as Record<Table, string>;
}

/** A projection's code failed on a batch (as opposed to the database or the store failing). */
export class ProjectionFailedError extends Error {
  constructor(
    readonly projection: string,
    cause: unknown,
  ) {
    super(
      `projection ${projection} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'ProjectionFailedError';
  }
}
