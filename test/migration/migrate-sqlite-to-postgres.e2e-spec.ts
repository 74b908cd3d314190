import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MigrationRefusedError,
  canonicalJson,
  migrateStore,
  openEventStore,
  openSqliteEventStore,
  type EventStore,
  type SqliteEventStore,
  type StoredEvent,
} from '@memberflow/event-store';
import { PG_URL, dropSchemas, postgresAnswers, uniqueSchema } from '../support/postgres';
import { buildSyntheticProvince, type SyntheticProvince } from './synthetic-province';

/**
 * A whole province (30,000 members, ~300,000 events) with MEMBERFLOW_TEST_HEAVY=1; a tenth of it
 * otherwise, so the suite stays quick. The path is the same either way.
 */
const heavy = process.env.MEMBERFLOW_TEST_HEAVY === '1';
const MEMBERS = heavy ? 30_000 : 3_000;
const suite = `migrate-store: a synthetic province of ${MEMBERS.toLocaleString('en')} members from SQLite to PostgreSQL`;

if (postgresAnswers()) {
  describe(suite, () => {
    let dir: string;
    let source: SqliteEventStore;
    let province: SyntheticProvince;
    let buildMs: number;
    const schemas: string[] = [];
    const opened: EventStore[] = [];

    const openTarget = async (url: string): Promise<Awaited<ReturnType<typeof openEventStore>>> => {
      const store = await openEventStore(url);
      opened.push(store);
      return store;
    };

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'memberflow-province-'));
      source = await openSqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'OFF' });
      const started = Date.now();
      province = await buildSyntheticProvince(source, MEMBERS);
      buildMs = Date.now() - started;
    }, 600_000);

    afterAll(async () => {
      for (const store of opened) await store.close();
      await source?.close();
      await dropSchemas(...schemas);
      await rm(dir, { recursive: true, force: true });
    });

    it('copies, is interrupted, resumes once, and the copy matches the source event for event', async () => {
      const { schema, url } = uniqueSchema('mf_migrate');
      schemas.push(schema);
      const total = province.events;

      // 1. Interrupted after about 40% of the events, as Ctrl-C would.
      const stop = new AbortController();
      const interruptAt = Math.floor(total * 0.4);
      const firstTarget = await openTarget(url);
      const first = await migrateStore({
        source,
        target: firstTarget,
        signal: stop.signal,
        onProgress: ({ phase, done }) => {
          if (phase === 'copy' && done >= interruptAt) stop.abort();
        },
      });
      expect(first).toMatchObject({ outcome: 'interrupted', resumed: false, sourceEvents: total });
      expect(first.copied).toBeGreaterThanOrEqual(interruptAt);
      expect(first.copied).toBeLessThan(interruptAt + 1_000);
      await firstTarget.close();

      // 2. Another store's events are refused into the half-filled target, which stays as it was.
      const stranger = await openSqliteEventStore({ file: join(dir, 'stranger.db') });
      opened.push(stranger);
      await stranger.append('member-x', [strangerEvent()], 'no_stream');
      const target = await openTarget(url);
      await expect(migrateStore({ source: stranger, target })).rejects.toThrow(
        MigrationRefusedError,
      );
      await expect(target.countEvents()).resolves.toBe(first.copied);

      // 3. Resumed once, by a new run that finds where to continue in the target itself.
      const second = await migrateStore({ source, target });
      expect(second).toMatchObject({
        outcome: 'complete',
        resumed: true,
        copiedBefore: first.copied,
        copied: total - first.copied,
        verification: { ok: true, events: total, streams: province.streams },
      });

      // 4. Checked independently: same order, ids, streams, revisions, data, metadata, times, hashes.
      const compareStarted = Date.now();
      const compared = await compareStores(source, target);
      const compareMs = Date.now() - compareStarted;
      expect(compared).toEqual({ events: total, firstDifference: undefined });

      const copyMs = first.copyMs + second.copyMs;
      const verification = second.verification;
      console.info(
        `${suite}: ${total.toLocaleString('en')} events in ${province.streams.toLocaleString('en')} streams; ` +
          `built in ${buildMs} ms; copied in ${copyMs} ms (${Math.round((total * 1000) / copyMs)} events/s, ` +
          `interrupted after ${first.copied}); verified by migrate-store in ${verification?.ms} ms; ` +
          `compared again field by field in ${compareMs} ms`,
      );
    }, 600_000);
  });
} else if (process.env.CI) {
  it(`${suite}: needs a PostgreSQL server in CI`, () => {
    throw new Error(`no PostgreSQL server at ${PG_URL}`);
  });
} else {
  process.stderr.write(`SKIPPED: ${suite} — no PostgreSQL server at ${PG_URL}\n`);
  it.skip(`${suite} (no PostgreSQL server at ${PG_URL})`, () => undefined);
}

/** Walks both stores side by side; returns how many events matched and the first that did not. */
async function compareStores(
  source: EventStore,
  target: EventStore,
): Promise<{ events: number; firstDifference: string | undefined }> {
  const a = source.readAll()[Symbol.asyncIterator]();
  const b = target.readAll()[Symbol.asyncIterator]();
  let events = 0;
  let previous = 0n;
  for (;;) {
    const [x, y] = await Promise.all([a.next(), b.next()]);
    if (x.done === true && y.done === true) return { events, firstDifference: undefined };
    if (x.done === true || y.done === true) {
      return { events, firstDifference: `one store ends after ${events} events` };
    }
    if (y.value.position <= previous) {
      return { events, firstDifference: `target positions go backwards at ${events}` };
    }
    previous = y.value.position;
    if (fingerprint(x.value) !== fingerprint(y.value)) {
      return { events, firstDifference: `${fingerprint(x.value)} ≠ ${fingerprint(y.value)}` };
    }
    events += 1;
  }
}

/** Everything but the position (which each store assigns), as canonical text. */
function fingerprint({ position: _, ...event }: StoredEvent): string {
  return canonicalJson(event);
}

function strangerEvent() {
  return {
    eventId: randomUUID(),
    type: 'CandidateSourced',
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
