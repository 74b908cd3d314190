import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  DuplicateEventIdError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type EventToAppend,
  type StoredEvent,
} from '../event-store.port';
import { GENESIS_HASH, canonicalJson, computeEventHash, verifyStream } from '../hash-chain';
import { MigrationConflictError, isMigrationTarget } from '../migration/migration-target';
import { eachEvent } from '../testing';

/** A fresh, empty store for one test, and how to get rid of it (close it and delete what it wrote). */
export type OpenStore = () => Promise<{ store: EventStore; destroy(): Promise<void> }>;

export interface ContractOptions {
  /**
   * Runs the 100,000-event stream test (about 6 s on SQLite and 12 s on PostgreSQL on a 2-core machine).
   * Default: `MEMBERFLOW_TEST_HEAVY=1` in the environment.
   */
  readonly heavy?: boolean;
  /**
   * Whether the store finds a stored event id wherever it is: in another stream (DuplicateEventIdError)
   * or at another place of the same stream. Default true. EventStoreDB keeps no index by event id, so the
   * two tests that need one are skipped for it, and say so in their names.
   */
  readonly findsAnyEventId?: boolean;
  /**
   * Whether appends issued in the same turn of the event loop are decided in the order they were issued
   * (the SQL stores queue them for group commit, ADR 0004). Default true. A store whose client sends
   * them concurrently over the network (EventStoreDB) may take them in any order, so the one test that
   * needs the order is skipped for it.
   */
  readonly keepsSubmissionOrder?: boolean;
}

const metadata: EventMetadata = {
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  actor: { id: 'officer-1', role: 'officer', orgId: 'org-1' },
  occurredOn: '2025-03-01',
};

function event(data: unknown = {}, overrides: Partial<EventToAppend> = {}): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'TestRecorded',
    schemaVersion: 1,
    data,
    metadata,
    ...overrides,
  };
}

function events(count: number, data: (index: number) => unknown = (n) => ({ n })): EventToAppend[] {
  return Array.from({ length: count }, (_, index) => event(data(index)));
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Appends `count` events to one stream in batches; returns them in order. */
async function fill(
  store: EventStore,
  streamId: string,
  count: number,
  batch = 200,
): Promise<EventToAppend[]> {
  const written: EventToAppend[] = [];
  while (written.length < count) {
    const next = events(Math.min(batch, count - written.length), (n) => ({
      n: written.length + n,
    }));
    await store.append(streamId, next, written.length === 0 ? 'no_stream' : written.length - 1);
    written.push(...next);
  }
  return written;
}

/** An append's result without the stored events some adapters return with it. */
function summary({ nextRevision, position, written }: AppendResult) {
  return { nextRevision, position, written };
}

async function first<T>(iterable: AsyncIterable<T>): Promise<T | undefined> {
  for await (const item of iterable) return item;
  return undefined;
}

const ids = (list: readonly { eventId: string }[]): string[] => list.map((e) => e.eventId);
const revisions = (list: readonly StoredEvent[]): number[] => list.map((e) => e.revision);
const range = (from: number, to: number, step = 1): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

/**
 * Subscribes after `after` and gathers events until `count` arrived or `timeoutMs` passed; `onEvent`
 * runs after each one (e.g. to append more once the catch-up is done).
 */
async function gather(
  store: EventStore,
  {
    after,
    count,
    timeoutMs = 10_000,
    onEvent,
  }: {
    after?: bigint;
    count: number;
    timeoutMs?: number;
    onEvent?: (event: StoredEvent, received: number) => Promise<void> | void;
  },
): Promise<StoredEvent[]> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const received: StoredEvent[] = [];
  for await (const stored of eachEvent(store.subscribeAll({ after, signal: timeout }))) {
    received.push(stored);
    await onEvent?.(stored, received.length);
    if (received.length >= count) break;
  }
  return received;
}

