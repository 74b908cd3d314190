import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openSqliteEventStore,
  type SqliteEventStore,
  type StoredEvent,
} from '@memberflow/event-store';
import { testEvent } from '@memberflow/event-store/testing';
import { StoreUpTo } from './known-at';

describe('StoreUpTo (the store as of a position)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let positions: bigint[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'memberflow-known-at-'));
    store = await openSqliteEventStore({ file: join(dir, 'events.db') });
    // More than two of the store's pages (500 events), over several streams.
    for (let stream = 0; stream < 12; stream += 1) {
      const events = Array.from({ length: 100 }, () => testEvent());
      await store.append(`member-${stream}`, events, 'no_stream');
    }
    positions = [];
    for await (const event of store.readAll()) positions.push(event.position);
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every page the subscription yields until `signal` ends it. */
  async function pagesOf(view: StoreUpTo, after: bigint, signal: AbortSignal) {
    const pages: (readonly StoredEvent[])[] = [];
    for await (const page of view.subscribeAll({ after, signal })) pages.push(page);
    return pages;
  }

  it.each([
    ['in the first page', 199],
    ['at the end of a page', 499],
    ['in the third page', 1_049],
    ['at the last event', 1_199],
  ])('yields the events up to it %s, in pages, then waits without yielding more', async (_, at) => {
    const until = positions[at];
    const pages = await pagesOf(new StoreUpTo(store, until), 0n, AbortSignal.timeout(300));

    expect(pages.every((page) => page.length > 0)).toBe(true);
    expect(pages.flat().map((event) => event.position)).toEqual(positions.slice(0, at + 1));
    expect(pages.length).toBeLessThan(at + 1); // pages, not one event each
  });

  it('resumes after a checkpoint and ignores what is appended after its position', async () => {
    const until = positions[799];
    const waiting = pagesOf(new StoreUpTo(store, until), positions[299], AbortSignal.timeout(300));
    await store.append('member-late', [testEvent()], 'no_stream');

    expect((await waiting).flat().map((event) => event.position)).toEqual(
      positions.slice(300, 800),
    );
  });

  it('yields nothing from its own position on, and ends when aborted', async () => {
    const controller = new AbortController();
    const waiting = pagesOf(new StoreUpTo(store, positions[99]), positions[99], controller.signal);
    setTimeout(() => controller.abort(), 50);

    await expect(waiting).resolves.toEqual([]);
  });
});
