import type { MigrationSummary } from '@memberflow/event-store';
import { ProgressBar, formatSummary, progressLine } from './migrate-store.report';

describe('migrate-store progress and summary', () => {
  it('shows bar, percentage, counts, rate and ETA, counting only this run for the rate', () => {
    const line = progressLine(
      { phase: 'copy', done: 123_456, total: 300_000, startedFrom: 23_456 },
      4_000,
      20,
    );
    expect(line).toBe(
      'copying   [████████░░░░░░░░░░░░]  41% 123,456/300,000 events  25,000 events/s  ETA 0:07',
    );
  });

  it('shows no ETA before anything was done, and a full bar at the end', () => {
    expect(progressLine({ phase: 'verify', done: 0, total: 10, startedFrom: 0 }, 0, 4)).toBe(
      'verifying [░░░░]   0% 0/10 events  0 events/s  ETA –',
    );
    expect(progressLine({ phase: 'verify', done: 0, total: 0, startedFrom: 0 }, 10, 4)).toContain(
      '[████] 100%',
    );
  });

  it('rewrites one line on a terminal, at most every refresh interval, and ends it per phase', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar({ write: (t) => written.push(t), isTTY: true }, () => now, 100);
    bar.update({ phase: 'copy', done: 0, total: 30, startedFrom: 0 });
    now = 50;
    bar.update({ phase: 'copy', done: 10, total: 30, startedFrom: 0 });
    now = 150;
    bar.update({ phase: 'copy', done: 20, total: 30, startedFrom: 0 });
    now = 160;
    bar.update({ phase: 'copy', done: 30, total: 30, startedFrom: 0 });
    bar.update({ phase: 'verify', done: 30, total: 30, startedFrom: 0 });
    bar.finish();
    expect(written.map((t) => (t.startsWith('\r') ? t.slice(1, 12) : t))).toEqual([
      'copying   [',
      'copying   [',
      'copying   [',
      '\n',
      'verifying [',
      '\n',
    ]);
    expect(written[1]).toContain(' 66% 20/30 events');
    expect(written[1].endsWith('\x1b[K')).toBe(true);
  });

  it('writes whole lines now and then when stderr is not a terminal', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar({ write: (t) => written.push(t) }, () => now, 100, 5_000);
    for (let done = 0; done <= 100; done += 10) {
      now += 1_000;
      bar.update({ phase: 'copy', done, total: 100, startedFrom: 0 });
    }
    bar.finish();
    expect(written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(written.map((line) => line.match(/\d+\/100/)?.[0])).toEqual([
      '0/100',
      '50/100',
      '100/100',
    ]);
  });

  const complete: MigrationSummary = {
    outcome: 'complete',
    resumed: true,
    sourceEvents: 300_000,
    sourceHead: 300_000n,
    copiedBefore: 120_000,
    copied: 180_000,
    copyMs: 12_000,
    verification: { ok: true, events: 300_000, streams: 30_000, ms: 8_100 },
  };
  const stores = {
    from: 'sqlite:./data/events.db',
    to: 'postgres://memberflow:s3cret@db:5432/memberflow?schema=tinh_a',
  };

  it('summarizes a verified copy, without the password', () => {
    expect(formatSummary(complete, stores)).toBe(
      [
        'memberflow migrate-store: complete and verified',
        '  from       sqlite:./data/events.db: 300,000 events',
        '  to         postgres://memberflow:***@db:5432/memberflow?schema=tinh_a',
        '  copied     180,000 events in 12.0 s (15,000 events/s), resuming after 120,000 copied before',
        '  verified   300,000 events in 30,000 streams in 8.1 s: same order, ids, recordedAt and hashes as the source; every stream’s hash chain intact',
        '',
      ].join('\n'),
    );
  });

  it('says how to resume an interrupted copy, and what a failed verification found', () => {
    const interrupted = formatSummary(
      { ...complete, outcome: 'interrupted', verification: undefined, copied: 30_000 },
      stores,
    );
    expect(interrupted).toContain('memberflow migrate-store: interrupted');
    expect(interrupted).toContain(
      'interrupted: 150,000 of 300,000 events are in the target; run the same command again to resume',
    );
    const failed = formatSummary(
      {
        ...complete,
        verification: { ok: false, events: 41, streams: 9, ms: 3, problem: 'member-1#2: x' },
      },
      stores,
    );
    expect(failed).toContain('copied, but the copy differs');
    expect(failed).toContain('VERIFICATION FAILED after 41 matching events: member-1#2: x');
  });
});
