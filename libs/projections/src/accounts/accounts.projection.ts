import { ACCOUNT_EVENT_TYPES, type AccountEvent } from '@memberflow/domain/account';
import type { StoredEvent } from '@memberflow/event-store';
import { queryIn, toNumber, writeRows } from '../read-db/batch-sql';
import type { Sql } from '../read-db/read-db';
import type { Projection, ProjectionSession, SessionContext } from '../runner/projection';

export type AccountsTable = 'account';

/** An account as the list of accounts shows it: never a password or its hash. */
export interface AccountRow {
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly orgScope: string;
  /** `active` or `disabled`; a lock is `lockedUntil`, which runs out by itself. */
  readonly status: 'active' | 'disabled';
  readonly lockedUntil: string | null;
  readonly createdAt: string;
  readonly revision: number;
}

const COLUMNS = [
  'username',
  'display_name',
  'role',
  'org_scope',
  'status',
  'locked_until',
  'created_at',
  'revision',
] as const;

interface StoredRow {
  readonly username: string;
  readonly display_name: string;
  readonly role: string;
  readonly org_scope: string;
  readonly status: string;
  readonly locked_until: string | null;
  readonly created_at: string;
  readonly revision: number | string;
}

export function toAccountRow(row: StoredRow): AccountRow {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    orgScope: row.org_scope,
    status: row.status === 'disabled' ? 'disabled' : 'active',
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    revision: toNumber(row.revision),
  };
}

const ACCOUNT_TYPES: ReadonlySet<string> = new Set(ACCOUNT_EVENT_TYPES);
const PREFIX = 'account-';

/** An account's row after one of its events (undefined before it is created). */
export function evolveAccountRow(
  row: AccountRow | undefined,
  event: AccountEvent,
  revision: number,
): AccountRow | undefined {
  if (event.type === 'AccountCreated') {
    const { username, displayName, role, orgScope, at } = event.data;
    return {
      username,
      displayName,
      role,
      orgScope,
      status: 'active',
      lockedUntil: null,
      createdAt: at,
      revision,
    };
  }
  if (row === undefined) return undefined;
  const next = { ...row, revision };
  switch (event.type) {
    case 'AccountDisabled':
      return { ...next, status: 'disabled' };
    case 'AccountEnabled':
      return { ...next, status: 'active', lockedUntil: null };
    case 'AccountUnlocked':
    case 'PasswordReset':
      return { ...next, lockedUntil: null };
    case 'AccountLocked':
      return { ...next, lockedUntil: event.data.until };
    case 'AccountRoleChanged':
      return { ...next, role: event.data.role, orgScope: event.data.orgScope };
    case 'PasswordSet':
    case 'PasswordChanged':
    case 'SignedOut':
      return next;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/**
 * The accounts of people (issue 19): one row per account, for the administrators' list filtered by the
 * unit each account is scoped to. A single account is read from its stream (libs/application), not
 * from here.
 */
export const accountsProjection: Projection<AccountsTable> = {
  name: 'accounts',
  version: 1,
  description: 'Accounts of people: role, scope, status (no passwords)',
  tables: ['account'],

  schema: (t, { key, text, int }) => [
    `CREATE TABLE ${t.account} (
       username ${key} PRIMARY KEY,
       display_name ${text} NOT NULL,
       role ${key} NOT NULL,
       org_scope ${key} NOT NULL,
       status ${key} NOT NULL,
       locked_until ${key},
       created_at ${key} NOT NULL,
       revision ${int} NOT NULL
     )`,
  ],

  indexes: (t) => [`CREATE INDEX ${t.account}_scope ON ${t.account} (org_scope, username)`],

  open: (context) => new AccountsSession(context),
};

class AccountsSession implements ProjectionSession {
  /** Rows changed since the last flush, and rows read back for them. */
  private readonly rows = new Map<string, AccountRow | undefined>();
  private readonly dirty = new Set<string>();

  constructor(private readonly context: SessionContext<AccountsTable>) {}

  get full(): boolean {
    return this.rows.size >= this.context.budget.streams;
  }

  async apply(events: readonly StoredEvent[]): Promise<void> {
    const mine = events.filter(
      (stored) => stored.streamId.startsWith(PREFIX) && ACCOUNT_TYPES.has(stored.type),
    );
    if (mine.length === 0) return;
    await this.loadMissing(mine.map((stored) => stored.streamId.slice(PREFIX.length)));
    for (const stored of mine) {
      const username = stored.streamId.slice(PREFIX.length);
      const event = {
        type: stored.type,
        occurredOn: stored.metadata.occurredOn,
        data: stored.data,
      } as AccountEvent;
      this.rows.set(username, evolveAccountRow(this.rows.get(username), event, stored.revision));
      this.dirty.add(username);
    }
  }

  async flush(tx: Sql): Promise<void> {
    const written = [...this.dirty]
      .map((username) => this.rows.get(username))
      .filter((row): row is AccountRow => row !== undefined);
    await writeRows(
      tx,
      {
        table: this.context.tables.account,
        columns: COLUMNS,
        key: ['username'],
        onConflict: 'replace',
      },
      written.map((row) => [
        row.username,
        row.displayName,
        row.role,
        row.orgScope,
        row.status,
        row.lockedUntil,
        row.createdAt,
        row.revision,
      ]),
    );
    this.dirty.clear();
    this.rows.clear();
  }

  private async loadMissing(usernames: readonly string[]): Promise<void> {
    const missing = [...new Set(usernames)].filter((username) => !this.rows.has(username));
    if (missing.length === 0) return;
    const found = await queryIn<StoredRow>(
      this.context.db,
      `SELECT * FROM ${this.context.tables.account} WHERE username IN (?)`,
      missing,
    );
    for (const username of missing) this.rows.set(username, undefined);
    for (const row of found) this.rows.set(row.username, toAccountRow(row));
  }
}
