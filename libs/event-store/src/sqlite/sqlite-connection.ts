import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../event-store.port';
import { preparePrivateSqliteFile } from './private-file';

export type SqliteSynchronous = 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';

export const SYNCHRONOUS_LEVELS: readonly SqliteSynchronous[] = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

const SQLITE_CACHE_KIB = 4_000;

/** How a connection to the store's file is opened. */
export interface SqliteConnectionOptions {
  readonly file: string;
  readonly synchronous: SqliteSynchronous;
  readonly busyTimeoutMs: number;
}

/** Opens the file (private, creating its directory) in WAL mode with the given synchronous level. */
export function openSqliteConnection(options: SqliteConnectionOptions): Database.Database {
  preparePrivateSqliteFile(options.file);
  const db = new Database(options.file, { timeout: options.busyTimeoutMs });
  try {
    const journalMode = db.pragma('journal_mode = WAL', { simple: true });
    if (journalMode !== 'wal')
      throw new Error(`cannot switch to WAL (journal mode is ${String(journalMode)})`);
    db.pragma(`synchronous = ${options.synchronous}`);
    // 4 MB of pages (better-sqlite3's default is 16 MB): a process's memory must not grow with the
    // store, reads after a rebuild's sequential pass are of the pages a command touches, and the
    // file's pages stay in the OS cache.
    db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * SQLite's own failures as the port's StoreUnavailableError; the port's errors pass as they are. Known
 * by their `SQLITE_…` code rather than by class: better-sqlite3's native part keeps the SqliteError class
 * of the first copy of the module loaded in the process, and under jest that copy (and its `Error`)
 * may belong to another test file's realm, so neither `instanceof` holds.
 */
export function sqliteStoreError(file: string, error: unknown): unknown {
  if (!isSqliteError(error)) return error;
  return new StoreUnavailableError(`SQLite event store ${file}: ${error.message}`, {
    cause: error,
  });
}

function isSqliteError(error: unknown): error is Error & { readonly code: string } {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}
