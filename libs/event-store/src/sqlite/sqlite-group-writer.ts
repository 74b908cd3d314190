import type Database from 'better-sqlite3';
import { planGroup, type PlannedAppend, type StoredEventPlace } from '../append-rules';
import type { StreamHead } from '../event-row';
import type { AppendRequest } from '../group-commit';

/** The statements an append writes with, shared by the store's own import. */
export const SQLITE_WRITE_SQL = {
  selectHead: 'SELECT revision, head_hash AS hash FROM streams WHERE stream_id = ?',
  // A NULL position is assigned by AUTOINCREMENT (imports); appends give the one they planned.
  insertEvent: `INSERT INTO events (position, stream_id, revision, event_id, type, schema_version, data,
                                    metadata, recorded_at, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  upsertHead: `INSERT INTO streams (stream_id, revision, head_hash) VALUES (?, ?, ?)
               ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision,
                                                     head_hash = excluded.head_hash`,
} as const;

/** The columns of an event row, in the order {@link SQLITE_WRITE_SQL.insertEvent} takes them. */
export type InsertedEvent = [
  position: bigint | null,
  streamId: string,
  revision: number,
  eventId: string,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  recordedAt: string,
  prevHash: string,
  hash: string,
];

interface EventPlaceRow {
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
}

/**
 * Writes a group of appends on one connection: one transaction (BEGIN IMMEDIATE … COMMIT, one fsync)
 * for the whole group. Every append is decided in memory against what the file holds under the write
 * lock (planGroup: each keeps its own expected-revision check, idempotent retry and outcome) before
 * anything is written, so no append needs a savepoint of its own. Should SQLite refuse the group's
 * writes (a full disk, a row it cannot store), each append is written again alone, so that a bad one
 * fails alone. Used on the store's connection (a lone append) and on the writer thread's.
 */
export class SqliteGroupWriter {
  private readonly selectHead;
  private readonly selectPlace;
  private readonly selectLastPosition;
  private readonly insertEvent;
  private readonly upsertHead;
  private readonly writeInTransaction;

  /** @param storeError maps SQLite's own failures to the port's error */
  constructor(
    db: Database.Database,
    private readonly storeError: (error: unknown) => unknown,
  ) {
    this.selectHead = db.prepare<[string], StreamHead>(SQLITE_WRITE_SQL.selectHead);
    this.selectPlace = db
      .prepare<[string], EventPlaceRow>(
        'SELECT stream_id AS streamId, revision, position FROM events WHERE event_id = ?',
      )
      .safeIntegers(true);
    // AUTOINCREMENT's counter: the last position ever assigned, even if rows were deleted by hand.
    this.selectLastPosition = db
      .prepare<[], bigint>("SELECT seq FROM sqlite_sequence WHERE name = 'events'")
      .pluck()
      .safeIntegers(true);
    this.insertEvent = db.prepare<InsertedEvent>(SQLITE_WRITE_SQL.insertEvent);
    this.upsertHead = db.prepare<[string, number, string]>(SQLITE_WRITE_SQL.upsertHead);
    this.writeInTransaction = db.transaction(this.writeRows.bind(this));
  }

  /** Each append's plan (its result and rows, or its error) once the group's commit is durable. */
  write(group: readonly AppendRequest[]): readonly PlannedAppend[] {
    try {
      return this.transaction(group);
    } catch (error) {
      if (group.length === 1) throw error;
      return group.map((request): PlannedAppend => {
        try {
          return this.transaction([request])[0];
        } catch (alone) {
          return { ok: false, error: alone };
        }
      });
    }
  }

  private transaction(group: readonly AppendRequest[]): readonly PlannedAppend[] {
    try {
      return this.writeInTransaction.immediate(group);
    } catch (error) {
      throw this.storeError(error);
    }
  }

  private writeRows(group: readonly AppendRequest[]): readonly PlannedAppend[] {
    const heads = new Map<string, StreamHead>();
    const places = new Map<string, StoredEventPlace>();
    for (const streamId of new Set(group.map((request) => request.streamId))) {
      const head = this.selectHead.get(streamId);
      if (head !== undefined) heads.set(streamId, head);
    }
    for (const { events } of group) {
      for (const { eventId } of events) {
        const place = this.selectPlace.get(eventId);
        if (place !== undefined) {
          places.set(eventId, {
            streamId: place.streamId,
            revision: Number(place.revision),
            position: place.position,
          });
        }
      }
    }
    // Positions continue AUTOINCREMENT's counter; recordedAt is taken under the lock, so it never goes
    // backwards along positions.
    const last = this.selectLastPosition.get() ?? 0n;
    const plan = planGroup(group, heads, places, last, new Date().toISOString());
    plan.records.forEach((record, index) => {
      this.insertEvent.run(
        plan.positions[index],
        record.streamId,
        record.revision,
        record.eventId,
        record.type,
        record.schemaVersion,
        record.data,
        record.metadata,
        record.recordedAt,
        record.prevHash,
        record.hash,
      );
    });
    for (const [streamId, head] of plan.heads)
      this.upsertHead.run(streamId, head.revision, head.hash);
    return plan.appends;
  }
}
