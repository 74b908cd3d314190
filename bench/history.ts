/**
 * The province's history as rows of the store's tables: canonical JSON and the hash chain computed as
 * the engine computes them, so a store filled by the raw import is one the engine reads and verifies.
 */
import {
  GENESIS_HASH,
  canonicalJson,
  computeEventHash,
  type EventToAppend,
} from '@memberflow/event-store';
import {
  HistoryWriter,
  orgCommands,
  provinceMembers,
  type MemberPlan,
  type Province,
} from './province';

/** The events of one stream, in order, as the command path would append them. */
export interface StreamBatch {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
}

/** One row of the store's `events` table (the position is the table's). */
export interface StoredRow {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** Members decided per chunk: their events are interleaved inside it, as officers' work interleaves. */
const CHUNK_MEMBERS = 1_000;

/**
 * The province's streams, a chunk at a time (the org tree first), so that even 10× the default size
 * never sits in memory at once.
 */
export function* provinceHistory(
  province: Province,
  writer: HistoryWriter = new HistoryWriter(),
): Generator<StreamBatch[]> {
  yield orgCommands(province).map((command) => writer.orgStream(command));
  let chunk: StreamBatch[] = [];
  for (const plan of provinceMembers(province)) {
    chunk.push(writer.memberStream(plan));
    if (chunk.length >= CHUNK_MEMBERS) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** A cohort's streams, decided against the province's facts (the writer that wrote its history). */
export function cohortStreams(writer: HistoryWriter, plans: readonly MemberPlan[]): StreamBatch[] {
  return plans.map((plan) => writer.memberStream(plan));
}

/** Recorded-at times that never go backwards along positions: one millisecond per event. */
export class RecordClock {
  private next = Date.parse('2024-01-01T00:00:00.000Z');

  tick(): string {
    const iso = new Date(this.next).toISOString();
    this.next += 1;
    return iso;
  }
}

/**
 * Chains every stream of the chunk from its genesis and interleaves the rows round-robin (first event
 * of every stream, then every second one...), the order in which a busy province writes them.
 */
export function chainChunk(chunk: readonly StreamBatch[], clock: RecordClock): StoredRow[] {
  const prevHashes = chunk.map(() => GENESIS_HASH);
  const longest = Math.max(0, ...chunk.map((stream) => stream.events.length));
  const rows: StoredRow[] = [];
  for (let revision = 0; revision < longest; revision++) {
    for (const [index, stream] of chunk.entries()) {
      const event = stream.events[revision];
      if (event === undefined) continue;
      const recordedAt = clock.tick();
      const prevHash = prevHashes[index];
      const hash = computeEventHash(prevHash, {
        streamId: stream.streamId,
        revision,
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        metadata: event.metadata,
        recordedAt,
      });
      prevHashes[index] = hash;
      rows.push({
        streamId: stream.streamId,
        revision,
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: canonicalJson(event.data),
        metadata: canonicalJson(event.metadata),
        recordedAt,
        prevHash,
        hash,
      });
    }
  }
  return rows;
}
