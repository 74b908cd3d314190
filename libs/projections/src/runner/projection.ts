import type { StoredEvent } from '@memberflow/event-store';
import type { ColumnTypes, Dialect, Sql } from '../read-db/read-db';

/** Logical table name → the physical name of one generation's table. */
export type TableNames<Table extends string = string> = Readonly<Record<Table, string>>;

export interface ProjectionContext<Table extends string = string> {
  /** The batch's transaction: the runner moves the checkpoint in it too. */
  readonly tx: Sql;
  readonly tables: TableNames<Table>;
  readonly dialect: Dialect;
}

/**
 * A read model: the tables of one version and how a batch of events changes them. The runner feeds it
 * every event after its checkpoint, in position order, a batch at a time, and commits the rows with the
 * checkpoint; a projection keeps no state between batches outside its tables.
 */
export interface Projection<Table extends string = string> {
  readonly name: string;
  /** Bumped whenever the tables or what they hold change: the new version rebuilds blue/green. */
  readonly version: number;
  readonly description: string;
  readonly tables: readonly Table[];
  /** This version's migration: the DDL creating one generation's tables. */
  schema(tables: TableNames<Table>, types: ColumnTypes): readonly string[];
  apply(events: readonly StoredEvent[], context: ProjectionContext<Table>): Promise<void>;
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
