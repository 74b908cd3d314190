import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { StoreUnavailableError } from '../event-store.port';
import { openSqliteEventStore } from './sqlite-event-store';
import { testEvent as newEvent } from '../testing';

/** A new directory under the OS temp dir, removed afterwards. */
async function tempDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'memberflow-sqlite-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

// The 100,000-event test takes about 6 s here, so it always runs.
describeEventStoreContract(
  'SQLite',
  async () => {
    const { dir, remove } = await tempDir();
    const store = await openSqliteEventStore({ file: join(dir, 'events.db') });
    return {
      store,
      destroy: async () => {
        await store.close();
        await remove();
      },
    };
  },
  { heavy: true },
);

describe('SQLite event store file', () => {
  let dir: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
  });

  afterEach(async () => {
    await remove();
  });

  it('runs a new file in WAL mode with synchronous FULL by default', async () => {
    const store = await openSqliteEventStore({ file: join(dir, 'events.db') });
    expect(store.storageSettings()).toEqual({ journalMode: 'wal', synchronous: 'FULL' });
    await store.close();
  });

  it('runs with the synchronous level it is given', async () => {
    const store = await openSqliteEventStore({
      file: join(dir, 'events.db'),
      synchronous: 'NORMAL',
    });
    expect(store.storageSettings()).toEqual({ journalMode: 'wal', synchronous: 'NORMAL' });
    await store.close();
  });

  it('creates the directory of the file', async () => {
    const store = await openSqliteEventStore({ file: join(dir, 'data', 'nested', 'events.db') });
    await store.append('member-1', [newEvent()], 'no_stream');
    await expect(store.streamRevision('member-1')).resolves.toBe(0);
    await store.close();
  });

  it('keeps what was appended when the file is opened again', async () => {
    const file = join(dir, 'events.db');
    const first = await openSqliteEventStore({ file });
    const result = await first.append('member-1', [newEvent(), newEvent()], 'no_stream');
    await first.close();

    const second = await openSqliteEventStore({ file });
    await expect(second.headPosition()).resolves.toBe(result.position);
    await expect(second.append('member-1', [newEvent()], 1)).resolves.toMatchObject({
      nextRevision: 2,
    });
    await second.close();
  });

  it('delivers to a live subscription the appends of another connection to the same file', async () => {
    const file = join(dir, 'events.db');
    const reader = await openSqliteEventStore({ file, pollIntervalMs: 20 });
    const writer = await openSqliteEventStore({ file });
    const appended = newEvent();
    const receiving = (async () => {
      for await (const [stored] of reader.subscribeAll({ signal: AbortSignal.timeout(5_000) })) {
        return stored.eventId;
      }
      return undefined;
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writer.append('member-1', [appended], 'no_stream');
    await expect(receiving).resolves.toBe(appended.eventId);
    await writer.close();
    await reader.close();
  });

  it('reports a file it cannot open as the store being unavailable, naming the file', async () => {
    const file = join(dir, 'events.db', 'nested');
    await (await openSqliteEventStore({ file: join(dir, 'events.db') })).close();
    await expect(openSqliteEventStore({ file })).rejects.toThrow(StoreUnavailableError);
    await expect(openSqliteEventStore({ file })).rejects.toThrow(file);
  });

  it('refuses to be used after it is closed', async () => {
    const store = await openSqliteEventStore({ file: join(dir, 'events.db') });
    await store.close();
    await expect(store.headPosition()).rejects.toThrow('is closed');
  });

  it('never reuses a position, even when the last events were deleted by hand', async () => {
    const file = join(dir, 'events.db');
    const store = await openSqliteEventStore({ file });
    await store.append('member-1', [newEvent(), newEvent()], 'no_stream');
    const byHand = new Database(file);
    byHand.exec('DELETE FROM events WHERE revision = 1; UPDATE streams SET revision = 0');
    byHand.close();
    const alone = await store.append('member-1', [newEvent()], 0);
    const together = await Promise.all(
      ['member-2', 'member-3'].map((id) => store.append(id, [newEvent()], 'no_stream')),
    );
    expect([alone, ...together].map((result) => result.position)).toEqual([3n, 4n, 5n]);
    await store.close();
  });

  it('fails alone an append SQLite refuses to store, and writes the rest of its group', async () => {
    const file = join(dir, 'events.db');
    const store = await openSqliteEventStore({ file });
    const byHand = new Database(file);
    byHand.exec(`CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.type = 'Refused'
                 BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END`);
    byHand.close();
    const settled = await Promise.allSettled([
      store.append('member-1', [newEvent()], 'no_stream'),
      store.append('member-2', [{ ...newEvent(), type: 'Refused' }], 'no_stream'),
      store.append('member-3', [newEvent()], 'no_stream'),
    ]);
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const refused = (settled[1] as PromiseRejectedResult).reason as Error;
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect(refused.message).toContain('refused by a trigger');
    await expect(store.streamRevision('member-2')).resolves.toBeUndefined();
    await expect(store.streamRevision('member-3')).resolves.toBe(0);
    await store.close();
  });

  it('writes the appends accepted before close (group commit), then refuses new ones', async () => {
    const file = join(dir, 'events.db');
    const store = await openSqliteEventStore({ file });
    const accepted = [1, 2, 3].map((n) => store.append(`member-${n}`, [newEvent()], 'no_stream'));
    await store.close();
    await expect(Promise.all(accepted)).resolves.toHaveLength(3);
    await expect(store.append('member-4', [newEvent()], 'no_stream')).rejects.toThrow('is closed');
    const reopened = await openSqliteEventStore({ file });
    await expect(reopened.headPosition()).resolves.toBe(3n);
    await reopened.close();
  });
});
