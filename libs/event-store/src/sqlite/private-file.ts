import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The owner only: the files hold person data (docs/security.md §3). */
const PRIVATE_FILE = 0o600;
const PRIVATE_DIRECTORY = 0o700;
const GROUP_OR_OTHER = 0o077;

/**
 * Makes sure a SQLite database file exists readable and writable by its owner only, before SQLite
 * opens it: SQLite gives its `-wal` and `-shm` files the database file's permissions, so they follow.
 * A directory made here is the owner's only; a file (and its `-wal`, `-shm`) made looser by an older
 * version is tightened, as the signing secret is.
 */
export function preparePrivateSqliteFile(file: string): void {
  const directory = dirname(file);
  if (!existsSync(directory)) mkdirSync(directory, { recursive: true, mode: PRIVATE_DIRECTORY });
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path) && (statSync(path).mode & GROUP_OR_OTHER) !== 0) {
      chmodSync(path, PRIVATE_FILE);
    }
  }
}
