import type { ReadAllOptions, ReadStreamOptions, StoredEvent } from './event-store.port';

/** How many rows an adapter fetches per query: large enough to amortize a round trip, small in memory. */
export const DEFAULT_PAGE_SIZE = 500;

/** One query of a paged read: up to `size` events from `cursor` on, in read order. */
export type FetchPage<Cursor> = (cursor: Cursor, size: number) => Promise<readonly StoredEvent[]>;

/**
 * Yields rows page by page, asking for the next page only when the consumer has taken the previous one,
 * so only one page is ever held. Stops at a short page, at `limit` rows, or when `next` says there is
 * nothing further.
 */
export async function* readInPages<Cursor>(
  start: Cursor,
  fetchPage: FetchPage<Cursor>,
  next: (last: StoredEvent) => Cursor | undefined,
  { pageSize, limit }: { pageSize: number; limit: number | undefined },
): AsyncGenerator<StoredEvent> {
  let remaining = limit ?? Number.POSITIVE_INFINITY;
  let cursor: Cursor | undefined = start;
  while (cursor !== undefined && remaining > 0) {
    const size = Math.min(pageSize, remaining);
    const page = await fetchPage(cursor, size);
    yield* page;
    remaining -= page.length;
    const last = page[page.length - 1];
    cursor = page.length < size || last === undefined ? undefined : next(last);
  }
}

/** The first revision a stream read asks for and its direction, with defaults and checks applied. */
export function streamReadPlan(options: ReadStreamOptions | undefined): {
  readonly from: number;
  readonly backwards: boolean;
  readonly limit: number | undefined;
} {
  const backwards = options?.direction === 'backwards';
  const from = options?.from ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
  if (!Number.isSafeInteger(from) || from < 0)
    throw new RangeError(`readStream: from ${from} is not a revision`);
  return { from, backwards, limit: checkedLimit(options?.limit, 'readStream') };
}

/** The next revision a stream read asks for after `last`, or undefined when it has reached revision 0. */
export function nextRevision(backwards: boolean): (last: StoredEvent) => number | undefined {
  return backwards
    ? (last) => (last.revision === 0 ? undefined : last.revision - 1)
    : (last) => last.revision + 1;
}

export function readAllPlan(options: ReadAllOptions | undefined): {
  readonly after: bigint;
  readonly limit: number | undefined;
} {
  const after = options?.after ?? 0n;
  if (after < 0n) throw new RangeError(`readAll: after ${after} is not a position`);
  return { after, limit: checkedLimit(options?.limit, 'readAll') };
}

function checkedLimit(limit: number | undefined, operation: string): number | undefined {
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 0)) {
    throw new RangeError(`${operation}: limit ${limit} is not a count`);
  }
  return limit;
}
