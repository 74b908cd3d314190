import { createSecretKey, type KeyObject } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { isRole, type Principal, type Role, type TokenClaims } from './principal';

export const TOKEN_ISSUER = 'memberflow';

/** The longest a token may live: a leaked token stops working within this time whatever it says. */
export const MAX_TOKEN_LIFETIME_SECONDS = 90 * 24 * 3600;

export interface IssueTokenOptions {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly org: string;
  /** Lifetime, e.g. `8h`, `30d`. */
  readonly expiresIn: string;
}

/**
 * The signing secret as a key, made once. Given the secret as a string, jsonwebtoken tries on every
 * signature and verification to read it as a public or private key first (which throws), then makes a
 * secret key of it: that attempt was most of a command request's CPU.
 */
export function signingKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

export function issueToken(secret: string, options: IssueTokenOptions): string {
  const claims: TokenClaims = { sub: options.subject, roles: options.roles, org: options.org };
  const jwt = new JwtService({ secret: signingKey(secret) });
  const token = jwt.sign(
    { ...claims },
    { algorithm: 'HS256', issuer: TOKEN_ISSUER, expiresIn: options.expiresIn as never },
  );
  const { iat, exp } = jwt.decode<{ iat: number; exp: number }>(token);
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError(
      `a token may live at most ${MAX_TOKEN_LIFETIME_SECONDS / 86_400} days (asked: ${options.expiresIn})`,
    );
  }
  return token;
}

/** Verifies signature, issuer and expiry; returns undefined for any token that is not valid. */
export function verifyToken(jwt: JwtService, token: string): Principal | undefined {
  try {
    const claims = jwt.verify<Partial<TokenClaims>>(token, {
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
    });
    // A token must expire, and within the longest lifetime issued (one without `exp` never would).
    const { exp, iat } = claims as { exp?: unknown; iat?: unknown };
    if (typeof exp !== 'number' || typeof iat !== 'number') return undefined;
    if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) return undefined;
    const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
    if (typeof claims.sub !== 'string' || typeof claims.org !== 'string' || roles.length === 0)
      return undefined;
    return { id: claims.sub, roles, orgScope: claims.org };
  } catch {
    return undefined;
  }
}
