import type { ReadDb, Session } from '../read-db/read-db';

/**
 * One lock per projection, so that among several api and worker processes exactly one applies it. A
 * lock only decides who works; correctness does not rest on it (the checkpoint fence does).
 */
export interface ProjectionLocks {
  /** Keeps the locks held and takes those that are free; returns the names held now. */
  refresh(names: readonly string[]): Promise<ReadonlySet<string>>;
  releaseAll(): Promise<void>;
}

export function projectionLocks(db: ReadDb, holder: string, leaseMs: number): ProjectionLocks {
  return db.dialect === 'postgres' ? new AdvisoryLocks(db) : new LeaseLocks(db, holder, leaseMs);
}

/**
 * SQLite has no locks that outlive a transaction, so a lock is a lease row renewed on every refresh;
 * when its holder dies the lease runs out and the next process to refresh takes it over.
 */
class LeaseLocks implements ProjectionLocks {
  constructor(
    private readonly db: ReadDb,
    private readonly holder: string,
    private readonly leaseMs: number,
  ) {}

  async refresh(names: readonly string[]): Promise<ReadonlySet<string>> {
    const now = Date.now();
    const held = new Set<string>();
    await this.db.transaction(async (tx) => {
      for (const name of names) {
        const rows = await tx.query(
          `INSERT INTO mf_projection_lease (name, holder, expires_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
           WHERE mf_projection_lease.holder = excluded.holder OR mf_projection_lease.expires_at < ?
           RETURNING holder`,
          [name, this.holder, now + this.leaseMs, now],
        );
        if (rows.length > 0) held.add(name);
      }
    });
    return held;
  }

  async releaseAll(): Promise<void> {
    await this.db.transaction((tx) =>
      tx.query('DELETE FROM mf_projection_lease WHERE holder = ?', [this.holder]),
    );
  }
}

/**
 * PostgreSQL session-level advisory locks on a connection of their own: the server releases them when
 * the connection ends, so a dead holder's projections are free at once.
 */
class AdvisoryLocks implements ProjectionLocks {
  private session: Session | undefined;
  private readonly held = new Set<string>();

  constructor(private readonly db: ReadDb) {}

  async refresh(names: readonly string[]): Promise<ReadonlySet<string>> {
    try {
      this.session ??= await this.db.session();
      // A connection that died took its locks with it: find out before claiming to hold any.
      await this.session.query('SELECT 1');
      for (const name of names) {
        if (this.held.has(name)) continue;
        const [row] = await this.session.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_lock(hashtext('memberflow:projection'), hashtext(?)) AS locked",
          [name],
        );
        if (row?.locked) this.held.add(name);
      }
    } catch (error) {
      // Whatever failed, give up every lock: a connection returned to the pool must not keep any.
      await this.releaseAll().catch(() => undefined);
      throw error;
    }
    return new Set(this.held);
  }

  async releaseAll(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.held.clear();
    if (!session) return;
    try {
      await session.query('SELECT pg_advisory_unlock_all()');
    } finally {
      await session.release();
    }
  }
}
