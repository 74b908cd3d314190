import type { AccountEvent } from './account.events';
import type { AccountRole, PasswordHash } from './account.vocabulary';

/** A session ended by signing out, kept until it would have expired anyway. */
export interface EndedSession {
  readonly sessionId: string;
  readonly expiresAt: string;
}

export interface AccountState {
  readonly username: string | undefined;
  /** `none` before the account is created. A lock is not a status: it runs out (see {@link lockedAt}). */
  readonly status: 'none' | 'active' | 'disabled';
  readonly displayName: string;
  readonly role: AccountRole | undefined;
  readonly orgScope: string | undefined;
  readonly createdAt: string | undefined;
  readonly createdBy: string | undefined;
  readonly password: PasswordHash | undefined;
  readonly passwordChangedAt: string | undefined;
  /** Set by a reset (or at creation when asked): the holder must choose a password of their own. */
  readonly mustChangePassword: boolean;
  /**
   * Goes up whenever every session issued before must end (a password changed or reset, the account
   * disabled): a session carries the version it was issued at.
   */
  readonly sessionVersion: number;
  readonly lockedUntil: string | undefined;
  readonly endedSessions: readonly EndedSession[];
  readonly lastChangedAt: string | undefined;
}

export const initialAccountState: AccountState = {
  username: undefined,
  status: 'none',
  displayName: '',
  role: undefined,
  orgScope: undefined,
  createdAt: undefined,
  createdBy: undefined,
  password: undefined,
  passwordChangedAt: undefined,
  mustChangePassword: false,
  sessionVersion: 0,
  lockedUntil: undefined,
  endedSessions: [],
  lastChangedAt: undefined,
};

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  const at = event.data.at;
  const changed = { ...state, lastChangedAt: at };
  switch (event.type) {
    case 'AccountCreated':
      return {
        ...changed,
        username: event.data.username,
        status: 'active',
        displayName: event.data.displayName,
        role: event.data.role,
        orgScope: event.data.orgScope,
        createdAt: at,
        createdBy: event.data.by,
      };
    case 'PasswordSet':
      return {
        ...changed,
        password: event.data.password,
        passwordChangedAt: at,
        mustChangePassword: event.data.mustChangePassword,
      };
    case 'PasswordChanged':
      return {
        ...changed,
        password: event.data.password,
        passwordChangedAt: at,
        mustChangePassword: false,
        sessionVersion: state.sessionVersion + 1,
      };
    case 'PasswordReset':
      // A new password makes the guesses that locked the account moot.
      return {
        ...changed,
        password: event.data.password,
        passwordChangedAt: at,
        mustChangePassword: true,
        sessionVersion: state.sessionVersion + 1,
        lockedUntil: undefined,
      };
    case 'AccountDisabled':
      return { ...changed, status: 'disabled', sessionVersion: state.sessionVersion + 1 };
    case 'AccountEnabled':
      return { ...changed, status: 'active', lockedUntil: undefined };
    case 'AccountUnlocked':
      return { ...changed, lockedUntil: undefined };
    case 'AccountRoleChanged':
      return { ...changed, role: event.data.role, orgScope: event.data.orgScope };
    case 'AccountLocked':
      return { ...changed, lockedUntil: event.data.until };
    case 'SignedOut':
      return {
        ...changed,
        endedSessions: [
          // Sessions that have expired by now need no remembering.
          ...state.endedSessions.filter((ended) => instant(ended.expiresAt) > instant(at)),
          { sessionId: event.data.sessionId, expiresAt: event.data.sessionExpiresAt },
        ],
      };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Milliseconds since the epoch of an ISO 8601 instant (NaN when it is not one). */
export function instant(iso: string): number {
  return Date.parse(iso);
}

/** The end of the lock in force at `now`, or undefined when the account is not locked then. */
export function lockedAt(state: AccountState, now: string): string | undefined {
  if (state.lockedUntil === undefined) return undefined;
  return instant(now) < instant(state.lockedUntil) ? state.lockedUntil : undefined;
}

/** Whole seconds from `now` until the lock runs out (at least 1), or 0 when not locked. */
export function lockSecondsLeft(state: AccountState, now: string): number {
  const until = lockedAt(state, now);
  return until === undefined ? 0 : Math.max(1, Math.ceil((instant(until) - instant(now)) / 1000));
}

/** What a sign-in with the right password comes to, at `now`. */
export type SignInVerdict = 'allowed' | 'disabled' | 'locked';

/**
 * Whether the holder may sign in now. A locked account refuses even the right password (else the lock
 * would not stop the guessing); a disabled one is told only to whoever knows the password.
 */
export function signInVerdict(state: AccountState, now: string): SignInVerdict {
  if (lockedAt(state, now) !== undefined) return 'locked';
  if (state.status !== 'active') return 'disabled';
  return 'allowed';
}

/** What a session presents: its id and the session version it was issued at. */
export interface SessionTicket {
  readonly sessionId: string;
  readonly version: number;
}

/** Why a session is no longer accepted, or undefined while it is (its expiry is the token's). */
export type SessionEnd = 'no_account' | 'disabled' | 'superseded' | 'signed_out';

export function sessionEnd(state: AccountState, ticket: SessionTicket): SessionEnd | undefined {
  if (state.status === 'none') return 'no_account';
  if (state.status === 'disabled') return 'disabled';
  if (ticket.version !== state.sessionVersion) return 'superseded';
  if (state.endedSessions.some((ended) => ended.sessionId === ticket.sessionId))
    return 'signed_out';
  return undefined;
}
