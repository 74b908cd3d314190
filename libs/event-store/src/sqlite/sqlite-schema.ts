import type Database from 'better-sqlite3';

/**
 * The store's tables, one migration per schema change, applied in order and counted in the file's
 * `user_version`. Appended to, never edited: a file written by an older build migrates forwards.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE events (
    -- AUTOINCREMENT: a position is never reused, even if the last rows were deleted by hand.
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id      TEXT    NOT NULL,
    revision       INTEGER NOT NULL,
    event_id       TEXT    NOT NULL UNIQUE,
    type           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    data           TEXT    NOT NULL,
    metadata       TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL,
    prev_hash      TEXT    NOT NULL,
    hash           TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  );
  -- One row per stream, so the expected-revision check and the chain's head are one lookup.
  CREATE TABLE streams (
    stream_id TEXT    PRIMARY KEY,
    revision  INTEGER NOT NULL,
    head_hash TEXT    NOT NULL
  ) WITHOUT ROWID;
  `,
];

/** Brings the file's schema up to date; IMMEDIATE so two processes opening a new file cannot both migrate. */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    const applied = db.pragma('user_version', { simple: true }) as number;
    if (applied > MIGRATIONS.length) {
      throw new Error(
        `schema version ${applied} is newer than this build knows (${MIGRATIONS.length}); upgrade memberflow`,
      );
    }
    for (const sql of MIGRATIONS.slice(applied)) db.exec(sql);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
