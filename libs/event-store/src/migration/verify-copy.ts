import type { EventStore, StoredEvent } from '../event-store.port';
import { GENESIS_HASH, computeEventHash } from '../hash-chain';

export type CopyVerification =
  | { readonly ok: true; readonly events: number; readonly streams: number; readonly ms: number }
  | {
      readonly ok: false;
      /** Events that matched before the problem. */
      readonly events: number;
      readonly streams: number;
      readonly ms: number;
      readonly problem: string;
      /** The signal stopped the verification before it found anything wrong. */
      readonly interrupted?: true;
    };

export interface VerifyCopyOptions {
  /** Compare the source up to this position (its head when the copy started). */
  readonly upTo: bigint;
  /** Called every `every` events with how many were verified. */
  readonly onProgress?: (verified: number) => void;
  readonly every?: number;
  /** Stops the verification; the result then says `interrupted`. */
  readonly signal?: AbortSignal;
}

/**
 * Checks that `target` holds exactly the source's events up to `upTo`, in the same order: the same ids,
 * streams, revisions, types, schema versions, recordedAt and hashes, no event missing and none extra;
 * and that on the target every event's hash matches its content and links to the previous event of its
 * stream (each stream's chain from the genesis hash). One pass over both stores, side by side; memory
 * holds one head hash per stream.
 */
export async function verifyCopy(
  source: EventStore,
  target: EventStore,
  options: VerifyCopyOptions,
): Promise<CopyVerification> {
  const started = Date.now();
  const every = options.every ?? 1_000;
  const heads = new Map<string, { revision: number; hash: string }>();
  const sourceEvents = source.readAll()[Symbol.asyncIterator]();
  const targetEvents = target.readAll()[Symbol.asyncIterator]();
  let events = 0;
  const result = (problem?: string, interrupted?: true): CopyVerification => {
    const base = { events, streams: heads.size, ms: Date.now() - started };
    if (problem === undefined) return { ok: true, ...base };
    return interrupted
      ? { ok: false, ...base, problem, interrupted }
      : { ok: false, ...base, problem };
  };
  try {
    for (;;) {
      const [fromSource, fromTarget] = await Promise.all([
        sourceEvents.next(),
        targetEvents.next(),
      ]);
      const original =
        fromSource.done === true || fromSource.value.position > options.upTo
          ? undefined
          : fromSource.value;
      const copy = fromTarget.done === true ? undefined : fromTarget.value;
      if (original === undefined && copy === undefined) return result();
      if (original === undefined) {
        return result(`the target has more events than the source: ${place(copy)} is extra`);
      }
      if (copy === undefined) {
        return result(`the target has fewer events than the source: ${place(original)} is missing`);
      }
      const difference = differs(original, copy);
      if (difference !== undefined) {
        return result(
          `event ${events + 1} differs: source ${place(original)}, target ${place(copy)} (${difference})`,
        );
      }
      const head = heads.get(copy.streamId);
      const prevHash = head?.hash ?? GENESIS_HASH;
      if (copy.revision !== (head === undefined ? 0 : head.revision + 1)) {
        return result(
          `${place(copy)} does not follow revision ${head?.revision ?? 'none'} on the target`,
        );
      }
      if (copy.prevHash !== prevHash) {
        return result(
          `${place(copy)} does not link to the previous event of its stream on the target`,
        );
      }
      if (computeEventHash(copy.prevHash, copy) !== copy.hash) {
        return result(`${place(copy)}: its hash does not match its content on the target`);
      }
      heads.set(copy.streamId, { revision: copy.revision, hash: copy.hash });
      events += 1;
      if (events % every === 0) {
        options.onProgress?.(events);
        // Lets signals and timers in when both stores answer synchronously (SQLite).
        await new Promise((resolve) => setImmediate(resolve));
        if (options.signal?.aborted) {
          return result('the verification was interrupted', true);
        }
      }
    }
  } finally {
    await Promise.all([sourceEvents.return?.(), targetEvents.return?.()]);
    if (events % every !== 0) options.onProgress?.(events);
  }
}

const COMPARED = [
  'eventId',
  'streamId',
  'revision',
  'type',
  'schemaVersion',
  'recordedAt',
  'prevHash',
  'hash',
] as const;

function differs(a: StoredEvent, b: StoredEvent): string | undefined {
  const field = COMPARED.find((key) => a[key] !== b[key]);
  return field === undefined ? undefined : `${field}: ${String(a[field])} ≠ ${String(b[field])}`;
}

function place(event: StoredEvent | undefined): string {
  return event === undefined ? 'none' : `${event.streamId}#${event.revision} (${event.eventId})`;
}
