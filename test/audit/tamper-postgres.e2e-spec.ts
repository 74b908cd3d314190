import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startTestServer } from '../support/test-app';
import { postgresTamper } from './tamper';
import { describeTamperEvidence } from './tamper-scenarios';

const url = process.env.MEMBERFLOW_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether a server answers at `url` (checked in a child process: jest defines tests synchronously). */
function serverAnswers(): boolean {
  const probe = `new (require('pg').Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 })
    .connect().then(() => process.exit(0), () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe, url], { timeout: 5_000 }).status === 0;
}

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE). */
async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

if (serverAnswers()) {
  describeTamperEvidence('PostgreSQL', async () => {
    // A database of its own, so the API's default schema cannot meet another suite's.
    const database = `mf_audit_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${database}`);
    const storeUrl = new URL(url);
    storeUrl.pathname = `/${database}`;
    const server = await startTestServer({ MEMBERFLOW_EVENT_STORE: storeUrl.toString() });
    expect(server.config.eventStoreUrl).toMatch(/^postgres:/);
    return {
      server,
      tamper: () => postgresTamper(storeUrl.toString()),
      teardown: async () => {
        await server.close();
        await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      },
    };
  });
} else {
  it.skip(`PostgreSQL tamper evidence: no server at ${url} (set MEMBERFLOW_TEST_PG_URL)`, () =>
    undefined);
}
