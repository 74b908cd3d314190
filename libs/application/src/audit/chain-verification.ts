import { createHash } from 'node:crypto';
import type { Bilingual } from '@memberflow/domain';
import {
  GENESIS_HASH,
  computeEventHash,
  type EventStore,
  type StoredEvent,
} from '@memberflow/event-store';

/**
 * Why an event does not match its stream's hash chain (docs/audit.md):
 * - `missing_event`: a revision is absent (an event was deleted; the next one is named);
 * - `missing_tail`: the store's stream head names revisions that are no longer there (the last events
 *   were deleted);
 * - `out_of_order`: the event sits before its predecessor in the global log, or its revision went back;
 * - `broken_link`: its `prevHash` is not the hash of the event before it (reordered, inserted, or a
 *   predecessor's hash was rewritten);
 * - `hash_mismatch`: its content (type, data, metadata, record time, ids) is not what was hashed (edited).
 */
export type ChainProblem =
  'missing_event' | 'missing_tail' | 'out_of_order' | 'broken_link' | 'hash_mismatch';

/** The first event of a stream that does not match, named so an auditor can find the row. */
export interface BrokenEvent {
  readonly streamId: string;
  /** The revision where the chain breaks (for a deletion, the revision that is missing). */
  readonly revision: number;
  /** The event found at that place, when there is one. */
  readonly eventId?: string;
  readonly eventType?: string;
  readonly position?: string;
  readonly reason: ChainProblem;
  readonly message: Bilingual;
}

export type StreamCheck =
  | {
      readonly ok: true;
      readonly streamId: string;
      readonly count: number;
      /** Hash of the last event (GENESIS_HASH for a stream without events). */
      readonly headHash: string;
    }
  | {
      readonly ok: false;
      readonly streamId: string;
      /** Events verified before the first bad one. */
      readonly count: number;
      readonly firstBad: BrokenEvent;
    };

/** Where the chain of one stream stands after the events checked so far. */
interface ChainHead {
  readonly nextRevision: number;
  readonly hash: string;
  readonly position: bigint;
}

const START: ChainHead = { nextRevision: 0, hash: GENESIS_HASH, position: -1n };

/**
 * Checks one event against the head of its stream's chain: its revision follows, it comes after its
 * predecessor in the global log, it links to the predecessor's hash, and its hash covers its content.
 */
export function linkProblem(event: StoredEvent, head: ChainHead): BrokenEvent | undefined {
  const found = {
    streamId: event.streamId,
    eventId: event.eventId,
    eventType: event.type,
    position: event.position.toString(),
  };
  const at = `${event.streamId}#${event.revision} (event ${event.eventId}, position ${event.position})`;
  if (event.revision > head.nextRevision) {
    const missing = head.nextRevision;
    return {
      ...found,
      revision: missing,
      reason: 'missing_event',
      message: {
        vi: `Thiếu sự kiện ${event.streamId}#${missing}: sự kiện kế tiếp có là ${at}`,
        en: `Event ${event.streamId}#${missing} is missing: the next one present is ${at}`,
      },
    };
  }
  if (event.revision < head.nextRevision || event.position <= head.position) {
    return {
      ...found,
      revision: event.revision,
      reason: 'out_of_order',
      message: {
        vi: `Sự kiện ${at} nằm sai thứ tự: nó đứng trước sự kiện liền trước nó trong sổ`,
        en: `Event ${at} is out of order: it comes before its predecessor in the log`,
      },
    };
  }
  if (event.prevHash !== head.hash) {
    return {
      ...found,
      revision: event.revision,
      reason: 'broken_link',
      message: {
        vi: `Sự kiện ${at} không nối với mã băm của sự kiện liền trước (bị sắp xếp lại, chèn thêm hoặc sự kiện trước bị sửa)`,
        en: `Event ${at} does not link to its predecessor's hash (reordered, inserted, or its predecessor was rewritten)`,
      },
    };
  }
  if (computeEventHash(event.prevHash, event) !== event.hash) {
    return {
      ...found,
      revision: event.revision,
      reason: 'hash_mismatch',
      message: {
        vi: `Nội dung sự kiện ${at} không khớp với mã băm đã ghi (đã bị sửa)`,
        en: `The content of event ${at} does not match its recorded hash (it was edited)`,
      },
    };
  }
  return undefined;
}

