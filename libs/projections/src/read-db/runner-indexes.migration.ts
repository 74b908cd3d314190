import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generations remember whether their secondary indexes exist: a rebuild creates them once it has
 * caught up (projection.ts), and a runner that died before that creates them on its next start.
 */
export class ProjectionGenerationIndexed1764400000000 implements MigrationInterface {
  readonly name = 'ProjectionGenerationIndexed1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE mf_projection_generation ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE mf_projection_generation DROP COLUMN indexed');
  }
}