export function describeEventStoreContract(
  name: string,
  open: OpenStore,
  options: ContractOptions = {},
): void {
  const heavy = options.heavy ?? process.env.MEMBERFLOW_TEST_HEAVY === '1';
  const findsAnyEventId = options.findsAnyEventId ?? true;
  const keepsSubmissionOrder = options.keepsSubmissionOrder ?? true;
  const inSubmissionOrder = keepsSubmissionOrder ? it : it.skip;
  const unordered = keepsSubmissionOrder
    ? ''
    : ' [skipped: this store may take appends issued together in any order]';
  const needsEventIdIndex = findsAnyEventId ? it : it.skip;
  const noIndex = findsAnyEventId ? '' : ' [skipped: this store has no index by event id]';

  describe(`${name} event store (contract)`, () => {
    let store: EventStore;
    let destroy: () => Promise<void>;

    beforeEach(async () => {
      ({ store, destroy } = await open());
    });

    afterEach(async () => {
      await destroy();
    });

    describe('append', () => {
      it('creates a stream with no_stream and numbers its events from revision 0', async () => {
        const batch = events(3);
        const result = await store.append('member-1', batch, 'no_stream');

        const stored = await collect(store.readStream('member-1'));
        expect(ids(stored)).toEqual(ids(batch));
        expect(revisions(stored)).toEqual([0, 1, 2]);
        expect(summary(result)).toEqual({
          nextRevision: 2,
          position: stored[2].position,
          written: true,
        });
        // When the adapter returns what it stored, it is what a read gives back.
        if (result.events !== undefined) expect(result.events).toEqual(stored);
        await expect(store.streamRevision('member-1')).resolves.toBe(2);
        await expect(store.headPosition()).resolves.toBe(stored[2].position);
      });

      it('answers the revisions of several streams at once, when it offers to', async () => {
        if (store.streamRevisions === undefined) return; // optional: callers use streamRevision
        await store.append('member-1', events(3), 'no_stream');
        await store.append('member-2', events(1), 'no_stream');
        const revisions = await store.streamRevisions(['member-1', 'member-none', 'member-2']);
        expect(new Map(revisions)).toEqual(
          new Map([
            ['member-1', 2],
            ['member-2', 0],
          ]),
        );
        await expect(store.streamRevisions([])).resolves.toEqual(new Map());
      });

      it('reports an empty store and a stream that does not exist', async () => {
        await expect(store.headPosition()).resolves.toBe(0n);
        await expect(store.streamRevision('member-none')).resolves.toBeUndefined();
        await expect(collect(store.readStream('member-none'))).resolves.toEqual([]);
      });

      it('appends when the expected revision is the stream’s current one', async () => {
        await store.append('member-1', events(2), 'no_stream');
        const result = await store.append('member-1', events(1), 1);
        expect(result).toMatchObject({ nextRevision: 2, written: true });
      });

      it('appends with any, whether or not the stream exists', async () => {
        await expect(store.append('member-1', events(1), 'any')).resolves.toMatchObject({
          nextRevision: 0,
        });
        await expect(store.append('member-1', events(2), 'any')).resolves.toMatchObject({
          nextRevision: 2,
        });
      });

      it('refuses no_stream when the stream exists, naming the actual revision', async () => {
        await store.append('member-1', events(1), 'no_stream');
        const append = store.append('member-1', events(1), 'no_stream');
        await expect(append).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(append).rejects.toMatchObject({
          streamId: 'member-1',
          expected: 'no_stream',
          actual: 0,
        });
      });

      it('refuses a stale expected revision, naming the actual one', async () => {
        await store.append('member-1', events(2), 'no_stream');
        const append = store.append('member-1', events(1), 0);
        await expect(append).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(append).rejects.toMatchObject({ expected: 0, actual: 1 });
      });

      it('refuses an expected revision for a stream that does not exist', async () => {
        const append = store.append('member-1', events(1), 0);
        await expect(append).rejects.toMatchObject({
          name: 'WrongExpectedRevisionError',
          actual: undefined,
        });
      });

      it('writes nothing from a refused batch', async () => {
        await store.append('member-1', events(1), 'no_stream');
        const head = await store.headPosition();
        await expect(store.append('member-1', events(3), 5)).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        await expect(store.headPosition()).resolves.toBe(head);
        await expect(store.streamRevision('member-1')).resolves.toBe(0);
      });

      it('never lets a refused append block later appends to the stream', async () => {
        await store.append('member-1', events(1), 'no_stream');
        const stale = store.append('member-1', events(1), 'no_stream');
        const current = store.append('member-1', events(1), 0);
        await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(current).resolves.toMatchObject({ nextRevision: 1 });
        await expect(store.append('member-1', events(1), 1)).resolves.toMatchObject({
          nextRevision: 2,
        });
      });

      it('refuses an empty batch and an event id repeated within the batch', async () => {
        await expect(store.append('member-1', [], 'any')).rejects.toBeInstanceOf(RangeError);
        const twice = event();
        await expect(store.append('member-1', [twice, twice], 'any')).rejects.toBeInstanceOf(
          RangeError,
        );
        await expect(store.streamRevision('member-1')).resolves.toBeUndefined();
      });
    });

    describe('idempotent retry', () => {
      it('treats re-appending the same events as a no-op that returns the original result', async () => {
        const batch = events(2);
        const first = await store.append('member-1', batch, 'no_stream');
        const retry = await store.append('member-1', batch, 'no_stream');
        expect(retry).toEqual({ ...summary(first), written: false });
        await expect(collect(store.readAll())).resolves.toHaveLength(2);
      });

      it('recognizes the retry after the stream has moved on', async () => {
        await store.append('member-1', events(1), 'no_stream');
        const batch = events(2);
        const first = await store.append('member-1', batch, 0);
        await store.append('member-1', events(3), 2);
        await expect(store.append('member-1', batch, 0)).resolves.toEqual({
          ...summary(first),
          written: false,
        });
        await expect(store.append('member-1', batch, 'any')).resolves.toEqual({
          ...summary(first),
          written: false,
        });
        await expect(store.streamRevision('member-1')).resolves.toBe(5);
      });

      it('treats a batch that overlaps stored events only in part as a conflict', async () => {
        const [a, b, c] = events(3);
        await store.append('member-1', [a, b], 'no_stream');
        await expect(store.append('member-1', [b, c], 1)).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        await expect(store.append('member-1', [b, a], 'any')).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        await expect(collect(store.readAll())).resolves.toHaveLength(2);
      });

      needsEventIdIndex(
        `treats the same events expected at another place as a conflict${noIndex}`,
        async () => {
          const first = event();
          await store.append('member-1', [first], 'no_stream');
          await store.append('member-1', events(1), 0);
          await expect(store.append('member-1', [first], 1)).rejects.toBeInstanceOf(
            WrongExpectedRevisionError,
          );
        },
      );

      needsEventIdIndex(
        `refuses an event id already stored in another stream${noIndex}`,
        async () => {
          const shared = event();
          await store.append('member-1', [shared], 'no_stream');
          const append = store.append('member-2', [shared], 'no_stream');
          await expect(append).rejects.toBeInstanceOf(DuplicateEventIdError);
          await expect(append).rejects.toMatchObject({
            eventId: shared.eventId,
            existingStreamId: 'member-1',
          });
          await expect(store.streamRevision('member-2')).resolves.toBeUndefined();
        },
      );
    });

    describe('appends arriving together (group commit, ADR 0004)', () => {
      /** Appends issued in the same turn of the event loop: a batching adapter writes them as one group. */
      const together = (...appends: (() => Promise<AppendResult>)[]) =>
        Promise.allSettled(appends.map((append) => append()));
      const rejection = (settled: PromiseSettledResult<AppendResult>) =>
        settled.status === 'rejected' ? settled.reason : undefined;

      it('answers each append on its own: a conflict fails alone and the others are written', async () => {
        await store.append('member-0', events(2), 'no_stream');
        const [a, b, c] = [events(1), events(2), events(1)];
        const settled = await together(
          () => store.append('member-1', a, 'no_stream'),
          () => store.append('member-0', events(1), 0), // stale: member-0 is at revision 1
          () => store.append('member-2', b, 'no_stream'),
          () => store.append('member-3', events(1), 4), // no such stream
          () => store.append('member-0', c, 1),
        );
        expect(settled.map((result) => result.status)).toEqual([
          'fulfilled',
          'rejected',
          'fulfilled',
          'rejected',
          'fulfilled',
        ]);
        expect(rejection(settled[1])).toMatchObject({ expected: 0, actual: 1 });
        expect(rejection(settled[3])).toBeInstanceOf(WrongExpectedRevisionError);
        expect(ids(await collect(store.readStream('member-1')))).toEqual(ids(a));
        expect(ids(await collect(store.readStream('member-2')))).toEqual(ids(b));
        expect(revisions(await collect(store.readStream('member-0')))).toEqual([0, 1, 2]);
        await expect(store.streamRevision('member-3')).resolves.toBeUndefined();
        const all = await collect(store.readAll());
        expect(all).toHaveLength(2 + 1 + 2 + 1);
        all
          .slice(1)
          .forEach((stored, i) => expect(stored.position).toBeGreaterThan(all[i].position));
        for (const streamId of ['member-0', 'member-1', 'member-2']) {
          await expect(verifyStream(store.readStream(streamId))).resolves.toMatchObject({
            ok: true,
          });
        }
      });

      inSubmissionOrder(
        `orders two appends to one stream as if one came after the other${unordered}`,
        async () => {
          const [first, second, stale] = [events(2), events(1), events(1)];
          const settled = await together(
            () => store.append('member-1', first, 'no_stream'),
            () => store.append('member-1', second, 1),
            () => store.append('member-1', stale, 'no_stream'),
          );
          expect(settled.map((result) => result.status)).toEqual([
            'fulfilled',
            'fulfilled',
            'rejected',
          ]);
          expect(rejection(settled[2])).toMatchObject({ expected: 'no_stream', actual: 2 });
          const stored = await collect(store.readStream('member-1'));
          expect(ids(stored)).toEqual(ids([...first, ...second]));
          await expect(verifyStream(store.readStream('member-1'))).resolves.toMatchObject({
            ok: true,
            count: 3,
          });
        },
      );

      it('recognizes an idempotent retry arriving with the original: written once, same answer', async () => {
        const batch = events(2);
        const settled = await together(
          () => store.append('member-1', batch, 'no_stream'),
          () => store.append('member-1', batch, 'no_stream'),
          () => store.append('member-2', events(1), 'no_stream'),
        );
        const results = settled.slice(0, 2).map((result) => {
          if (result.status === 'rejected') throw result.reason;
          return result.value;
        });
        // Whichever of the two the store took first wrote; the other is answered as a retry.
        const original = results.find((result) => result.written);
        const retry = results.find((result) => !result.written);
        expect(original && summary(original)).toMatchObject({ nextRevision: 1, written: true });
        expect(retry && summary(retry)).toEqual({
          ...summary(original as AppendResult),
          written: false,
        });
        expect(ids(await collect(store.readStream('member-1')))).toEqual(ids(batch));
        await expect(collect(store.readAll())).resolves.toHaveLength(3);
      });

      needsEventIdIndex(
        `refuses an event id that another append of the group stores in another stream${noIndex}`,
        async () => {
          const shared = event();
          const settled = await together(
            () => store.append('member-1', [shared], 'no_stream'),
            () => store.append('member-2', [shared], 'no_stream'),
            () => store.append('member-3', events(1), 'no_stream'),
          );
          expect(settled.map((result) => result.status)).toEqual([
            'fulfilled',
            'rejected',
            'fulfilled',
          ]);
          expect(rejection(settled[1])).toBeInstanceOf(DuplicateEventIdError);
          await expect(store.streamRevision('member-2')).resolves.toBeUndefined();
          await expect(store.streamRevision('member-3')).resolves.toBe(0);
        },
      );

      it('fails an append whose data cannot be stored without failing the others', async () => {
        const good = events(1);
        const settled = await together(
          () => store.append('member-1', [event({ score: Number.NaN })], 'no_stream'),
          () => store.append('member-2', good, 'no_stream'),
        );
        expect(rejection(settled[0])).toBeInstanceOf(TypeError);
        expect(settled[1].status).toBe('fulfilled');
        await expect(store.streamRevision('member-1')).resolves.toBeUndefined();
        expect(ids(await collect(store.readStream('member-2')))).toEqual(ids(good));
      });
    });

    describe('readStream', () => {
      it('reads forwards across pages, from a revision, up to a limit', async () => {
        const written = await fill(store, 'member-1', 1234);
        await store.append('member-2', events(5), 'no_stream');

        const all = await collect(store.readStream('member-1'));
        expect(ids(all)).toEqual(ids(written));
        expect(revisions(all)).toEqual(range(0, 1233));
        expect(
          revisions(await collect(store.readStream('member-1', { from: 600, limit: 700 }))),
        ).toEqual(range(600, 1233));
        expect(
          revisions(await collect(store.readStream('member-1', { from: 10, limit: 5 }))),
        ).toEqual(range(10, 14));
        await expect(collect(store.readStream('member-1', { from: 1234 }))).resolves.toEqual([]);
      });

      it('reads backwards across pages, from a revision, up to a limit', async () => {
        await fill(store, 'member-1', 1234);

        const backwards = (options: { from?: number; limit?: number }): Promise<StoredEvent[]> =>
          collect(store.readStream('member-1', { ...options, direction: 'backwards' }));
        expect(revisions(await backwards({}))).toEqual(range(0, 1233).reverse());
        expect(revisions(await backwards({ from: 700, limit: 600 }))).toEqual(
          range(101, 700).reverse(),
        );
        expect(revisions(await backwards({ from: 5000, limit: 2 }))).toEqual([1233, 1232]);
        expect(revisions(await backwards({ from: 0 }))).toEqual([0]);
      });
    });

    describe('readAll', () => {
      it('reads all streams in global position order from any position', async () => {
        const appended: EventToAppend[] = [];
        for (let round = 0; round < 40; round += 1) {
          for (const stream of ['member-a', 'member-b', 'org-1']) {
            const batch = events(10);
            await store.append(stream, batch, 'any');
            appended.push(...batch);
          }
        }

        const all = await collect(store.readAll());
        expect(ids(all)).toEqual(ids(appended));
        all
          .slice(1)
          .forEach((stored, i) => expect(stored.position).toBeGreaterThan(all[i].position));

        const middle = all[517].position;
        expect(ids(await collect(store.readAll({ after: middle })))).toEqual(ids(all.slice(518)));
        expect(ids(await collect(store.readAll({ after: middle, limit: 3 })))).toEqual(
          ids(all.slice(518, 521)),
        );
        await expect(collect(store.readAll({ after: all[1199].position }))).resolves.toEqual([]);
      });
    });

    describe('subscribeAll', () => {
      it('continues from a stored position through catch-up into live without gap or duplicate', async () => {
        const stored = [
          ...(await fill(store, 'member-1', 30)),
          ...(await fill(store, 'member-2', 600)),
        ];
        const checkpoint = (await collect(store.readAll({ limit: 10 })))[9].position;
        const live: EventToAppend[] = [];

        const received = await gather(store, {
          after: checkpoint,
          count: stored.length - 10 + 40,
          onEvent: async (_event, count) => {
            if (count === stored.length - 10) {
              for (let i = 0; i < 4; i += 1) {
                const batch = events(10);
                await store.append(`member-live-${i}`, batch, 'no_stream');
                live.push(...batch);
              }
            }
          },
        });

        expect(ids(received)).toEqual(ids([...stored.slice(10), ...live]));
      });

      it('hands the events over in pages, none empty, each going on where the last ended', async () => {
        const stored = await fill(store, 'member-1', 1_200);
        const pages: (readonly StoredEvent[])[] = [];
        let seen = 0;
        for await (const page of store.subscribeAll({ signal: AbortSignal.timeout(10_000) })) {
          pages.push(page);
          seen += page.length;
          if (seen >= stored.length) break;
        }
        expect(pages.every((page) => page.length > 0)).toBe(true);
        const positions = pages.flat().map((event) => event.position);
        expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(new Set(positions).size).toBe(positions.length);
        expect(ids(pages.flat())).toEqual(ids(stored));
      });

      it('delivers appends made after it started waiting', async () => {
        const receiving = gather(store, { count: 3 });
        await new Promise((resolve) => setTimeout(resolve, 50));
        const batch = events(3);
        await store.append('member-1', batch, 'no_stream');
        expect(ids(await receiving)).toEqual(ids(batch));
      });

      it('resumes after the consumer stops, from the last position it handled', async () => {
        const written = await fill(store, 'member-1', 20);
        const first = await gather(store, { count: 5 });
        const more = events(7);
        await store.append('member-1', more, 19);

        const rest = await gather(store, { after: first[4].position, count: 22 });
        expect(ids([...first, ...rest])).toEqual(ids([...written, ...more]));
      });

      it('ends when aborted while waiting for events', async () => {
        const controller = new AbortController();
        await store.append('member-1', events(1), 'no_stream');
        const started = Date.now();
        const consuming = collect(eachEvent(store.subscribeAll({ signal: controller.signal })));
        setTimeout(() => controller.abort(), 50);
        await expect(consuming).resolves.toHaveLength(1);
        expect(Date.now() - started).toBeLessThan(2_000);
      });

      it('ends when the store is closed', async () => {
        const consuming = collect(eachEvent(store.subscribeAll()));
        await new Promise((resolve) => setTimeout(resolve, 20));
        await store.close();
        await expect(consuming).resolves.toEqual([]);
      });
    });

    describe('what is stored', () => {
      it('keeps data and metadata byte for byte, Vietnamese in NFC and NFD forms and emoji included', async () => {
        const nfc = 'Nguyễn Thị Hồng Nhung, Đảng ủy phường Bến Nghé'.normalize('NFC');
        const nfd = nfc.normalize('NFD');
        const data = {
          nfc,
          nfd,
          emoji: '🇻🇳 👨‍👩‍👧‍👦 ✅',
          [nfc.slice(0, 6)]: 'a key in NFC',
          [nfd.slice(0, 8)]: 'a key in NFD',
          numbers: [0, -1, 0.1, 1e21, 2 ** 53 - 1],
          flags: [true, false, null],
          nested: { z: { y: ['x'] }, a: {} },
          escapes: '"quoted" \\ back\nline\ttab \u0000 \u2028',
        };
        const withExtras: EventMetadata = {
          ...metadata,
          reason: nfd,
          documentRef: '125-QĐ/HU'.normalize('NFD'),
          policyVersion: '2025-08',
          rulesPassed: ['R-ADM-AGE', 'R-VOTE-2/3'],
        };
        const original = event(data, {
          metadata: withExtras,
          type: 'CandidateSourced',
          schemaVersion: 3,
        });
        await store.append('member-1', [original], 'no_stream');

        const reads = [
          store.readStream('member-1'),
          store.readAll(),
          eachEvent(store.subscribeAll({ signal: AbortSignal.timeout(2_000) })),
        ];
        for (const read of reads) {
          const stored = await first(read);
          expect(stored).toMatchObject({
            eventId: original.eventId,
            type: 'CandidateSourced',
            schemaVersion: 3,
          });
          if (stored === undefined) throw new Error('the event was not read back');
          expect(stored.data).toEqual(data);
          expect(stored.metadata).toEqual(withExtras);
          expect(Buffer.from(canonicalJson(stored.data))).toEqual(Buffer.from(canonicalJson(data)));
          expect(Buffer.from(canonicalJson(stored.metadata))).toEqual(
            Buffer.from(canonicalJson(withExtras)),
          );
          const storedText = stored.data as typeof data;
          expect(Buffer.from(storedText.nfd)).toEqual(Buffer.from(nfd));
          expect(storedText.nfd).not.toBe(storedText.nfc);
        }
      });

      it('chains each stream’s events by hash from the genesis hash', async () => {
        for (let round = 0; round < 3; round += 1) {
          await store.append('member-1', events(2), 'any');
          await store.append('member-2', events(1), 'any');
        }

        const stream = await collect(store.readStream('member-1'));
        expect(stream[0].prevHash).toBe(GENESIS_HASH);
        stream.forEach((stored, i) => {
          expect(stored.hash).toBe(computeEventHash(stored.prevHash, stored));
          if (i > 0) expect(stored.prevHash).toBe(stream[i - 1].hash);
        });
        await expect(verifyStream(store.readStream('member-1'))).resolves.toEqual({
          ok: true,
          count: 6,
          headHash: stream[5].hash,
        });
        await expect(verifyStream(store.readStream('member-2'))).resolves.toMatchObject({
          ok: true,
          count: 3,
        });
      });

      it('records when it stored each event, in ISO 8601 UTC', async () => {
        const before = new Date().toISOString();
        await store.append('member-1', events(1), 'no_stream');
        const after = new Date().toISOString();
        const [stored] = await collect(store.readStream('member-1'));
        expect(stored.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(stored.recordedAt >= before && stored.recordedAt <= after).toBe(true);
      });
    });

    describe('concurrency', () => {
      it('gives a subscriber every event of 8 concurrent writers exactly once, in position order', async () => {
        const streams = Array.from({ length: 24 }, (_, i) => `member-${i}`);
        const written: EventToAppend[] = [];
        const seen: StoredEvent[] = [];
        const done = new AbortController();
        const subscriber = (async () => {
          for await (const page of store.subscribeAll({ signal: done.signal })) seen.push(...page);
        })();
        const writers = range(0, 7);

        /** Read the revision, append at it, and on a conflict read again: what a command handler does. */
        const writer = async (seed: number): Promise<void> => {
          for (let i = 0; i < 30; i += 1) {
            const streamId = streams[(seed * 7 + i * 5) % streams.length];
            const batch = events(1 + ((seed + i) % 3));
            for (let attempt = 0; ; attempt += 1) {
              const revision = await store.streamRevision(streamId);
              try {
                await store.append(streamId, batch, revision ?? 'no_stream');
                written.push(...batch);
                break;
              } catch (error) {
                if (!(error instanceof WrongExpectedRevisionError) || attempt > 100) throw error;
              }
            }
          }
        };
        try {
          await Promise.all(writers.map((seed) => writer(seed)));
          const deadline = Date.now() + 10_000;
          while (seen.length < written.length && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        } finally {
          done.abort();
          await subscriber;
        }

        const missed = written.length - new Set(ids(seen)).size;
        expect({ missed, duplicates: seen.length - new Set(ids(seen)).size }).toEqual({
          missed: 0,
          duplicates: 0,
        });
        expect(new Set(ids(seen))).toEqual(new Set(ids(written)));
        seen
          .slice(1)
          .forEach((stored, i) => expect(stored.position).toBeGreaterThan(seen[i].position));
        expect(ids(await collect(store.readAll()))).toEqual(ids(seen));
        for (const streamId of streams) {
          const result = await verifyStream(store.readStream(streamId));
          expect(result.ok).toBe(true);
        }
      });
    });

    describe('as a migration target', () => {
      /** Events as another store recorded them: chained, with ids, times and hashes of their own. */
      function recorded(
        streamId: string,
        count: number,
        from: { revision: number; prevHash: string } = { revision: 0, prevHash: GENESIS_HASH },
      ): StoredEvent[] {
        let prevHash = from.prevHash;
        return Array.from({ length: count }, (_, i) => {
          const fields = {
            streamId,
            revision: from.revision + i,
            eventId: randomUUID(),
            type: 'TestRecorded',
            schemaVersion: 2,
            data: { n: from.revision + i, name: 'Lê Văn Tám' },
            metadata: { ...metadata, reason: `bản ghi ${i}` },
            // Years before anything this store could record itself.
            recordedAt: new Date(Date.UTC(2021, 0, 4, 8, 0, i)).toISOString(),
          };
          const hash = computeEventHash(prevHash, fields);
          const event: StoredEvent = { ...fields, position: 1000n + BigInt(i), prevHash, hash };
          prevHash = hash;
          return event;
        });
      }

      const withoutPosition = ({
        position: _,
        ...rest
      }: StoredEvent): Omit<StoredEvent, 'position'> => rest;

      function target() {
        if (!isMigrationTarget(store))
          throw new Error(`${name} does not implement MigrationTarget`);
        return store;
      }

      it('imports recorded events verbatim, in the given order, at positions of its own', async () => {
        const a = recorded('member-a', 4);
        const b = recorded('member-b', 3);
        const batch = [a[0], b[0], a[1], a[2], b[1], b[2], a[3]];
        await target().importRecorded(batch.slice(0, 4));
        await target().importRecorded(batch.slice(4));

        const all = await collect(store.readAll());
        expect(all.map(withoutPosition)).toEqual(batch.map(withoutPosition));
        all
          .slice(1)
          .forEach((stored, i) => expect(stored.position).toBeGreaterThan(all[i].position));
        await expect(verifyStream(store.readStream('member-a'))).resolves.toMatchObject({
          ok: true,
          count: 4,
        });
        await expect(store.streamRevision('member-b')).resolves.toBe(2);
        await expect(target().lastEvent()).resolves.toEqual(all[6]);
        await expect(store.headPosition()).resolves.toBe(all[6].position);
      });

      it('counts its events, in all or in a range of positions', async () => {
        await expect(target().countEvents()).resolves.toBe(0);
        await expect(target().lastEvent()).resolves.toBeUndefined();
        await target().importRecorded(recorded('member-a', 5));
        const all = await collect(store.readAll());
        await expect(target().countEvents()).resolves.toBe(5);
        await expect(target().countEvents({ after: all[1].position })).resolves.toBe(3);
        await expect(
          target().countEvents({ after: all[0].position, upTo: all[3].position }),
        ).resolves.toBe(3);
      });

      it('lets writers append after imported events, continuing their chain', async () => {
        const imported = recorded('member-a', 3);
        await target().importRecorded(imported);
        await store.append('member-a', events(2), 2);
        const stream = await collect(store.readStream('member-a'));
        expect(stream[3].prevHash).toBe(imported[2].hash);
        await expect(verifyStream(store.readStream('member-a'))).resolves.toMatchObject({
          ok: true,
          count: 5,
        });
      });

      it('refuses events that do not continue their stream, writing none of them', async () => {
        await target().importRecorded(recorded('member-a', 2));
        const gap = recorded('member-b', 3);
        await expect(target().importRecorded([gap[0], gap[2]])).rejects.toBeInstanceOf(
          MigrationConflictError,
        );
        const notFirst = recorded('member-c', 2, { revision: 1, prevHash: GENESIS_HASH });
        await expect(target().importRecorded(notFirst)).rejects.toBeInstanceOf(
          MigrationConflictError,
        );
        const unlinked = recorded('member-d', 1, { revision: 0, prevHash: 'f'.repeat(64) });
        await expect(target().importRecorded(unlinked)).rejects.toBeInstanceOf(
          MigrationConflictError,
        );
        await expect(target().countEvents()).resolves.toBe(2);
      });
    });

    (heavy ? it : it.skip)(
      'reads a stream of 100,000 events in bounded memory',
      async () => {
        const total = 100_000;
        const payload = 'x'.repeat(300);
        const appendStarted = Date.now();
        for (let n = 0; n < total; n += 1000) {
          const batch = events(1000, (i) => ({ n: n + i, payload }));
          await store.append('member-big', batch, n === 0 ? 'no_stream' : n - 1);
        }
        const appendMs = Date.now() - appendStarted;

        const gc = exposeGc();
        gc();
        const baseline = process.memoryUsage().heapUsed;
        let peak = 0;
        let count = 0;
        const readStarted = Date.now();
        for await (const stored of store.readStream('member-big')) {
          if (stored.revision !== count) throw new Error(`revision ${stored.revision} at ${count}`);
          count += 1;
          if (count % 10_000 === 0) {
            gc();
            peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
          }
        }
        const readMs = Date.now() - readStarted;
        const verifyStarted = Date.now();
        const verification = await verifyStream(store.readStream('member-big'));
        const verifyMs = Date.now() - verifyStarted;

        const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
        console.info(
          `${name}: 100,000 events (${payload.length}-character payload) appended in ${appendMs} ms, ` +
            `read in ${readMs} ms, verified in ${verifyMs} ms; heap growth while reading ` +
            `(after GC, sampled every 10,000): peak ${mb(peak)} MB`,
        );
        expect(count).toBe(total);
        expect(verification).toMatchObject({ ok: true, count: total });
        // The whole stream would take well over 50 MB of heap as objects; a page is a few hundred KB.
        expect(peak).toBeLessThan(16 * 2 ** 20);
      },
      300_000,
    );
  });
}

/** `global.gc` without starting node with --expose-gc, so the heap can be measured without garbage. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