function advance(event: StoredEvent): ChainHead {
  return { nextRevision: event.revision + 1, hash: event.hash, position: event.position };
}

function missingTail(streamId: string, count: number, headRevision: number): BrokenEvent {
  return {
    streamId,
    revision: count,
    reason: 'missing_tail',
    message: {
      vi: `Sổ ghi luồng ${streamId} đến phiên bản ${headRevision} nhưng chỉ còn ${count} sự kiện: sự kiện ${streamId}#${count} trở đi đã bị xóa`,
      en: `The store records ${streamId} up to revision ${headRevision} but only ${count} events remain: ${streamId}#${count} onwards were deleted`,
    },
  };
}

/**
 * Checks one stream's chain, read in revision order, then that the store's record of the stream's head
 * has no revisions beyond the last event read (a deleted tail leaves a valid but shorter chain).
 * Constant memory: one event at a time. Returns undefined when the store knows no such stream.
 */
export async function checkStream(
  store: EventStore,
  streamId: string,
): Promise<StreamCheck | undefined> {
  let head = START;
  for await (const event of store.readStream(streamId)) {
    const problem = linkProblem(event, head);
    if (problem) return { ok: false, streamId, count: head.nextRevision, firstBad: problem };
    head = advance(event);
  }
  const recorded = await store.streamRevision(streamId);
  if (recorded === undefined && head.nextRevision === 0) return undefined;
  if (
    recorded !== undefined &&
    recorded >= head.nextRevision &&
    !(await hasEventAt(store, streamId, head.nextRevision))
  ) {
    return {
      ok: false,
      streamId,
      count: head.nextRevision,
      firstBad: missingTail(streamId, head.nextRevision, recorded),
    };
  }
  return { ok: true, streamId, count: head.nextRevision, headHash: head.hash };
}

async function hasEventAt(store: EventStore, streamId: string, revision: number): Promise<boolean> {
  for await (const event of store.readStream(streamId, { from: revision, limit: 1 })) {
    return event.revision === revision;
  }
  return false;
}

/** What the whole-store verification reports as it goes. */
export type VerificationUpdate =
  | {
      readonly kind: 'start';
      /** The last position verified: events appended after the start are left to the next run. */
      readonly headPosition: bigint;
    }
  | {
      readonly kind: 'progress';
      readonly position: bigint;
      readonly headPosition: bigint;
      readonly events: number;
      readonly streams: number;
      readonly elapsedMs: number;
    }
  | { readonly kind: 'broken'; readonly firstBad: BrokenEvent }
  | {
      readonly kind: 'done';
      readonly ok: boolean;
      readonly events: number;
      readonly streams: number;
      readonly brokenStreams: number;
      readonly headPosition: bigint;
      readonly elapsedMs: number;
      /** Root over every stream head as of headPosition (see {@link rootHash}); only when ok. */
      readonly rootHash?: string;
    };

export interface StoreVerificationOptions {
  /** Verify the events up to this position (default: the head when the run starts). */
  readonly upTo?: bigint;
  /** A progress update every this many events (default 10,000)... */
  readonly progressEvery?: number;
  /** ...or at least this often (default 1,000 ms), whichever comes first. */
  readonly progressIntervalMs?: number;
  readonly signal?: AbortSignal;
  /**
   * Lets other work run (an HTTP server's other requests) every this many events (default 1,000): an
   * adapter may answer a page without giving the event loop a turn.
   */
  readonly yieldEvery?: number;
  /** The clock (tests). */
  readonly now?: () => number;
}

/** One stream's head as a digest covers it. */
export interface StreamHeadEntry {
  readonly streamId: string;
  readonly revision: number;
  readonly hash: string;
}

