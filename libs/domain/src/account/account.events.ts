import type { DomainEvent } from '../kernel/decider';
import type { LocalDate } from '../kernel/local-date';
import type { AccountRole, PasswordHash } from './account.vocabulary';

/**
 * Every change to an account is one of these events, in the stream `account-<username>`. `at` is the
 * instant the application decided it (ISO 8601 UTC); `by` who did it (the actor is also in the
 * metadata). A password hash is kept in the events that set one and shown to nobody (the account's
 * history leaves it out).
 */
export type AccountCreated = DomainEvent<
  'AccountCreated',
  {
    username: string;
    displayName: string;
    role: AccountRole;
    orgScope: string;
    by: string;
    at: string;
  }
>;
/** The first password, set with the account. */
export type PasswordSet = DomainEvent<
  'PasswordSet',
  { password: PasswordHash; mustChangePassword: boolean; by: string; at: string }
>;
/** The account holder changed their password: their other sessions end. */
export type PasswordChanged = DomainEvent<
  'PasswordChanged',
  { password: PasswordHash; at: string }
>;
/** An administrator set a new password: every session ends, and the holder must change it. */
export type PasswordReset = DomainEvent<
  'PasswordReset',
  { password: PasswordHash; by: string; at: string }
>;
export type AccountDisabled = DomainEvent<'AccountDisabled', { by: string; at: string }>;
export type AccountEnabled = DomainEvent<'AccountEnabled', { by: string; at: string }>;
/** An administrator lifted a lock before it ran out. */
export type AccountUnlocked = DomainEvent<'AccountUnlocked', { by: string; at: string }>;
export type AccountRoleChanged = DomainEvent<
  'AccountRoleChanged',
  {
    role: AccountRole;
    orgScope: string;
    previousRole: AccountRole;
    previousOrgScope: string;
    by: string;
    at: string;
  }
>;
/** Repeated failed sign-ins locked the account until `until`. */
export type AccountLocked = DomainEvent<
  'AccountLocked',
  { until: string; failures: number; at: string }
>;
/** A session was ended by signing out: no replica accepts it again. */
export type SignedOut = DomainEvent<
  'SignedOut',
  { sessionId: string; sessionExpiresAt: string; at: string }
>;

export type AccountEvent =
  | AccountCreated
  | PasswordSet
  | PasswordChanged
  | PasswordReset
  | AccountDisabled
  | AccountEnabled
  | AccountUnlocked
  | AccountRoleChanged
  | AccountLocked
  | SignedOut;

export const ACCOUNT_EVENT_TYPES: readonly AccountEvent['type'][] = [
  'AccountCreated',
  'PasswordSet',
  'PasswordChanged',
  'PasswordReset',
  'AccountDisabled',
  'AccountEnabled',
  'AccountUnlocked',
  'AccountRoleChanged',
  'AccountLocked',
  'SignedOut',
];

/** What every command on an account carries. */
interface AccountCommandBase {
  readonly username: string;
  /** The business date (today in Vietnam): accounts change when they are changed. */
  readonly occurredOn: LocalDate;
  /** The instant the application decides the command at (ISO 8601 UTC). */
  readonly at: string;
  /** Who asks (a username, a token's subject, the CLI): recorded in the events. */
  readonly by: string;
  readonly reason?: string;
  readonly documentRef?: string;
}

export type AccountCommand =
  | (AccountCommandBase & {
      readonly action: 'create';
      readonly payload: {
        readonly displayName: string;
        readonly role: AccountRole;
        readonly orgScope: string;
        readonly password: PasswordHash;
        readonly mustChangePassword: boolean;
      };
    })
  | (AccountCommandBase & {
      readonly action: 'change-password' | 'reset-password';
      readonly payload: { readonly password: PasswordHash };
    })
  | (AccountCommandBase & {
      readonly action: 'disable' | 'enable';
      readonly payload: Readonly<Record<string, never>>;
    })
  | (AccountCommandBase & {
      readonly action: 'change-role';
      readonly payload: { readonly role: AccountRole; readonly orgScope: string };
    })
  | (AccountCommandBase & {
      readonly action: 'lock';
      /** The instants of the recent failed sign-ins (counted by the process that saw them). */
      readonly payload: { readonly failures: readonly string[] };
    })
  | (AccountCommandBase & {
      readonly action: 'sign-out';
      readonly payload: { readonly sessionId: string; readonly sessionExpiresAt: string };
    });

export type AccountAction = AccountCommand['action'];

/** The actions an administrator takes on an account over HTTP (`/api/accounts/{username}/actions/…`). */
export const ADMIN_ACCOUNT_ACTIONS = [
  'disable',
  'enable',
  'reset-password',
  'change-role',
] as const;
export type AdminAccountAction = (typeof ADMIN_ACCOUNT_ACTIONS)[number];
