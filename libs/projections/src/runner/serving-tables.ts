import type { ReadDb } from '../read-db/read-db';
import type { Projection, TableNames } from './projection';

/** Queries asked for a projection that has no serving generation yet (the runner has not started). */
export class ProjectionNotReadyError extends Error {
  constructor(readonly projection: string) {
    super(`the ${projection} read model is not ready yet`);
    this.name = 'ProjectionNotReadyError';
  }
}

/**
 * Which tables queries read: those of each projection's serving generation. Looked up again after a
 * short time (another process may have swapped a rebuilt generation in), or at once after a swap here.
 */
export class ServingTables {
  private cached:
    { readonly at: number; readonly tables: ReadonlyMap<string, TableNames> } | undefined;

  constructor(
    private readonly db: ReadDb,
    private readonly ttlMs = 1_000,
  ) {}

  async of<Table extends string>(projection: Projection<Table>): Promise<TableNames<Table>> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > this.ttlMs) {
      const rows = await this.db.query<{ name: string; tables: string }>(
        `SELECT p.name, g.tables FROM mf_projection p
         JOIN mf_projection_generation g ON g.name = p.name AND g.generation = p.serving_generation`,
      );
      this.cached = {
        at: now,
        tables: new Map(rows.map((row) => [row.name, JSON.parse(row.tables) as TableNames])),
      };
    }
    const tables = this.cached.tables.get(projection.name);
    if (!tables) throw new ProjectionNotReadyError(projection.name);
    return tables as TableNames<Table>;
  }

  invalidate(): void {
    this.cached = undefined;
  }
}
