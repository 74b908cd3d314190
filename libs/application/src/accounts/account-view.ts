import { lockedAt, type AccountRole, type AccountState } from '@memberflow/domain/account';

/** `locked` while a lock is in force on an active account. */
export type AccountStatus = 'active' | 'disabled' | 'locked';

/** An account as administrators and auditors read it: never its password or hash. */
export interface AccountView {
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  /** A unit's id, or `*` (the whole deployment). */
  readonly orgScope: string;
  readonly status: AccountStatus;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly mustChangePassword: boolean;
  readonly passwordChangedAt?: string;
  /** While locked: when the lock runs out. */
  readonly lockedUntil?: string;
  /** The revision of the account's stream: the ETag. */
  readonly revision: number;
}

export function accountStatus(
  status: 'active' | 'disabled',
  lockedUntil: string | undefined | null,
  now: Date,
): AccountStatus {
  if (status === 'disabled') return 'disabled';
  return lockedUntil && Date.parse(lockedUntil) > now.getTime() ? 'locked' : 'active';
}

export function accountView(state: AccountState, revision: number, now: Date): AccountView {
  const locked = lockedAt(state, now.toISOString());
  return {
    username: state.username ?? '',
    displayName: state.displayName,
    role: state.role ?? 'analyst',
    orgScope: state.orgScope ?? '',
    status: accountStatus(state.status === 'disabled' ? 'disabled' : 'active', locked, now),
    createdAt: state.createdAt ?? '',
    createdBy: state.createdBy ?? '',
    mustChangePassword: state.mustChangePassword,
    ...(state.passwordChangedAt === undefined
      ? {}
      : { passwordChangedAt: state.passwordChangedAt }),
    ...(locked === undefined ? {} : { lockedUntil: locked }),
    revision,
  };
}
