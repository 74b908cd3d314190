import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openSqliteEventStore,
  type EventStore,
  type EventToAppend,
  type ReadStreamOptions,
  type SqliteEventStore,
} from '@memberflow/event-store';
import { testEvent } from '@memberflow/event-store/testing';
import { ORG_AGGREGATE } from './aggregates';
import { FoldedStreams } from './folded-streams';

function orgEvent(type: string, data: object, commandId?: string): EventToAppend {
  const actor = { id: 'admin', role: 'admin', orgId: '*' };
  return testEvent({ type, data, commandId, actor, occurredOn: '2020-01-01' });
}

const established = (commandId?: string) =>
  orgEvent(
    'OrgUnitEstablished',
    { kind: 'province', name: 'Tỉnh', code: 'T', attributes: { area: 'urban' } },
    commandId,
  );

describe('FoldedStreams', () => {
  let dir: string;
  let sqlite: SqliteEventStore;
  let reads: { streamId: string; from: number | undefined }[];
  let store: EventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'memberflow-folded-'));
    sqlite = await openSqliteEventStore({ file: join(dir, 'events.db') });
    reads = [];
    store = Object.assign(Object.create(sqlite) as EventStore, {
      readStream: (streamId: string, options?: ReadStreamOptions) => {
        reads.push({ streamId, from: options?.from });
        return sqlite.readStream(streamId, options);
      },
    });
  });

  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('folds a stream, then reads only the events appended since, whoever appended them', async () => {
    const streams = new FoldedStreams(store);
    await sqlite.append('org-tinh', [established('c-1')], 'no_stream');
    const first = await streams.load(ORG_AGGREGATE, 'tinh');
    expect(first).toMatchObject({ revision: 0, state: { status: 'active', name: 'Tỉnh' } });

    // Another writer (another process) renames the unit.
    await sqlite.append(
      'org-tinh',
      [
        orgEvent(
          'OrgUnitRenamed',
          { name: 'Tỉnh mới', previousName: 'Tỉnh', code: 'T', previousCode: 'T' },
          'c-2',
        ),
      ],
      0,
    );
    const second = await streams.load(ORG_AGGREGATE, 'tinh');
    expect(second).toMatchObject({ revision: 1, state: { name: 'Tỉnh mới' } });
    expect([...second.commandIds]).toEqual(['c-1', 'c-2']);
    expect(reads).toEqual([
      { streamId: 'org-tinh', from: 0 },
      { streamId: 'org-tinh', from: 1 },
    ]);
  });

  it('keeps what this process appended, folded from the stored events', async () => {
    const streams = new FoldedStreams(store);
    const before = await streams.load(ORG_AGGREGATE, 'tinh');
    expect(before.revision).toBeUndefined();
    const result = await sqlite.append('org-tinh', [established('c-1')], 'no_stream');
    streams.appended(ORG_AGGREGATE, 'tinh', before, result.events ?? []);
    const readsBefore = reads.length;
    const after = await streams.load(ORG_AGGREGATE, 'tinh');
    expect(after).toMatchObject({ revision: 0, state: { status: 'active' } });
    // The stream's revision is where it was kept: no events are read at all.
    expect(reads).toHaveLength(readsBefore);
  });

  it('keeps nothing from events that do not continue the stream revision after revision', async () => {
    const streams = new FoldedStreams(store);
    await sqlite.append('org-tinh', [established()], 'no_stream');
    const kept = await streams.load(ORG_AGGREGATE, 'tinh');
    const [stored] = await collect(sqlite.readStream('org-tinh'));
    streams.appended(ORG_AGGREGATE, 'tinh', kept, [{ ...stored, revision: 3 }]);
    await expect(streams.load(ORG_AGGREGATE, 'tinh')).resolves.toMatchObject({ revision: 0 });
  });

  it('drops the least recently used stream when full', async () => {
    const streams = new FoldedStreams(store, 2);
    for (const id of ['a', 'b', 'c']) {
      await sqlite.append(`org-${id}`, [established()], 'no_stream');
      await streams.load(ORG_AGGREGATE, id);
    }
    reads.length = 0;
    await streams.load(ORG_AGGREGATE, 'a');
    expect(reads).toEqual([{ streamId: 'org-a', from: 0 }]);
  });
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
