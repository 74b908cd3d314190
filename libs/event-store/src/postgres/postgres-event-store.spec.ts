import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { StoreUnavailableError, type EventToAppend } from '../event-store.port';
import { openPostgresEventStore } from './postgres-event-store';

const url = process.env.MEMBERFLOW_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether a server answers at `url`. Jest defines tests synchronously, so the check runs in a child
 * process with a deadline rather than awaiting a connection here.
 */
function serverAnswers(): boolean {
  const probe = `new (require('pg').Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 })
    .connect().then(() => process.exit(0), () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe, url], { timeout: 5_000 }).status === 0;
}

/** Drops a test schema with everything in it. */
async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

const uniqueSchema = (): string => `mf_test_${randomBytes(6).toString('hex')}`;

if (serverAnswers()) {
  describeEventStoreContract('PostgreSQL', async () => {
    const schema = uniqueSchema();
    const store = await openPostgresEventStore({ url, schema, pollIntervalMs: 200 });
    return {
      store,
      destroy: async () => {
        await store.close();
        await dropSchema(schema);
      },
    };
  });

  describe('PostgreSQL event store', () => {
    const schemas: string[] = [];
    const open = (options: { schema?: string; pollIntervalMs?: number } = {}) => {
      const schema = options.schema ?? uniqueSchema();
      if (!schemas.includes(schema)) schemas.push(schema);
      return openPostgresEventStore({ url, ...options, schema });
    };

    afterAll(async () => {
      for (const schema of schemas) await dropSchema(schema);
    });

    it('creates its schema on first start and reuses it on the next', async () => {
      const schema = uniqueSchema();
      const first = await open({ schema });
      const result = await first.append('member-1', [newEvent()], 'no_stream');
      await first.close();

      const second = await open({ schema });
      await expect(second.headPosition()).resolves.toBe(result.position);
      await second.close();
    });

    it('lets several processes start on a new schema at once', async () => {
      const schema = uniqueSchema();
      const stores = await Promise.all([open({ schema }), open({ schema }), open({ schema })]);
      await stores[0].append('member-1', [newEvent()], 'no_stream');
      await expect(stores[2].streamRevision('member-1')).resolves.toBe(0);
      await Promise.all(stores.map((store) => store.close()));
    });

    it('wakes a live subscription by NOTIFY when another process appends', async () => {
      const schema = uniqueSchema();
      // A poll interval far longer than the test: only the notification can deliver in time.
      const reader = await open({ schema, pollIntervalMs: 60_000 });
      const writer = await open({ schema });
      const appended = newEvent();
      const started = Date.now();
      const receiving = (async () => {
        for await (const [stored] of reader.subscribeAll({ signal: AbortSignal.timeout(10_000) })) {
          return stored.eventId;
        }
        return undefined;
      })();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await writer.append('member-1', [appended], 'no_stream');
      await expect(receiving).resolves.toBe(appended.eventId);
      expect(Date.now() - started).toBeLessThan(5_000);
      await writer.close();
      await reader.close();
    });

    it('reports an unreachable server as unavailable, naming host and port, after bounded retries', async () => {
      const started = Date.now();
      const opening = openPostgresEventStore({
        url: 'postgres://postgres@127.0.0.1:1/test',
        connectAttempts: 2,
      });
      await expect(opening).rejects.toThrow(StoreUnavailableError);
      await expect(opening).rejects.toThrow(
        /^PostgreSQL event store unreachable at 127\.0\.0\.1:1 after 2 attempts: .*ECONNREFUSED/,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('does not retry a server that refuses the credentials or database', async () => {
      const missing = url.replace(
        /\/[^/?]*(\?.*)?$/,
        `/mf_missing_${randomBytes(4).toString('hex')}$1`,
      );
      await expect(openPostgresEventStore({ url: missing, connectAttempts: 5 })).rejects.toThrow(
        /after 1 attempt: database "mf_missing_[0-9a-f]+" does not exist/,
      );
    });

    it('takes its schema and pool size from the URL, so MEMBERFLOW_EVENT_STORE alone configures it', async () => {
      const schema = uniqueSchema();
      schemas.push(schema);
      const withSettings = new URL(url);
      withSettings.searchParams.set('schema', schema);
      withSettings.searchParams.set('max', '2');
      const store = await openPostgresEventStore({ url: withSettings.href });
      await store.append('member-1', [newEvent()], 'no_stream');
      // Two connections: three concurrent reads still complete, queued on the pool.
      await Promise.all([1, 2, 3].map(() => store.streamRevision('member-1')));
      await store.close();

      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${schema}".events`,
        );
        expect(rows[0].n).toBe(1);
      } finally {
        await client.end();
      }
    });

    it('writes the appends accepted before close (group commit), then refuses new ones', async () => {
      const schema = uniqueSchema();
      const store = await open({ schema });
      const accepted = [1, 2, 3].map((n) => store.append(`member-${n}`, [newEvent()], 'no_stream'));
      await store.close();
      await expect(Promise.all(accepted)).resolves.toHaveLength(3);
      await expect(store.append('member-4', [newEvent()], 'no_stream')).rejects.toThrow(
        'is closed',
      );
      const reopened = await open({ schema });
      await expect(reopened.headPosition()).resolves.toBe(3n);
      await reopened.close();
    });

    it('refuses a schema name that would need quoting', async () => {
      await expect(openPostgresEventStore({ url, schema: 'Events; DROP' })).rejects.toThrow(
        'must be lower-case letters, digits and _',
      );
    });
  });
} else if (process.env.CI) {
  describe('PostgreSQL event store', () => {
    it('needs a PostgreSQL server in CI', () => {
      throw new Error(`no PostgreSQL server at ${url} (set MEMBERFLOW_TEST_PG_URL or start one)`);
    });
  });
} else {
  process.stderr.write(`SKIPPED: PostgreSQL contract suite — no server at ${url}\n`);
  describe.skip('PostgreSQL event store', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}

function newEvent(): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'TestRecorded',
    schemaVersion: 1,
    data: {},
    metadata: {
      commandId: 'c',
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'u', role: 'officer', orgId: 'o' },
      occurredOn: '2025-01-01',
    },
  };
}
