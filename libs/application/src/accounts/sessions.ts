import {
  createHash,
  createHmac,
  createSecretKey,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { TOKEN_ISSUER } from '../auth/tokens';

/** The session cookie (httpOnly) and the CSRF cookie (read by the console), see ADR 0015. */
export const SESSION_COOKIE = 'mf_session';
export const CSRF_COOKIE = 'mf_csrf';
/** The header a cookie-authenticated request with an unsafe method repeats the CSRF cookie in. */
export const CSRF_HEADER = 'x-csrf-token';

/** A session lasts 8 hours from sign-in, whatever happens in between (no sliding renewal). */
export const SESSION_LIFETIME_SECONDS = 8 * 3600;

/** Session tokens are JWTs of their own audience, signed with a key of their own (below). */
const SESSION_AUDIENCE = 'memberflow-session';

/** What a session token says, once verified. */
export interface SessionClaims {
  readonly username: string;
  readonly sessionId: string;
  /** The account's session version when the token was issued: a later version ends it. */
  readonly version: number;
  /** SHA-256 of the CSRF token issued with it (the token itself is in the CSRF cookie). */
  readonly csrfHash: string;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

export interface IssuedSession {
  /** The value of the session cookie. */
  readonly token: string;
  /** The value of the CSRF cookie, also answered to the console once. */
  readonly csrfToken: string;
  readonly claims: SessionClaims;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Issues and verifies session tokens. The key is derived from the deployment's signing secret
 * (HMAC-SHA-256 with a label), so a session token is never a valid bearer token nor the reverse, and
 * replicas sharing the secret share sessions. The token holds no role or scope: those are read from the
 * account at each request (a role change applies at once).
 */
export class SessionTokens {
  private readonly jwt: JwtService;

  constructor(signingSecret: string) {
    const key: KeyObject = createSecretKey(
      createHmac('sha256', signingSecret).update('memberflow session tokens v1').digest(),
    );
    this.jwt = new JwtService({ secret: key });
  }

  /**
   * A new session, or a session re-issued at a new version (after its holder changed the password:
   * the same id, CSRF token and end).
   */
  issue(options: {
    readonly username: string;
    readonly version: number;
    readonly now: Date;
    readonly continuing?: { readonly claims: SessionClaims; readonly csrfToken: string };
  }): IssuedSession {
    const { username, version, now, continuing } = options;
    const csrfToken = continuing?.csrfToken ?? randomBytes(32).toString('base64url');
    const claims: SessionClaims = {
      username,
      sessionId: continuing?.claims.sessionId ?? randomBytes(16).toString('base64url'),
      version,
      csrfHash: sha256(csrfToken),
      expiresAt:
        continuing?.claims.expiresAt ?? Math.floor(now.getTime() / 1000) + SESSION_LIFETIME_SECONDS,
    };
    const token = this.jwt.sign(
      {
        sub: claims.username,
        sid: claims.sessionId,
        ver: claims.version,
        csrf: claims.csrfHash,
        iat: Math.floor(now.getTime() / 1000),
        exp: claims.expiresAt,
      },
      { algorithm: 'HS256', issuer: TOKEN_ISSUER, audience: SESSION_AUDIENCE },
    );
    return { token, csrfToken, claims };
  }

  /** The claims of a token this deployment issued and that has not expired; undefined otherwise. */
  verify(token: string, now: Date): SessionClaims | undefined {
    try {
      const claims = this.jwt.verify<Record<string, unknown>>(token, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: SESSION_AUDIENCE,
        clockTimestamp: Math.floor(now.getTime() / 1000),
      });
      const { sub, sid, ver, csrf, iat, exp } = claims;
      if (typeof sub !== 'string' || typeof sid !== 'string' || typeof csrf !== 'string')
        return undefined;
      if (typeof ver !== 'number' || typeof iat !== 'number' || typeof exp !== 'number')
        return undefined;
      if (exp - iat > SESSION_LIFETIME_SECONDS) return undefined;
      return { username: sub, sessionId: sid, version: ver, csrfHash: csrf, expiresAt: exp };
    } catch {
      return undefined;
    }
  }

  /** Whether a CSRF token is the one issued with the session (and sent in both cookie and header). */
  csrfMatches(
    claims: SessionClaims,
    cookie: string | undefined,
    header: string | undefined,
  ): boolean {
    if (cookie === undefined || header === undefined || cookie === '' || !sameText(cookie, header))
      return false;
    return sameText(sha256(header), claims.csrfHash);
  }
}
