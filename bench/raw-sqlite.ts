/**
 * The raw ceiling on SQLite: the same workload written by hand with better-sqlite3 straight into the
 * store's tables, with none of the engine around it. What the engine reaches is judged against these.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { EventToAppend } from '@memberflow/event-store';
import { now, type Deadline } from './measure';
import type { StoredRow, StreamBatch } from './history';

export interface RawSqlite {
  /** Inserts a batch of already-chained rows in one transaction; returns the seconds it took. */
  importRows(rows: readonly StoredRow[]): number;
  readAll(): { events: number; seconds: number };
  oneCommandPerTransaction(streams: readonly StreamBatch[], deadline: Deadline): RawRun;
  close(): void;
}

export interface RawRun {
  readonly commands: number;
  readonly seconds: number;
}

/** Opens the store file the engine created, with the engine's durability (WAL, synchronous=FULL). */
export function openRawSqlite(file: string): RawSqlite {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const insert = db.prepare(
    `INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata,
                         recorded_at, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const upsertHead = db.prepare(
    `INSERT INTO streams (stream_id, revision, head_hash) VALUES (?, ?, ?)
     ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, head_hash = excluded.head_hash`,
  );
  const selectStream = db.prepare<
    [string],
    { revision: number; data: string; metadata: string; hash: string }
  >('SELECT revision, data, metadata, hash FROM events WHERE stream_id = ? ORDER BY revision');
  const selectAll = db.prepare<[], { data: string; metadata: string }>(
    `SELECT position, stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at,
            prev_hash, hash
       FROM events ORDER BY position`,
  );

  const importBatch = db.transaction((rows: readonly StoredRow[]) => {
    const heads = new Map<string, StoredRow>();
    for (const row of rows) {
      insert.run(
        row.streamId,
        row.revision,
        row.eventId,
        row.type,
        row.schemaVersion,
        row.data,
        row.metadata,
        row.recordedAt,
        row.prevHash,
        row.hash,
      );
      heads.set(row.streamId, row);
    }
    for (const head of heads.values()) upsertHead.run(head.streamId, head.revision, head.hash);
  });

  /** Read the stream, fold it (parse every event), check the revision, append one event: one transaction. */
  const command = db.transaction((streamId: string, expected: number, event: EventToAppend) => {
    let revision = -1;
    let prevHash = '0'.repeat(64);
    for (const row of selectStream.iterate(streamId)) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
      revision = row.revision;
      prevHash = row.hash;
    }
    if (revision !== expected)
      throw new Error(`raw: ${streamId} at ${revision}, expected ${expected}`);
    const data = JSON.stringify(event.data);
    const metadata = JSON.stringify(event.metadata);
    const hash = createHash('sha256').update(prevHash).update(data).update(metadata).digest('hex');
    insert.run(
      streamId,
      revision + 1,
      event.eventId,
      event.type,
      event.schemaVersion,
      data,
      metadata,
      new Date().toISOString(),
      prevHash,
      hash,
    );
    upsertHead.run(streamId, revision + 1, hash);
  });

  return {
    importRows(rows) {
      const started = now();
      importBatch.immediate(rows);
      return (now() - started) / 1000;
    },
    readAll() {
      const started = now();
      let events = 0;
      for (const row of selectAll.iterate()) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
        events += 1;
      }
      return { events, seconds: (now() - started) / 1000 };
    },
    oneCommandPerTransaction(streams, deadline) {
      const started = now();
      let commands = 0;
      for (const stream of streams) {
        for (const [index, event] of stream.events.entries()) {
          if (!deadline.take()) return { commands, seconds: (now() - started) / 1000 };
          command.immediate(stream.streamId, index - 1, event);
          commands += 1;
        }
      }
      return { commands, seconds: (now() - started) / 1000 };
    },
    close() {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

/**
 * What one durable commit costs on this disk: one-row transactions on a scratch file with the store's
 * settings (WAL, synchronous=FULL), for two seconds at most. The raw one-transaction ceiling is bound by
 * this where the disk is slow and by the CPU where it is fast, which is what its ratios depend on.
 */
export function commitLatency(
  file: string,
  seconds = 2,
): { commits: number; microseconds: number } {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO probe (body) VALUES (?)');
    const commit = db.transaction((body: string) => insert.run(body));
    const body = 'x'.repeat(500);
    const started = now();
    let commits = 0;
    while (now() - started < seconds * 1000 && commits < 20_000) {
      commit.immediate(body);
      commits += 1;
    }
    return { commits, microseconds: ((now() - started) * 1000) / commits };
  } finally {
    db.close();
  }
}
