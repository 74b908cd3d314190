import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEventStoreUrl } from '@memberflow/event-store';
import type { AppConfig } from '../config/config';

/** The data directory cannot hold what the service must write there; nothing was written. */
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}

/** Bytes written by the start-up probe: enough to meet a full disk before any real file is created. */
const PROBE_BYTES = 64 * 1024;

/**
 * Before anything is created, checks that every directory the service will write to at start (the data
 * directory when a secret must be created there, the SQLite store's directory) can be written, so a
 * read-only, foreign-owned or full directory stops the start with a message saying what to do, and no
 * secret or store file is left half-made.
 */
export function assertWritableAtStart(config: AppConfig): void {
  const directories = new Set<string>();
  // In production missing secrets are refused, not created (deployment-secrets.ts).
  if (
    config.mode !== 'production' &&
    (config.jwtSecret === undefined || config.idSalt === undefined)
  ) {
    directories.add(resolve(config.dataDir));
  }
  const store = parseEventStoreUrl(config.eventStoreUrl);
  if (store.kind === 'sqlite') {
    directories.add(dirname(resolve(store.file)));
    if (existsSync(store.file)) assertFileWritable(resolve(store.file));
  }
  for (const directory of directories) assertDirectoryWritable(directory);
  keepDataDirPrivate(resolve(config.dataDir));
}

/**
 * The data directory holds person data (the store, the read models) and the secrets: the owner's only.
 * One that an older version made 0755 is tightened, as the secret's file is; a directory the service
 * does not own, or that holds none of its files, is left as it is.
 */
function keepDataDirPrivate(directory: string): void {
  if (!existsSync(directory)) return;
  const { mode, uid } = statSync(directory);
  if ((mode & 0o077) === 0 || uid !== process.getuid?.()) return;
  const ours = ['events.db', 'read.db', 'jwt-secret', 'id-salt'].some((name) =>
    existsSync(join(directory, name)),
  );
  if (ours) chmodSync(directory, 0o700);
}

export function assertDirectoryWritable(directory: string): void {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw dataDirError(error, directory, 'cannot create the data directory');
  }
  const probe = join(
    directory,
    `.memberflow-write-check-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(probe, 'wx', 0o600);
    writeSync(fd, Buffer.alloc(PROBE_BYTES));
    fsyncSync(fd);
  } catch (error) {
    throw dataDirError(error, directory, 'cannot write in the data directory');
  } finally {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(probe);
    } catch {
      // not created, or already gone
    }
  }
}

function assertFileWritable(file: string): void {
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw dataDirError(error, file, 'cannot write the event store file');
  }
}

/**
 * Writes a new file whole or not at all: into a temporary file beside it, flushed to disk, then linked
 * to its name (which fails if another process made it first). Returns false when the name was taken.
 */
export function writeFileAtomically(file: string, content: string, mode: number): boolean {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', mode);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && existsSync(file)) return false;
    throw dataDirError(error, dirname(file), `cannot create ${file}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // never created
    }
  }
}

const ADVICE: Readonly<Record<string, string>> = {
  EACCES: 'permission denied: give the service user write access (chown/chmod)',
  EPERM: 'operation not permitted: give the service user write access (chown/chmod)',
  EROFS: 'the file system is read-only: use a writable volume',
  ENOSPC: 'no space left on the device: free space or use a larger volume',
  EDQUOT: 'the disk quota is exhausted: free space or raise the quota',
  ENOTDIR: 'a path component is a file, not a directory',
};

export function dataDirError(error: unknown, path: string, what: string): DataDirError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const advice = ADVICE[code] ?? (error instanceof Error ? error.message : String(error));
  return new DataDirError(
    `${what} ${path} (${code || 'error'}): ${advice}; or set MEMBERFLOW_DATA_DIR to another directory. Nothing was written.`,
  );
}
