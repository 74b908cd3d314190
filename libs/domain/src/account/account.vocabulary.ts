/**
 * The words of an account of a person who signs in (issue 19): the roles a person may hold, how a
 * username is spelled, what a password must be, and when repeated failures lock the account.
 */

/** The roles of people, the same as the roles of bearer tokens (libs/application auth/principal.ts). */
export const ACCOUNT_ROLES = ['officer', 'auditor', 'analyst', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export function isAccountRole(value: unknown): value is AccountRole {
  return typeof value === 'string' && (ACCOUNT_ROLES as readonly string[]).includes(value);
}

/** An account whose scope is the whole deployment (every root unit). */
export const WHOLE_DEPLOYMENT_SCOPE = '*';

/** 3–64 of lower-case letters, digits, `.`, `_` and `-`: also the id of its stream (`account-<username>`). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;

export function isUsername(value: unknown): value is string {
  return typeof value === 'string' && USERNAME_PATTERN.test(value);
}

/** The longest display name kept. */
export const DISPLAY_NAME_MAX_LENGTH = 200;

/** A password is at least this many characters long (after Unicode normalization, NFC). */
export const PASSWORD_MIN_LENGTH = 10;
/** ... and at most this many: hashing a megabyte costs the server, not the guesser. */
export const PASSWORD_MAX_LENGTH = 256;

/** Repeated failures lock an account (the lock is an event, so every replica honours it). */
export const LOCKOUT = {
  /** Failed sign-ins within the window that lock the account: the fifth locks it. */
  failures: 5,
  /** The window the failures are counted in, ending at the latest failure. */
  windowMs: 15 * 60_000,
  /** How long the lock lasts from the failure that set it. */
  lockMs: 15 * 60_000,
} as const;

/**
 * A password as the account keeps it: a memory-hard hash computed outside the domain (libs/application
 * accounts/passwords.ts), with the parameters it was computed with so that they can be raised later.
 * The domain never sees a password, only this.
 */
export interface PasswordHash {
  /** e.g. `scrypt`. */
  readonly algorithm: string;
  /** The algorithm's parameters, e.g. `{ N: 32768, r: 8, p: 1, keyLength: 64 }`. */
  readonly params: Readonly<Record<string, number>>;
  /** Base64. */
  readonly salt: string;
  /** Base64. */
  readonly hash: string;
}
