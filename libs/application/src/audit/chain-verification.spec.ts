import { GENESIS_HASH } from '@memberflow/event-store';
import {
  checkStream,
  rootHash,
  verifyStore,
  type BrokenEvent,
  type VerificationUpdate,
} from './chain-verification';
import { chained, MemoryStore, rehash } from './memory-store.testing';

/** Two interleaved streams: a (5 events) and b (3 events). */
function twoStreams() {
  return chained([
    { streamId: 'a', type: 'T' },
    { streamId: 'b', type: 'T' },
    { streamId: 'a', type: 'T' },
    { streamId: 'a', type: 'T' },
    { streamId: 'b', type: 'T' },
    { streamId: 'a', type: 'T' },
    { streamId: 'b', type: 'T' },
    { streamId: 'a', type: 'T' },
  ]);
}

async function run(store: MemoryStore): Promise<VerificationUpdate[]> {
  const updates: VerificationUpdate[] = [];
  for await (const update of verifyStore(store, { progressEvery: 3 })) updates.push(update);
  return updates;
}

function brokenOf(updates: VerificationUpdate[]): BrokenEvent[] {
  return updates.flatMap((u) => (u.kind === 'broken' ? [u.firstBad] : []));
}

function doneOf(updates: VerificationUpdate[]) {
  const done = updates[updates.length - 1];
  if (done.kind !== 'done') throw new Error('no done update');
  return done;
}

describe('checkStream', () => {
  it('accepts an untouched stream and returns its head hash', async () => {
    const events = twoStreams();
    const check = await checkStream(new MemoryStore(events), 'a');
    expect(check).toEqual({ ok: true, streamId: 'a', count: 5, headHash: events[7].hash });
  });

  it('answers undefined for a stream the store does not know', async () => {
    expect(await checkStream(new MemoryStore(twoStreams()), 'zzz')).toBeUndefined();
  });

  it('names an edited event by its revision and id (hash_mismatch)', async () => {
    const events = twoStreams();
    events[3] = { ...events[3], data: { n: 999 } }; // a#2
    const check = await checkStream(new MemoryStore(events), 'a');
    expect(check).toMatchObject({
      ok: false,
      count: 2,
      firstBad: { revision: 2, eventId: 'a-e2', reason: 'hash_mismatch', position: '4' },
    });
  });

  it('detects an edit of the metadata or the record time alone', async () => {
    for (const edit of [
      { metadata: { ...twoStreams()[2].metadata, reason: 'rewritten' } },
      { recordedAt: '2020-01-01T00:00:00.000Z' },
    ]) {
      const events = twoStreams();
      events[2] = { ...events[2], ...edit }; // a#1
      const check = await checkStream(new MemoryStore(events), 'a');
      expect(check).toMatchObject({
        ok: false,
        firstBad: { revision: 1, reason: 'hash_mismatch' },
      });
    }
  });

  it('names the successor when an edited event was re-hashed (broken_link)', async () => {
    const events = twoStreams();
    events[3] = rehash({ ...events[3], data: { n: 999 } }); // a#2 rewritten with a fresh hash
    const check = await checkStream(new MemoryStore(events), 'a');
    expect(check).toMatchObject({
      ok: false,
      firstBad: { revision: 3, eventId: 'a-e3', reason: 'broken_link' },
    });
  });

  it('names the deleted revision (missing_event) and the event found in its place', async () => {
    const events = twoStreams().filter((event) => event.eventId !== 'a-e2');
    const check = await checkStream(new MemoryStore(events), 'a');
    expect(check).toMatchObject({
      ok: false,
      count: 2,
      firstBad: { revision: 2, eventId: 'a-e3', reason: 'missing_event' },
    });
  });

  it('names a deleted first event', async () => {
    const events = twoStreams().filter((event) => event.eventId !== 'a-e0');
    const check = await checkStream(new MemoryStore(events), 'a');
    expect(check).toMatchObject({ ok: false, firstBad: { revision: 0, reason: 'missing_event' } });
  });

  it('detects a deleted tail from the head the store records (missing_tail)', async () => {
    const all = twoStreams();
    const store = new MemoryStore(all.filter((event) => event.eventId !== 'a-e4'));
    store.heads.set('a', 4);
    const check = await checkStream(store, 'a');
    expect(check).toMatchObject({
      ok: false,
      count: 4,
      firstBad: { revision: 4, reason: 'missing_tail' },
    });
  });

  it('detects a stream whose every event was deleted', async () => {
    const store = new MemoryStore(twoStreams().filter((event) => event.streamId !== 'b'));
    store.heads.set('b', 2);
    expect(await checkStream(store, 'b')).toMatchObject({
      ok: false,
      count: 0,
      firstBad: { revision: 0, reason: 'missing_tail' },
    });
  });

  it('names the event moved to an earlier revision when two are swapped (broken_link)', async () => {
    const events = twoStreams();
    // a#1 (position 3) and a#2 (position 4) swap their revision numbers.
    events[2] = { ...events[2], revision: 2 };
    events[3] = { ...events[3], revision: 1 };
    const check = await checkStream(new MemoryStore(events), 'a');
    expect(check).toMatchObject({
      ok: false,
      firstBad: { revision: 1, eventId: 'a-e2', reason: 'broken_link' },
    });
  });

  it('names the event whose global position went before its predecessor (out_of_order)', async () => {
    const events = twoStreams();
    // a#1 (position 3) and a#2 (position 4) swap positions: the chain reads fine by revision.
    events[2] = { ...events[2], position: 4n };
    events[3] = { ...events[3], position: 3n };
    const check = await checkStream(new MemoryStore(events), 'a');
    expect(check).toMatchObject({
      ok: false,
      firstBad: { revision: 2, eventId: 'a-e2', reason: 'out_of_order' },
    });
  });

  it('refuses a first event that does not link to the genesis hash', async () => {
    const events = twoStreams();
    events[0] = rehash({ ...events[0], prevHash: 'f'.repeat(64) });
    expect(await checkStream(new MemoryStore(events), 'a')).toMatchObject({
      ok: false,
      firstBad: { revision: 0, reason: 'broken_link' },
    });
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });
});

