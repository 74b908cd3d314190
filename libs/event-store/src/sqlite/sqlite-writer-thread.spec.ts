import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalEvent } from '../event-row';
import { StoreUnavailableError } from '../event-store.port';
import type { AppendRequest } from '../group-commit';
import { openSqliteEventStore } from './sqlite-event-store';
import { SqliteWriterThread } from './sqlite-writer-thread';
import { testEvent } from '../testing';

function request(streamId: string): AppendRequest {
  return { streamId, events: [canonicalEvent(testEvent())], expected: 'no_stream' };
}

describe('SqliteWriterThread', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'memberflow-writer-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a group on its own connection, durable for every other connection', async () => {
    const file = join(dir, 'events.db');
    const store = await openSqliteEventStore({ file });
    const thread = new SqliteWriterThread({ file, synchronous: 'FULL', busyTimeoutMs: 5000 });
    const planned = await thread.write([request('member-1'), request('member-2')]);
    await thread.close();
    expect(planned.map((append) => append.ok && append.result.position)).toEqual([1n, 2n]);
    await expect(store.streamRevision('member-2')).resolves.toBe(0);
    await store.close();
  });

  it('fails the groups it holds when the thread cannot work, and starts anew for the next', async () => {
    const blocked = join(dir, 'not-a-directory');
    writeFileSync(blocked, '');
    const thread = new SqliteWriterThread({
      file: join(blocked, 'events.db'),
      synchronous: 'FULL',
      busyTimeoutMs: 5000,
    });
    for (let attempt = 0; attempt < 2; attempt++) {
      const failed = thread.write([request('member-1'), request('member-2')]);
      await expect(failed).rejects.toThrow(StoreUnavailableError);
      await expect(failed).rejects.toThrow('the writer thread failed');
    }
    await thread.close();
  });
});
