/**
 * The raw ceiling on PostgreSQL: the same workload written by hand with `pg` into the store's tables,
 * 8 connections, none of the engine around it. It takes no store-wide lock, so its commits may land out
 * of position order (the engine's appends cannot: ADR 0002); that makes it a ceiling, not a rival.
 */
import { createHash } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import type { EventToAppend } from '@memberflow/event-store';
import { now, type Deadline } from './measure';
import type { StoredRow, StreamBatch } from './history';
import type { RawRun } from './raw-sqlite';

export const RAW_PG_CONNECTIONS = 8;

export interface RawPostgres {
  importRows(rows: readonly StoredRow[]): Promise<number>;
  /** Refreshes the planner's statistics after the import, as any bulk load should. */
  analyze(): Promise<void>;
  readAll(): Promise<{ events: number; seconds: number }>;
  oneCommandPerTransaction(streams: readonly StreamBatch[], deadline: Deadline): Promise<RawRun>;
  /** Bytes the store's tables take on disk, indexes and TOAST included. */
  storedBytes(): Promise<number>;
  close(): Promise<void>;
}

export async function openRawPostgres(url: string, schema: string): Promise<RawPostgres> {
  const pool = new Pool({ connectionString: url, max: RAW_PG_CONNECTIONS });
  pool.on('error', () => undefined);
  const events = `"${schema}".events`;
  const streams = `"${schema}".streams`;
  const sequence = `"${schema}".bench_raw_position`;
  const [{ max }] = (
    await pool.query<{ max: string }>(
      `SELECT coalesce(max(position), 0)::text AS max FROM ${events}`,
    )
  ).rows;
  let nextPosition = BigInt(max) + 1n;

  const insertMany = `
    INSERT INTO ${events} (position, stream_id, revision, event_id, type, schema_version, data, metadata,
                           recorded_at, prev_hash, hash)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::text[], $6::int[],
                         $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`;
  const upsertHeads = `
    INSERT INTO ${streams} (stream_id, revision, head_hash)
    SELECT * FROM unnest($1::text[], $2::int[], $3::text[])
    ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, head_hash = excluded.head_hash`;

  async function inTransaction<T>(run: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await run(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    async importRows(rows) {
      const started = now();
      const positions = rows.map(() => (nextPosition++).toString());
      const heads = new Map<string, StoredRow>();
      for (const row of rows) heads.set(row.streamId, row);
      const column = <K extends keyof StoredRow>(key: K) => rows.map((row) => row[key]);
      await inTransaction(async (client) => {
        await client.query(insertMany, [
          positions,
          column('streamId'),
          column('revision'),
          column('eventId'),
          column('type'),
          column('schemaVersion'),
          column('data'),
          column('metadata'),
          column('recordedAt'),
          column('prevHash'),
          column('hash'),
        ]);
        const last = [...heads.values()];
        await client.query(upsertHeads, [
          last.map((head) => head.streamId),
          last.map((head) => head.revision),
          last.map((head) => head.hash),
        ]);
      });
      return (now() - started) / 1000;
    },

    async analyze() {
      await pool.query(`ANALYZE ${events}`);
      await pool.query(`ANALYZE ${streams}`);
    },

    async readAll() {
      const started = now();
      let count = 0;
      let after = '0';
      for (;;) {
        // The position is read as text (a bigint does not fit a JS number), under another name: an
        // output column called `position` would make ORDER BY sort by the text, not by the index.
        const { rows } = await pool.query<{ pos: string; data: string; metadata: string }>({
          name: 'bench-read-all',
          text: `SELECT position::text AS pos, stream_id, revision, event_id, type, schema_version, data,
                        metadata, recorded_at, prev_hash, hash
                   FROM ${events} WHERE position > $1 ORDER BY position LIMIT 5000`,
          values: [after],
        });
        for (const row of rows) {
          JSON.parse(row.data);
          JSON.parse(row.metadata);
        }
        count += rows.length;
        if (rows.length < 5000) break;
        after = rows[rows.length - 1].pos;
      }
      return { events: count, seconds: (now() - started) / 1000 };
    },

    async oneCommandPerTransaction(batches, deadline) {
      await pool.query(`CREATE SEQUENCE IF NOT EXISTS ${sequence}`);
      await pool.query(
        `SELECT setval('${sequence}', (SELECT coalesce(max(position), 0) + 1 FROM ${events}), false)`,
      );
      let next = 0;
      let commands = 0;
      let stopped = false;
      const started = now();
      const command = (
        client: PoolClient,
        streamId: string,
        expected: number,
        event: EventToAppend,
      ) => rawCommand(client, events, streams, sequence, streamId, expected, event);
      const caller = async (): Promise<void> => {
        const client = await pool.connect();
        try {
          while (!stopped && next < batches.length) {
            const stream = batches[next++];
            for (const [index, event] of stream.events.entries()) {
              if (!deadline.take()) {
                stopped = true;
                return;
              }
              await command(client, stream.streamId, index - 1, event);
              commands += 1;
            }
          }
        } finally {
          client.release();
        }
      };
      await Promise.all(Array.from({ length: RAW_PG_CONNECTIONS }, caller));
      return { commands, seconds: (now() - started) / 1000 };
    },

    async storedBytes() {
      await pool.query(`VACUUM ANALYZE ${events}`);
      const { rows } = await pool.query<{ bytes: string }>(
        `SELECT (pg_total_relation_size('${events}') + pg_total_relation_size('${streams}'))::text AS bytes`,
      );
      return Number(rows[0].bytes);
    },

    async close() {
      await pool.end();
    },
  };
}

async function rawCommand(
  client: PoolClient,
  events: string,
  streams: string,
  sequence: string,
  streamId: string,
  expected: number,
  event: EventToAppend,
): Promise<void> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{
      revision: number;
      data: string;
      metadata: string;
      hash: string;
    }>({
      name: 'bench-raw-stream',
      text: `SELECT revision, data, metadata, hash FROM ${events} WHERE stream_id = $1 ORDER BY revision`,
      values: [streamId],
    });
    let revision = -1;
    let prevHash = '0'.repeat(64);
    for (const row of rows) {
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
    await client.query({
      name: 'bench-raw-insert',
      text: `INSERT INTO ${events} (position, stream_id, revision, event_id, type, schema_version, data, metadata,
                                    recorded_at, prev_hash, hash)
             VALUES (nextval('${sequence}'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      values: [
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
      ],
    });
    await client.query({
      name: 'bench-raw-head',
      text: `INSERT INTO ${streams} (stream_id, revision, head_hash) VALUES ($1, $2, $3)
             ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, head_hash = excluded.head_hash`,
      values: [streamId, revision + 1, hash],
    });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
