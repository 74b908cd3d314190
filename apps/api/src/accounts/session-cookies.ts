import type { Request, Response } from 'express';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  type IssuedSession,
} from '@memberflow/application';

/** The cookies of a request (the header parsed here: no cookie middleware reads every request). */
export function requestCookies(request: Request): Readonly<Record<string, string>> {
  const header = request.headers.cookie;
  if (typeof header !== 'string' || header === '') return {};
  const cookies: Record<string, string> = {};
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    const name = part.slice(0, equals).trim();
    if (name !== SESSION_COOKIE && name !== CSRF_COOKIE) continue;
    // The first one wins, as browsers send the most specific path first.
    if (cookies[name] !== undefined) continue;
    let value = part.slice(equals + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

export function csrfHeader(request: Request): string | undefined {
  const value = request.headers[CSRF_HEADER];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The session cookie (httpOnly: scripts never read it) and the CSRF cookie (read by the console, sent
 * back as X-CSRF-Token), both SameSite=Strict on the whole site, ending with the session; `Secure`
 * in production mode or with MEMBERFLOW_COOKIE_SECURE=true.
 */
export function setSessionCookies(
  response: Response,
  session: IssuedSession,
  secure: boolean,
): void {
  const maxAge = Math.max(0, session.claims.expiresAt * 1000 - Date.now());
  const common = { sameSite: 'strict', path: '/', secure, maxAge } as const;
  response.cookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  response.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(response: Response, secure: boolean): void {
  const common = { sameSite: 'strict', path: '/', secure } as const;
  response.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  response.clearCookie(CSRF_COOKIE, { ...common, httpOnly: false });
}
