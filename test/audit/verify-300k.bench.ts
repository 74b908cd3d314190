/**
 * How long verifying an untouched store of 300,000 events takes (issue 4: a province is ~300k events).
 * A script, not a test: run it by hand and put the figure in the notes.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register test/audit/verify-300k.bench.ts [events] [--pg URL]
 *
 * Fills a fresh store (SQLite in a temporary directory, or a fresh schema in PostgreSQL) with member
 * streams of 10 events each, appended round-robin so streams interleave as they do in real life, with
 * data and metadata shaped like the command path's; then times the whole-store verification as the API
 * and `memberflow verify` run it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  openPostgresEventStore,
  openSqliteEventStore,
  type EventStore,
  type EventToAppend,
} from '@memberflow/event-store';
import { verifyStore } from '@memberflow/application';
import { ProgressBar } from '../../apps/cli/src/commands/verify-progress';
import { formatCount, formatDuration } from '../../apps/cli/src/format/numbers';

const EVENTS_PER_MEMBER = 10;
const total = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 300_000);
const pgIndex = process.argv.indexOf('--pg');
const pgUrl = pgIndex > 0 ? process.argv[pgIndex + 1] : undefined;

const TYPES = [
  'CandidateSourced',
  'HelperAssigned',
  'AwarenessCourseCompleted',
  'ApplicationSubmitted',
  'BackgroundCheckRecorded',
  'IntroducersAssigned',
  'OpinionRecorded',
  'CellVoteRecorded',
  'CommitteeVoteRecorded',
  'DetailsCorrected',
];

function eventFor(member: number, revision: number): EventToAppend {
  const commandId = randomUUID();
  const occurredOn = `2024-${String(1 + revision).padStart(2, '0')}-${String(1 + (member % 28)).padStart(2, '0')}`;
  const data =
    revision === 0
      ? {
          person: {
            fullName: `Nguyễn Văn Thành ${member}`,
            gender: member % 2 ? 'male' : 'female',
            dateOfBirth: '1998-05-17',
            ethnicity: 'kinh',
            citizenId: String(38_098_000_000 + member).padStart(12, '0'),
            hometown: 'Xã Quảng Ninh, huyện Quảng Xương, tỉnh Thanh Hóa',
            residence: 'Thôn 3, xã Quảng Ninh, huyện Quảng Xương, tỉnh Thanh Hóa',
            education: 'upper_secondary',
            professionalLevel: 'university',
            politicalTheory: 'elementary',
            occupation: 'Giáo viên trung học cơ sở',
            youthUnionMember: true,
          },
          cellId: `chi-bo-${member % 1500}`,
          proposedBy: 'youth_union',
        }
      : {
          on: occurredOn,
          note: 'Chi bộ đã xem xét và thống nhất theo đúng quy định của Điều lệ Đảng',
          tally: { entitled: 17, present: 15, inFavor: 14 },
          decisionNo: `${100 + revision}-QĐ/ĐU`,
          warnings: [],
        };
  return {
    eventId: randomUUID(),
    type: TYPES[revision],
    schemaVersion: 1,
    data,
    metadata: {
      commandId,
      correlationId: randomUUID(),
      causationId: commandId,
      actor: { id: `can-bo-${member % 300}`, role: 'officer', orgId: `xa-${member % 150}` },
      occurredOn,
      action: 'record-step',
      fingerprint: createHash('sha256').update(commandId).digest('hex'),
      policyVersion: '2021',
      documentRef: `${100 + revision}-QĐ/ĐU`,
    },
  };
}

async function fill(store: EventStore, events: number): Promise<void> {
  const members = Math.ceil(events / EVENTS_PER_MEMBER);
  const ids = Array.from({ length: members }, () => randomUUID());
  const bar = new ProgressBar(process.stderr, 'fill  ', { unit: 'events' });
  let written = 0;
  // Round-robin: revision r of every member before revision r+1 of any, so streams interleave.
  for (let revision = 0; revision < EVENTS_PER_MEMBER && written < events; revision++) {
    for (let member = 0; member < members && written < events; member++) {
      await store.append(
        `member-${ids[member]}`,
        [eventFor(member, revision)],
        revision === 0 ? 'no_stream' : revision - 1,
      );
      written += 1;
      bar.update(written, events);
    }
  }
  bar.finish(written, events);
}

async function time(store: EventStore, label: string): Promise<void> {
  const bar = new ProgressBar(process.stderr, 'verify', { unit: 'events' });
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const started = process.hrtime.bigint();
  let total = 0;
  for await (const update of verifyStore(store)) {
    if (update.kind === 'start') total = Number(update.headPosition);
    if (update.kind === 'progress') {
      bar.update(Number(update.position), total);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    if (update.kind === 'done') {
      bar.finish(total, total);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      process.stdout.write(
        `${label}: ${update.ok ? 'OK' : 'BROKEN'} ${formatCount(update.events)} events, ` +
          `${formatCount(update.streams)} streams in ${formatDuration(ms)} (${(ms / 1000).toFixed(1)} s, ` +
          `${formatCount(Math.round((update.events * 1000) / ms))} events/s), ` +
          `RSS ${Math.round(rssBefore / 2 ** 20)} → peak ${Math.round(peakRss / 2 ** 20)} MiB\n`,
      );
    }
  }
}

async function main(): Promise<void> {
  process.stdout.write(`node ${process.version}, ${formatCount(total)} events\n`);
  if (pgUrl) {
    const schema = `mf_bench_${Date.now().toString(36)}`;
    const filling = await openPostgresEventStore({ url: pgUrl, schema });
    try {
      await fill(filling, total);
    } finally {
      await filling.close();
    }
    const store = await openPostgresEventStore({ url: pgUrl, schema });
    try {
      await time(store, `PostgreSQL (${schema})`);
    } finally {
      await store.close();
      const client = new Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    }
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'memberflow-bench-'));
  try {
    const file = join(dir, 'events.db');
    const filling = await openSqliteEventStore({ file, synchronous: 'OFF' });
    await fill(filling, total);
    await filling.close();
    const store = await openSqliteEventStore({ file });
    try {
      await time(store, 'SQLite');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
