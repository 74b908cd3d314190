import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { AppConfig } from '@memberflow/application';
import { RateLimitGuard, rateLimitModule, rateLimited } from './rate-limit';
import { RequestPolicyInterceptor } from './request-policy.interceptor';

/** Modules the security providers need (the throttler's options and counters, when a limit is set). */
export function securityImports(config: AppConfig): DynamicModule[] {
  return rateLimited(config) ? [rateLimitModule(config)] : [];
}

/**
 * The global guard and interceptor, listed in AppModule before the AuthGuard: Nest runs global guards in
 * the order they are provided, and the rate limit must count requests whose token is refused too. One
 * interceptor holds the request timeout, store outages as 503 and the analyst's view.
 */
export function securityProviders(config: AppConfig): Provider[] {
  const rateLimit: Provider[] = rateLimited(config)
    ? [{ provide: APP_GUARD, useClass: RateLimitGuard }]
    : [];
  return [...rateLimit, { provide: APP_INTERCEPTOR, useClass: RequestPolicyInterceptor }];
}
