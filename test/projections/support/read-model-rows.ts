import { canonicalJson } from '@memberflow/event-store';
import type { ReadDb } from '@memberflow/projections';
import { PROJECTIONS } from '@memberflow/projections';

/**
 * Every row of every table of the generations serving now, by logical table name, in a stable order:
 * two read models hold the same data when these are equal.
 */
export async function servingRows(db: ReadDb): Promise<Record<string, unknown[]>> {
  const serving = await db.query<{ name: string; tables: string }>(
    `SELECT p.name, g.tables FROM mf_projection p
     JOIN mf_projection_generation g ON g.name = p.name AND g.generation = p.serving_generation`,
  );
  const rows: Record<string, unknown[]> = {};
  for (const projection of PROJECTIONS) {
    const entry = serving.find((s) => s.name === projection.name);
    if (!entry) throw new Error(`${projection.name} serves no generation`);
    const tables = JSON.parse(entry.tables) as Record<string, string>;
    for (const [logical, physical] of Object.entries(tables)) {
      const found = await db.query<Record<string, unknown>>(`SELECT * FROM ${physical}`);
      rows[logical] = found
        // A counter that went back to zero may or may not keep its row: the same figure either way.
        .filter((row) => !('count' in row) || Number(row.count) !== 0)
        .map((row) =>
          JSON.stringify(row, (key, value: unknown) =>
            // A folded state read back and folded further lists its keys in another order.
            key === 'state' && typeof value === 'string' ? canonicalJson(JSON.parse(value)) : value,
          ),
        )
        .sort();
    }
  }
  return rows;
}
