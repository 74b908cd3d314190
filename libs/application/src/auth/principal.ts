export const ROLES = ['officer', 'auditor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Scope of a token that covers the whole deployment (every root unit). */
export const WHOLE_DEPLOYMENT = '*';

/** The authenticated caller, as read from a verified token. */
export interface Principal {
  readonly id: string;
  readonly roles: readonly Role[];
  /** Root of the subtree the token may act on, or `*`. */
  readonly orgScope: string;
}

export interface TokenClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly org: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether the principal's scope covers a unit, given the unit's id and its ancestors' ids. */
export function scopeCovers(
  principal: Principal,
  orgId: string,
  ancestorIds: readonly string[],
): boolean {
  return (
    principal.orgScope === WHOLE_DEPLOYMENT ||
    principal.orgScope === orgId ||
    ancestorIds.includes(principal.orgScope)
  );
}
