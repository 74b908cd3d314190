import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { AppConfig } from '@memberflow/application';
import { RateLimitGuard, rateLimitModule } from './rate-limit';
import { RequestPolicyInterceptor } from './request-policy.interceptor';

/** Modules the security providers need (the throttler's options and counters). */
export function securityImports(config: AppConfig): DynamicModule[] {
  return [rateLimitModule(config)];
}

/**
 * The global guard and interceptor, listed in AppModule before the AuthGuard: Nest runs global guards in
 * the order they are provided, and the rate limit must count requests whose token is refused too. One
 * interceptor holds the request timeout, store outages as 503 and the analyst's view.
 */
export const SECURITY_PROVIDERS: readonly Provider[] = [
  { provide: APP_GUARD, useClass: RateLimitGuard },
  { provide: APP_INTERCEPTOR, useClass: RequestPolicyInterceptor },
];
