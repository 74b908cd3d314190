import { toNumber } from '../read-db/batch-sql';
import type { ReadDb, Sql } from '../read-db/read-db';
import { generationTables, type Projection, type TableNames } from './projection';

/** One set of a projection's tables, built by one version of its code, with its checkpoint. */
export interface Generation {
  readonly name: string;
  readonly generation: number;
  readonly version: number;
  /** The last event applied (0n: none yet). */
  readonly position: bigint;
  readonly tables: TableNames;
  readonly createdAt: string;
  /** Whether its secondary indexes exist (they are created once it has caught up). */
  readonly indexed: boolean;
}

export interface ProjectionRecord {
  readonly name: string;
  /** The generation queries read; undefined before the first one exists. */
  readonly servingGeneration: number | undefined;
  /** When the serving generation took over (ms since the epoch), to retire the previous one later. */
  readonly swappedAt: number | undefined;
  readonly rebuildRequestedAt: string | undefined;
  readonly generations: readonly Generation[];
}

interface ProjectionRow {
  readonly name: string;
  readonly serving_generation: number | null;
  readonly swapped_at: number | string | null;
  readonly rebuild_requested_at: string | null;
}

interface GenerationRow {
  readonly name: string;
  readonly generation: number;
  readonly version: number;
  readonly position: number | string;
  readonly tables: string;
  readonly created_at: string;
  readonly indexed: number | string;
}

function toGeneration(row: GenerationRow): Generation {
  return {
    name: row.name,
    generation: toNumber(row.generation),
    version: toNumber(row.version),
    position: BigInt(row.position),
    tables: JSON.parse(row.tables) as TableNames,
    createdAt: row.created_at,
    indexed: toNumber(row.indexed) === 1,
  };
}

/**
 * The runner's bookkeeping in the read database: which generations of each projection exist, which
 * one serves, their checkpoints, and rebuild requests (which any process may file).
 */
export class GenerationCatalog {
  constructor(private readonly db: ReadDb) {}

  async load(names: readonly string[]): Promise<Map<string, ProjectionRecord>> {
    const projections = await this.db.query<ProjectionRow>('SELECT * FROM mf_projection');
    const generations = await this.db.query<GenerationRow>(
      'SELECT * FROM mf_projection_generation ORDER BY name, generation',
    );
    const records = new Map<string, ProjectionRecord>();
    for (const name of names) {
      const row = projections.find((candidate) => candidate.name === name);
      records.set(name, {
        name,
        servingGeneration: row?.serving_generation ?? undefined,
        swappedAt: row?.swapped_at == null ? undefined : toNumber(row.swapped_at),
        rebuildRequestedAt: row?.rebuild_requested_at ?? undefined,
        generations: generations.filter((g) => g.name === name).map(toGeneration),
      });
    }
    return records;
  }

  /**
   * Creates the next generation's tables (the version's migration) at checkpoint 0. The first
   * generation of a projection serves at once (there is nothing older to serve); later ones build
   * while the serving one stays.
   */
  async create(projection: Projection, record: ProjectionRecord): Promise<Generation> {
    const last = record.generations.at(-1)?.generation ?? 0;
    const generation = last + 1;
    const tables = generationTables(projection, projection.version, generation);
    const createdAt = new Date().toISOString();
    const serveNow = record.servingGeneration === undefined;
    await this.db.transaction(async (tx) => {
      await this.ensureRow(tx, projection.name);
      for (const table of Object.values(tables)) await tx.query(`DROP TABLE IF EXISTS ${table}`);
      for (const statement of projection.schema(tables, this.db.types)) await tx.query(statement);
      await tx.query(
        `INSERT INTO mf_projection_generation (name, generation, version, position, tables, created_at)
         VALUES (?, ?, ?, 0, ?, ?)`,
        [projection.name, generation, projection.version, JSON.stringify(tables), createdAt],
      );
      await tx.query('UPDATE mf_projection SET rebuild_requested_at = NULL WHERE name = ?', [
        projection.name,
      ]);
      if (serveNow) {
        await tx.query(
          'UPDATE mf_projection SET serving_generation = ?, swapped_at = ? WHERE name = ?',
          [generation, Date.now(), projection.name],
        );
      }
    });
    return {
      name: projection.name,
      generation,
      version: projection.version,
      position: 0n,
      tables,
      createdAt,
      indexed: false,
    };
  }

  /**
   * Creates a generation's secondary indexes (once it has caught up) and notes it; the tables are
   * analyzed too, so that the planner knows their sizes from the first query on.
   */
  async index(projection: Projection, generation: Generation): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const statement of projection.indexes(generation.tables)) await tx.query(statement);
      for (const table of Object.values(generation.tables)) await tx.query(`ANALYZE ${table}`);
      await tx.query(
        'UPDATE mf_projection_generation SET indexed = 1 WHERE name = ? AND generation = ?',
        [generation.name, generation.generation],
      );
    });
  }

  /** Files a rebuild; the process holding the projection's lock starts it. */
  async requestRebuild(name: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.ensureRow(tx, name);
      await tx.query('UPDATE mf_projection SET rebuild_requested_at = ? WHERE name = ?', [
        new Date().toISOString(),
        name,
      ]);
    });
  }

  async clearRebuildRequest(name: string): Promise<void> {
    await this.db.transaction((tx) =>
      tx.query('UPDATE mf_projection SET rebuild_requested_at = NULL WHERE name = ?', [name]),
    );
  }

  /** The rebuilt generation takes over; the one it replaces is retired later. */
  async swap(name: string, generation: number): Promise<void> {
    await this.db.transaction((tx) =>
      tx.query('UPDATE mf_projection SET serving_generation = ?, swapped_at = ? WHERE name = ?', [
        generation,
        Date.now(),
        name,
      ]),
    );
  }

  /** Drops a generation's tables and forgets it. */
  async retire(generation: Generation): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const table of Object.values(generation.tables)) {
        await tx.query(`DROP TABLE IF EXISTS ${table}`);
      }
      await tx.query('DELETE FROM mf_projection_generation WHERE name = ? AND generation = ?', [
        generation.name,
        generation.generation,
      ]);
    });
  }

  private async ensureRow(tx: Sql, name: string): Promise<void> {
    await tx.query('INSERT INTO mf_projection (name) VALUES (?) ON CONFLICT (name) DO NOTHING', [
      name,
    ]);
  }
}

/**
 * Moves a generation's checkpoint inside the batch's transaction, only from where this process last
 * saw it: when another process moved it meanwhile (it took the projection over), nothing is written
 * and the batch rolls back. This is the fence that keeps two appliers from counting an event twice.
 */
export async function advanceCheckpoint(
  tx: Sql,
  generation: Pick<Generation, 'name' | 'generation'>,
  from: bigint,
  to: bigint,
): Promise<void> {
  const moved = await tx.query(
    `UPDATE mf_projection_generation SET position = ?
     WHERE name = ? AND generation = ? AND position = ? RETURNING position`,
    [to, generation.name, generation.generation, from],
  );
  if (moved.length === 0) throw new CheckpointMovedError(generation.name, generation.generation);
}

export class CheckpointMovedError extends Error {
  constructor(name: string, generation: number) {
    super(
      `projection ${name} generation ${generation}: the checkpoint moved under us (another process applies it)`,
    );
    this.name = 'CheckpointMovedError';
  }
}
