/* eslint-disable @typescript-eslint/no-require-imports -- the copies of better-sqlite3 are loaded on purpose */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreUnavailableError } from '../event-store.port';

describe('sqliteStoreError', () => {
  it('recognizes SQLite failures whichever copy of better-sqlite3 made its error class', () => {
    // The native part takes the error class of the first copy loaded in the process; jest (and any
    // bundle that inlines a second copy) loads others, whose `SqliteError` is another class.
    jest.isolateModules(() => {
      const First = require('better-sqlite3') as typeof import('better-sqlite3');
      new First(':memory:').close();
    });
    const Database = require('better-sqlite3') as typeof import('better-sqlite3');
    const { sqliteStoreError } =
      require('./sqlite-connection') as typeof import('./sqlite-connection');
    const db = new Database(':memory:');
    let failure: unknown;
    try {
      db.exec('SELECT * FROM missing');
    } catch (error) {
      failure = error;
    }
    db.close();
    const mapped = sqliteStoreError('events.db', failure);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect((mapped as Error).message).toContain('no such table: missing');
    const ours = new StoreUnavailableError('already the port’s');
    expect(sqliteStoreError('events.db', ours)).toBe(ours);
  });
});

describe('openSqliteConnection', () => {
  it('opens WAL with the asked synchronous level and a bounded page cache', () => {
    const { openSqliteConnection } =
      require('./sqlite-connection') as typeof import('./sqlite-connection');
    const dir = mkdtempSync(join(tmpdir(), 'memberflow-connection-'));
    try {
      const db = openSqliteConnection({
        file: join(dir, 'events.db'),
        synchronous: 'FULL',
        busyTimeoutMs: 1_000,
      });
      // A page cache of at most 4 MB (negative: KiB), whatever better-sqlite3's default is.
      expect(db.pragma('cache_size', { simple: true })).toBe(-4_000);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
