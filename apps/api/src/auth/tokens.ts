import { JwtService } from '@nestjs/jwt';
import { isRole, type Principal, type Role, type TokenClaims } from './principal';

export const TOKEN_ISSUER = 'memberflow';

export interface IssueTokenOptions {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly org: string;
  /** Lifetime, e.g. `8h`, `30d`. */
  readonly expiresIn: string;
}

export function issueToken(secret: string, options: IssueTokenOptions): string {
  const claims: TokenClaims = { sub: options.subject, roles: options.roles, org: options.org };
  return new JwtService({ secret }).sign(
    { ...claims },
    { algorithm: 'HS256', issuer: TOKEN_ISSUER, expiresIn: options.expiresIn as never },
  );
}

/** Verifies signature, issuer and expiry; returns undefined for any token that is not valid. */
export function verifyToken(jwt: JwtService, token: string): Principal | undefined {
  try {
    const claims = jwt.verify<Partial<TokenClaims>>(token, {
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
    });
    const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
    if (typeof claims.sub !== 'string' || typeof claims.org !== 'string' || roles.length === 0)
      return undefined;
    return { id: claims.sub, roles, orgScope: claims.org };
  } catch {
    return undefined;
  }
}
