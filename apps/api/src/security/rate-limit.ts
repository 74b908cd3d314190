import { createHash } from 'node:crypto';
import { Injectable, type DynamicModule, type ExecutionContext } from '@nestjs/common';
import {
  ThrottlerGuard,
  ThrottlerModule,
  type ThrottlerLimitDetail,
  type ThrottlerOptions,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, type AppConfig } from '@memberflow/application';
import { requestCookies } from '../accounts/session-cookies';
import { ProblemException } from '../http/problem';

const BEARER = /^Bearer\s+(\S+)$/i;

/** The bearer token a request carries, else its session cookie (a session counts as a token). */
function tokenOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) return BEARER.exec(header)?.[1];
  return requestCookies(request)[SESSION_COOKIE] || undefined;
}

/** The token a request carries, hashed (a bucket per token; the token itself is never kept). */
function tokenTracker(request: Request): string {
  return createHash('sha256')
    .update(tokenOf(request) ?? '')
    .digest('base64url');
}

function hasToken(context: ExecutionContext): boolean {
  return tokenOf(context.switchToHttp().getRequest<Request>()) !== undefined;
}

/** Whether any limit is set: with both at 0 (a documented setting) no throttler is registered at all. */
export function rateLimited(config: AppConfig): boolean {
  return config.rateLimit.perToken > 0 || config.rateLimit.perAddress > 0;
}

/**
 * Two limits over one window (api.md: 429): per client address, counting every request, and per token,
 * counting the requests that carry one. A limit of 0 turns that limit off. Counters live in the process
 * (each replica counts its own).
 */
export function rateLimitModule(config: AppConfig): DynamicModule {
  const { perToken, perAddress, windowSeconds } = config.rateLimit;
  const ttl = windowSeconds * 1000;
  const throttlers: ThrottlerOptions[] = [];
  if (perAddress > 0) throttlers.push({ name: 'address', ttl, limit: perAddress });
  if (perToken > 0) {
    throttlers.push({
      name: 'token',
      ttl,
      limit: perToken,
      skipIf: (context) => !hasToken(context),
      getTracker: (request) => tokenTracker(request as Request),
    });
  }
  return ThrottlerModule.forRoot({ throttlers, setHeaders: false });
}

/**
 * The throttler as a global guard ahead of authentication, so floods of bad tokens are limited too. One
 * counter per address and per token across every route, and a problem+json 429 with Retry-After.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override generateKey(
    _context: ExecutionContext,
    tracker: string,
    name: string,
  ): string {
    return `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    const per = detail.key.startsWith('token:') ? 'token' : 'address';
    throw new ProblemException(
      429,
      'too_many_requests',
      {
        vi: `Quá nhiều yêu cầu (${per === 'token' ? 'theo mã truy cập' : 'theo địa chỉ'}: tối đa ${detail.limit} trong ${Math.round(detail.ttl / 1000)} giây); hãy thử lại sau ${retryAfter} giây`,
        en: `Too many requests (per ${per}: at most ${detail.limit} in ${Math.round(detail.ttl / 1000)} s); retry after ${retryAfter} s`,
      },
      {
        details: {
          limit: detail.limit,
          windowSeconds: detail.ttl / 1000,
          retryAfterSeconds: retryAfter,
          per,
        },
      },
    );
  }
}
