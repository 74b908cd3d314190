import { ProjectionGenerationIndexed1764400000000 } from './runner-indexes.migration';
import { ProjectionRunnerTables1764300000000 } from './runner-tables.migration';

/** The runner's own tables, in order (TypeORM runs those not yet recorded in `mf_migrations`). */
export const RUNNER_MIGRATIONS = [
  ProjectionRunnerTables1764300000000,
  ProjectionGenerationIndexed1764400000000,
];
