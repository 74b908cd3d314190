import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server PostgreSQL suites run against (CI starts it; see .ci/run). */
export const PG_URL =
  process.env.MEMBERFLOW_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let answers: boolean | undefined;

/**
 * Whether a server answers at {@link PG_URL}, checked once. Jest defines tests synchronously, so the
 * check runs in a child process with a deadline.
 */
export function postgresAnswers(): boolean {
  const probe = `new (require('pg').Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 })
    .connect().then(() => process.exit(0), () => process.exit(1))`;
  answers ??= spawnSync(process.execPath, ['-e', probe, PG_URL], { timeout: 5_000 }).status === 0;
  return answers;
}

/** A schema of its own for one test, and the store URL selecting it (`?schema=`). */
export function uniqueSchema(prefix: string): { schema: string; url: string } {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  return { schema, url: url.href };
}

export async function dropSchemas(...schemas: string[]): Promise<void> {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Defines a PostgreSQL suite: run when a server answers; without one, a failure under CI and one loud
 * `SKIPPED` line elsewhere (never a silent pass).
 */
export function describeWithPostgres(title: string, suite: () => void): void {
  if (postgresAnswers()) {
    describe(title, suite);
  } else if (process.env.CI) {
    describe(title, () => {
      it('needs a PostgreSQL server', () => {
        throw new Error(
          `no PostgreSQL server at ${PG_URL} (CI is set: PostgreSQL suites must run)`,
        );
      });
    });
  } else {
    process.stderr.write(`SKIPPED: ${title} — no PostgreSQL server at ${PG_URL}\n`);
    describe.skip(title, () => it.skip('needs a PostgreSQL server', () => undefined));
  }
}