describe('verifyStore', () => {
  it('verifies every stream, reports progress, and ends with the root over the stream heads', async () => {
    const events = twoStreams();
    const updates = await run(new MemoryStore(events));
    expect(updates[0]).toEqual({ kind: 'start', headPosition: 8n });
    expect(
      updates.filter((u) => u.kind === 'progress').map((u) => u.kind === 'progress' && u.events),
    ).toEqual([3, 6, 8]);
    expect(doneOf(updates)).toMatchObject({
      ok: true,
      events: 8,
      streams: 2,
      brokenStreams: 0,
      headPosition: 8n,
      rootHash: rootHash([
        { streamId: 'a', revision: 4, hash: events[7].hash },
        { streamId: 'b', revision: 2, hash: events[6].hash },
      ]),
    });
  });

  it('names the first bad event of each broken stream, in stream order, and no root', async () => {
    const events = twoStreams();
    events[2] = { ...events[2], revision: 2 }; // a: revisions 1 and 2 swapped
    events[3] = { ...events[3], revision: 1 };
    events[4] = { ...events[4], data: 'edited' }; // b#1
    const updates = await run(new MemoryStore(events));
    expect(brokenOf(updates)).toEqual([
      expect.objectContaining({
        streamId: 'a',
        revision: 1,
        eventId: 'a-e2',
        reason: 'broken_link',
      }),
      expect.objectContaining({
        streamId: 'b',
        revision: 1,
        eventId: 'b-e1',
        reason: 'hash_mismatch',
      }),
    ]);
    const done = doneOf(updates);
    expect(done).toMatchObject({ ok: false, brokenStreams: 2, streams: 2, events: 8 });
    expect(done.rootHash).toBeUndefined();
  });

  it('finds a deleted tail after the pass', async () => {
    const store = new MemoryStore(twoStreams().filter((event) => event.eventId !== 'b-e2'));
    store.heads.set('b', 2);
    expect(brokenOf(await run(store))).toEqual([
      expect.objectContaining({ streamId: 'b', revision: 2, reason: 'missing_tail' }),
    ]);
  });

  it('leaves events appended after the start to the next run', async () => {
    const events = twoStreams();
    const store = new MemoryStore(events.slice(0, 6));
    const updates: VerificationUpdate[] = [];
    for await (const update of verifyStore(store)) {
      updates.push(update);
      if (update.kind === 'start') {
        store.events = events; // two appends land while the check runs
        for (const event of events) store.heads.set(event.streamId, event.revision);
      }
    }
    expect(doneOf(updates)).toMatchObject({ ok: true, events: 6, headPosition: 6n });
  });

  it('verifies up to a given position (an earlier digest)', async () => {
    const events = twoStreams();
    const updates: VerificationUpdate[] = [];
    for await (const update of verifyStore(new MemoryStore(events), { upTo: 5n }))
      updates.push(update);
    expect(doneOf(updates)).toMatchObject({
      ok: true,
      events: 5,
      rootHash: rootHash([
        { streamId: 'a', revision: 2, hash: events[3].hash },
        { streamId: 'b', revision: 1, hash: events[4].hash },
      ]),
    });
  });

  it('stops when aborted', async () => {
    const aborted = new AbortController();
    aborted.abort();
    const iterate = async () => {
      for await (const update of verifyStore(new MemoryStore(twoStreams()), {
        signal: aborted.signal,
      })) {
        void update;
      }
    };
    await expect(iterate()).rejects.toThrow();
  });
});

describe('rootHash', () => {
  it('does not depend on the order the heads are given in, and changes with any head', () => {
    const heads = [
      { streamId: 'b', revision: 1, hash: 'x' },
      { streamId: 'a', revision: 0, hash: 'y' },
    ];
    expect(rootHash(heads)).toBe(rootHash([...heads].reverse()));
    expect(rootHash(heads)).not.toBe(rootHash([heads[0], { ...heads[1], hash: 'z' }]));
    expect(rootHash(heads)).toMatch(/^[0-9a-f]{64}$/);
  });
});
