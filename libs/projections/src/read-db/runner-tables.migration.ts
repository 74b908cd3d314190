import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The runner's own tables: one row per projection (which generation serves, whether a rebuild was
 * asked for), one per generation of its tables (version and checkpoint), and the leases that stand in
 * for advisory locks on SQLite. The read models' tables belong to each projection version and are
 * created with a generation (projection.ts).
 */
export class ProjectionRunnerTables1764300000000 implements MigrationInterface {
  readonly name = 'ProjectionRunnerTables1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const key = postgres ? 'TEXT COLLATE "C"' : 'TEXT';
    const bigint = postgres ? 'BIGINT' : 'INTEGER';
    await runner.query(
      `CREATE TABLE IF NOT EXISTS mf_projection (
         name ${key} PRIMARY KEY,
         serving_generation INTEGER,
         swapped_at ${bigint},
         rebuild_requested_at TEXT
       )`,
    );
    await runner.query(
      `CREATE TABLE IF NOT EXISTS mf_projection_generation (
         name ${key} NOT NULL,
         generation INTEGER NOT NULL,
         version INTEGER NOT NULL,
         position ${bigint} NOT NULL,
         tables TEXT NOT NULL,
         created_at TEXT NOT NULL,
         PRIMARY KEY (name, generation)
       )`,
    );
    await runner.query(
      `CREATE TABLE IF NOT EXISTS mf_projection_lease (
         name ${key} PRIMARY KEY,
         holder TEXT NOT NULL,
         expires_at ${bigint} NOT NULL
       )`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE mf_projection_lease');
    await runner.query('DROP TABLE mf_projection_generation');
    await runner.query('DROP TABLE mf_projection');
  }
}
