import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';

/** Files SQLite keeps beside a database; their content is part of the database they belong to. */
const SIDE_FILES = /-(wal|shm|journal)$/;

function databaseFiles(directory: string, root = directory): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return databaseFiles(path, root);
      if (SIDE_FILES.test(name) || !isSqlite(path)) return [];
      return [relative(root, path)];
    });
}

function isSqlite(path: string): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.close();
    return true;
  } catch {
    return false;
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint'
      ? `${item}n`
      : Buffer.isBuffer(item)
        ? `hex:${item.toString('hex')}`
        : item,
  );
}

/**
 * Tables that are bookkeeping of the running process, not content: the projection runner's lease rows
 * (SQLite has no session locks; each process renews its lease on a timer).
 */
const NOT_CONTENT = new Set(['mf_projection_lease']);

/**
 * The logical content of every SQLite database under a directory (the event store and any read model):
 * each file's schema and every row of every table, hashed. Two equal digests mean nothing was written,
 * whatever SQLite did to its pages or its WAL.
 */
export function digestSqliteDirectory(directory: string): string {
  const hash = createHash('sha256');
  for (const file of databaseFiles(directory)) {
    hash.update(`file ${file}\n`);
    const db = new Database(join(directory, file), { readonly: true, fileMustExist: true });
    try {
      db.defaultSafeIntegers(true);
      const objects = db
        .prepare(
          "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name",
        )
        .all() as { type: string; name: string; sql: string | null }[];
      for (const { type, name, sql } of objects) {
        hash.update(`${type} ${name} ${sql ?? ''}\n`);
        if (type !== 'table' || NOT_CONTENT.has(name)) continue;
        const rows = db
          .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
          .all()
          .map(json)
          .sort();
        hash.update(`${rows.length}\n`);
        for (const row of rows) hash.update(`${row}\n`);
      }
    } finally {
      db.close();
    }
  }
  return hash.digest('hex');
}