/**
 * The root hash over all stream heads: SHA-256 of the lines `<streamId> <revision> <headHash>\n`, one per
 * stream sorted by stream id (UTF-16 code units, as `Array.prototype.sort`). Anyone holding a copy of the
 * store can recompute it; any edit, deletion or reordering before the position changes some head.
 */
export function rootHash(heads: Iterable<StreamHeadEntry>): string {
  const sorted = [...heads].sort((a, b) =>
    a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0,
  );
  const hash = createHash('sha256');
  for (const head of sorted)
    hash.update(`${head.streamId} ${head.revision} ${head.hash}\n`, 'utf8');
  return hash.digest('hex');
}

/**
 * Verifies every stream of the store in one pass over the global log (position order), keeping only
 * each stream's chain head in memory (about 150 bytes per stream). A stream found broken is then
 * re-read on its own, so the event named is the first bad one in stream order, the same answer as
 * {@link checkStream} gives. After the pass, each stream's recorded head is compared with the last event
 * seen (a deleted tail). Events appended after the start (position > headPosition) are not verified.
 */
export async function* verifyStore(
  store: EventStore,
  options: StoreVerificationOptions = {},
): AsyncGenerator<VerificationUpdate> {
  const now = options.now ?? Date.now;
  const started = now();
  const headPosition = options.upTo ?? (await store.headPosition());
  const every = options.progressEvery ?? 10_000;
  const interval = options.progressIntervalMs ?? 1_000;
  const yieldEvery = options.yieldEvery ?? 1_000;
  yield { kind: 'start', headPosition };

  const heads = new Map<string, ChainHead>();
  const broken = new Set<string>();
  let events = 0;
  let lastProgressAt = started;
  let sinceProgress = 0;
  let position = 0n;

  for await (const event of store.readAll()) {
    if (event.position > headPosition) break;
    options.signal?.throwIfAborted();
    events += 1;
    sinceProgress += 1;
    if (events % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
    position = event.position;
    if (!broken.has(event.streamId)) {
      const head = heads.get(event.streamId) ?? START;
      const problem = linkProblem(event, head);
      if (problem) {
        broken.add(event.streamId);
        heads.delete(event.streamId);
        yield { kind: 'broken', firstBad: await firstBadInStreamOrder(store, problem) };
      } else {
        heads.set(event.streamId, advance(event));
      }
    }
    if (sinceProgress >= every || (sinceProgress > 0 && now() - lastProgressAt >= interval)) {
      lastProgressAt = now();
      sinceProgress = 0;
      yield progress();
    }
  }
  if (sinceProgress > 0) yield progress();

  for (const [streamId, head] of heads) {
    options.signal?.throwIfAborted();
    const recorded = await store.streamRevision(streamId);
    if (recorded === undefined || recorded < head.nextRevision) continue;
    // Either appended since the start (verified next run) or a deleted tail.
    const check = await checkStream(store, streamId);
    if (check && !check.ok) {
      broken.add(streamId);
      yield { kind: 'broken', firstBad: check.firstBad };
    }
  }
  for (const streamId of broken) heads.delete(streamId);

  const ok = broken.size === 0;
  yield {
    kind: 'done',
    ok,
    events,
    streams: heads.size + broken.size,
    brokenStreams: broken.size,
    headPosition,
    elapsedMs: now() - started,
    ...(ok
      ? {
          rootHash: rootHash(
            [...heads].map(([streamId, head]) => ({
              streamId,
              revision: head.nextRevision - 1,
              hash: head.hash,
            })),
          ),
        }
      : {}),
  };

  function progress(): VerificationUpdate {
    return {
      kind: 'progress',
      position,
      headPosition,
      events,
      streams: heads.size + broken.size,
      elapsedMs: now() - started,
    };
  }
}

/**
 * Names the first bad event of a stream in revision order. When the stream reads correctly in that order,
 * only its place in the global log is wrong, and the problem found in the global pass stands.
 */
async function firstBadInStreamOrder(
  store: EventStore,
  foundInLog: BrokenEvent,
): Promise<BrokenEvent> {
  const check = await checkStream(store, foundInLog.streamId);
  return check && !check.ok ? check.firstBad : foundInLog;
}
