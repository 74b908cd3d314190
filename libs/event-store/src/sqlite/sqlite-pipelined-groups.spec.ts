import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import {
  StoreUnavailableError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  type StoredEvent,
} from '../event-store.port';
import { verifyStream } from '../hash-chain';
import { openSqliteEventStore, type SqliteEventStore } from './sqlite-event-store';
import { testEvent as newEvent } from '../testing';

/**
 * Groups pipelined to the writer thread (ADR 0007): appends issued in one turn of the event loop are
 * cut into groups of at most 8, two of them out on the thread at once.
 */

interface Call {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expected: ExpectedRevision;
}

const call = (streamId: string, expected: ExpectedRevision = 'any'): Call => ({
  streamId,
  events: [newEvent()],
  expected,
});

/** Appends them all in the same turn, as concurrent callers would. */
function appendTogether(
  store: SqliteEventStore,
  calls: readonly Call[],
): Promise<PromiseSettledResult<AppendResult>[]> {
  return Promise.allSettled(calls.map((c) => store.append(c.streamId, c.events, c.expected)));
}

async function readAll(store: SqliteEventStore): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

/** Every stream's hash chain holds, and positions rise with revisions in each stream. */
async function expectIntact(store: SqliteEventStore): Promise<StoredEvent[]> {
  const events = await readAll(store);
  const positions = events.map((event) => event.position);
  expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
  for (const streamId of new Set(events.map((event) => event.streamId))) {
    await expect(verifyStream(store.readStream(streamId))).resolves.toMatchObject({ ok: true });
  }
  return events;
}

/** The writer thread's worker, to kill it as a crash would. */
function writerWorker(store: SqliteEventStore): Worker {
  const worker = Reflect.get(Reflect.get(store, 'writerThread') as object, 'worker') as
    Worker | undefined;
  if (worker === undefined) throw new Error('no writer thread is running');
  return worker;
}

describe('SQLite store: groups pipelined to the writer thread', () => {
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'memberflow-pipeline-'));
    store = await openSqliteEventStore({ file: join(dir, 'events.db') });
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps positions and every hash chain in the order the groups were handed over', async () => {
    const calls = Array.from({ length: 40 }, (_, index) => call(`member-${index % 5}`));
    const settled = await appendTogether(store, calls);
    const results = settled.map((outcome) => {
      if (outcome.status === 'rejected') throw outcome.reason;
      return outcome.value;
    });
    expect(results.map((result) => result.position)).toEqual(
      Array.from({ length: 40 }, (_, index) => BigInt(index + 1)),
    );
    const events = await expectIntact(store);
    expect(events.map((event) => event.eventId)).toEqual(calls.map((c) => c.events[0].eventId));
  });

  it('answers a conflict in one group alone: the appends of both groups around it are written', async () => {
    await store.append('member-x', [newEvent()], 'no_stream');
    const calls = Array.from({ length: 16 }, (_, index) =>
      index === 3 ? call('member-x', 5) : call(`member-${index}`, 'no_stream'),
    );
    const settled = await appendTogether(store, calls);
    expect(settled.map((outcome) => outcome.status)).toEqual(
      calls.map((_, index) => (index === 3 ? 'rejected' : 'fulfilled')),
    );
    expect((settled[3] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    await expectIntact(store);
  });

  it('checks an append of the second group against the head the first group left', async () => {
    const calls = Array.from({ length: 16 }, (_, index) => call(`member-${index}`, 'no_stream'));
    calls[1] = call('shared', 'no_stream'); // first group
    calls[9] = call('shared', 'no_stream'); // second group: the stream exists by then
    calls[10] = call('shared', 0); // second group, after the first's append
    const settled = await appendTogether(store, calls);
    expect(settled[1]).toMatchObject({ status: 'fulfilled', value: { nextRevision: 0 } });
    expect(settled[9].status).toBe('rejected');
    expect((settled[9] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(settled[10]).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1 } });
    await expect(store.streamRevision('shared')).resolves.toBe(1);
    await expectIntact(store);
  });

  it('fails the appends out on a thread that dies, writes the next on a new one, damages nothing', async () => {
    const calls = Array.from({ length: 16 }, (_, index) => call(`member-${index}`, 'no_stream'));
    const appending = appendTogether(store, calls);
    await new Promise((resolve) => setImmediate(resolve)); // both groups handed to the thread
    await writerWorker(store).terminate();
    const settled = await appending;
    for (const outcome of settled) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
    }
    // Whether the thread committed before it died is unknown to the caller: a retry with the same
    // event ids is written once, or recognized as written.
    const retried = await appendTogether(store, calls);
    expect(retried.map((outcome) => outcome.status)).toEqual(calls.map(() => 'fulfilled'));
    const events = await expectIntact(store);
    expect(events).toHaveLength(16);
  });

  it('writes every append it accepted before it closes', async () => {
    const calls = Array.from({ length: 24 }, (_, index) => call(`member-${index % 3}`));
    const appending = appendTogether(store, calls);
    await store.close();
    expect((await appending).map((outcome) => outcome.status)).toEqual(
      calls.map(() => 'fulfilled'),
    );
    store = await openSqliteEventStore({ file: join(dir, 'events.db') });
    await expect(expectIntact(store)).resolves.toHaveLength(24);
  });

  it('answers concurrent appends as if each were made alone, one after the other, in call order', async () => {
    const expectedRevision = fc.oneof(
      fc.constant<ExpectedRevision>('any'),
      fc.constant<ExpectedRevision>('no_stream'),
      fc.integer({ min: 0, max: 3 }),
    );
    const calls = fc.array(
      fc.record({
        stream: fc.integer({ min: 0, max: 3 }),
        expected: expectedRevision,
        events: fc.integer({ min: 1, max: 2 }),
      }),
      { minLength: 1, maxLength: 40 },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(calls, async (drawn) => {
        const file = join(dir, `property-${run++}.db`);
        const tried = await openSqliteEventStore({ file });
        try {
          const made: Call[] = drawn.map(({ stream, expected, events }) => ({
            streamId: `member-${stream}`,
            events: Array.from({ length: events }, newEvent),
            expected,
          }));
          const settled = await appendTogether(tried, made);
          // The model: each append alone, in call order.
          const revisions = new Map<string, number>();
          let position = 0n;
          made.forEach((c, index) => {
            const actual = revisions.get(c.streamId);
            const matches =
              c.expected === 'any' ||
              (c.expected === 'no_stream' ? actual === undefined : actual === c.expected);
            const outcome = settled[index];
            if (!matches) {
              expect(outcome.status).toBe('rejected');
              expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(
                WrongExpectedRevisionError,
              );
              return;
            }
            const next = (actual ?? -1) + c.events.length;
            position += BigInt(c.events.length);
            revisions.set(c.streamId, next);
            expect(outcome).toMatchObject({
              status: 'fulfilled',
              value: { nextRevision: next, position },
            });
          });
          await expectIntact(tried);
        } finally {
          await tried.close();
        }
      }),
      { numRuns: 20 },
    );
  });
});
