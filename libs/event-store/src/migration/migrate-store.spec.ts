import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventToAppend, StoredEvent } from '../event-store.port';
import { openSqliteEventStore, type SqliteEventStore } from '../sqlite/sqlite-event-store';
import { MigrationRefusedError, migrateStore, type MigrationProgress } from './migrate-store';
import { verifyCopy } from './verify-copy';

function event(n: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type: n === 0 ? 'CandidateSourced' : 'DetailsCorrected',
    schemaVersion: 1,
    data: { n, fullName: 'Trần Thị Bích Ngọc' },
    metadata: {
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'officer-1', role: 'officer', orgId: 'chi-bo-1' },
      occurredOn: '2024-05-02',
      documentRef: `${n}-QĐ/ĐU`,
    },
  };
}

/** `members` streams of `perMember` events, appended two at a time in rounds so streams interleave. */
async function fill(store: SqliteEventStore, members: number, perMember: number): Promise<void> {
  for (let round = 0; round * 2 < perMember; round += 1) {
    for (let m = 0; m < members; m += 1) {
      const from = round * 2;
      const count = Math.min(2, perMember - from);
      const batch = Array.from({ length: count }, (_, i) => event(from + i));
      await store.append(`member-${m}`, batch, from === 0 ? 'no_stream' : from - 1);
    }
  }
}

async function all(store: SqliteEventStore): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const stored of store.readAll()) events.push(stored);
  return events;
}

/** Everything but the position, which the target assigns itself. */
const asCopied = ({ position: _, ...rest }: StoredEvent) => rest;

describe('migrateStore', () => {
  let dir: string;
  const open: SqliteEventStore[] = [];
  const store = async (name: string): Promise<SqliteEventStore> => {
    const opened = await openSqliteEventStore({
      file: join(dir, `${name}.db`),
      synchronous: 'OFF',
    });
    open.push(opened);
    return opened;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'memberflow-migrate-'));
  });

  afterEach(async () => {
    for (const opened of open.splice(0)) await opened.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('copies every event in global order with ids, metadata, recordedAt and hashes intact, then verifies', async () => {
    const source = await store('source');
    await fill(source, 40, 7);
    const target = await store('target');

    const summary = await migrateStore({ source, target, batchSize: 64 });

    expect((await all(target)).map(asCopied)).toEqual((await all(source)).map(asCopied));
    expect(summary).toMatchObject({
      outcome: 'complete',
      resumed: false,
      sourceEvents: 280,
      copiedBefore: 0,
      copied: 280,
      verification: { ok: true, events: 280, streams: 40 },
    });
  });

  it('reports the progress of the copy and of the verification', async () => {
    const source = await store('source');
    await fill(source, 10, 5);
    const progress: MigrationProgress[] = [];
    await migrateStore({
      source,
      target: await store('target'),
      batchSize: 20,
      onProgress: (p) => progress.push(p),
    });
    const copy = progress.filter((p) => p.phase === 'copy').map((p) => p.done);
    expect(copy).toEqual([0, 20, 40, 50]);
    expect(progress.filter((p) => p.phase === 'verify').at(-1)).toEqual({
      phase: 'verify',
      done: 50,
      total: 50,
      startedFrom: 0,
    });
  });

  it('stops after the batch in flight when interrupted, and a second run resumes exactly there', async () => {
    const source = await store('source');
    await fill(source, 30, 6);
    const target = await store('target');
    const stop = new AbortController();

    const first = await migrateStore({
      source,
      target,
      batchSize: 25,
      signal: stop.signal,
      onProgress: ({ done }) => {
        if (done >= 50) stop.abort();
      },
    });
    expect(first).toMatchObject({ outcome: 'interrupted', copied: 50 });
    expect(first.verification).toBeUndefined();
    await expect(target.countEvents()).resolves.toBe(50);

    const second = await migrateStore({ source, target, batchSize: 25 });
    expect(second).toMatchObject({
      outcome: 'complete',
      resumed: true,
      copiedBefore: 50,
      copied: 130,
      verification: { ok: true, events: 180 },
    });
    expect((await all(target)).map(asCopied)).toEqual((await all(source)).map(asCopied));
  });

  it('tops up a finished copy with what the source received since', async () => {
    const source = await store('source');
    await fill(source, 5, 4);
    const target = await store('target');
    await migrateStore({ source, target });
    await source.append('member-0', [event(4)], 3);
    await source.append('member-new', [event(0)], 'no_stream');

    const again = await migrateStore({ source, target });
    expect(again).toMatchObject({ resumed: true, copiedBefore: 20, copied: 2 });
    expect(again.verification?.ok).toBe(true);
  });

  it('copies what the source held when it started; later appends are left to the next run', async () => {
    const source = await store('source');
    await fill(source, 10, 4);
    const target = await store('target');
    let appended = false;
    const summary = await migrateStore({
      source,
      target,
      batchSize: 10,
      onProgress: async ({ phase }) => {
        if (phase === 'copy' && !appended) {
          appended = true;
          await source.append('member-late', [event(0)], 'no_stream');
        }
      },
    });
    expect(summary).toMatchObject({ sourceEvents: 40, copied: 40, verification: { ok: true } });
    await expect(target.streamRevision('member-late')).resolves.toBeUndefined();
  });

  it('refuses a target holding events of another store, and writes nothing', async () => {
    const source = await store('source');
    await fill(source, 5, 2);
    const other = await store('other');
    await other.append('member-x', [event(0)], 'no_stream');

    await expect(migrateStore({ source, target: other })).rejects.toThrow(MigrationRefusedError);
    await expect(migrateStore({ source, target: other })).rejects.toThrow(
      'its first event (member-x#0',
    );
    await expect(other.countEvents()).resolves.toBe(1);
  });

  it('refuses to resume into a target someone appended to after an interrupted copy', async () => {
    const source = await store('source');
    await fill(source, 10, 4);
    const target = await store('target');
    const partial = new AbortController();
    await migrateStore({
      source,
      target,
      batchSize: 10,
      signal: partial.signal,
      onProgress: ({ done }) => {
        if (done >= 10) partial.abort();
      },
    });
    await target.append('member-0', [event(9)], 'any');

    await expect(migrateStore({ source, target })).rejects.toThrow(
      /the target's last event \(member-0#\d+, event .*\) is not in the source/,
    );
  });

  it('finds an event altered in the target after the copy', async () => {
    const source = await store('source');
    await fill(source, 4, 3);
    const target = await store('target');
    await migrateStore({ source, target });
    const raw = new Database(join(dir, 'target.db'));
    raw
      .prepare(
        `UPDATE events SET data = replace(data, 'Bích', 'Bich') WHERE stream_id = 'member-2' AND revision = 1`,
      )
      .run();
    raw.close();

    const verification = await verifyCopy(source, target, { upTo: await source.headPosition() });
    expect(verification).toMatchObject({ ok: false });
    expect(verification.ok === false && verification.problem).toMatch(
      /^member-2#1 \(.*\): its hash does not match its content on the target$/,
    );
  });

  it('finds an event missing from the target and an extra one', async () => {
    const source = await store('source');
    await fill(source, 3, 2);
    const target = await store('target');
    await migrateStore({ source, target });
    await source.append('member-0', [event(2)], 1);
    await expect(
      verifyCopy(source, target, { upTo: await source.headPosition() }),
    ).resolves.toMatchObject({
      ok: false,
      problem: expect.stringMatching(/fewer events.*member-0#2/),
    });
    await expect(
      verifyCopy(source, target, { upTo: (await source.headPosition()) - 3n }),
    ).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/more events/) });
  });
});
