import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { AppConfig } from '../config/config';
import { PersonDataInterceptor } from './person-data.interceptor';
import { RateLimitGuard, rateLimitModule } from './rate-limit';
import { RequestTimeoutInterceptor } from './request-timeout.interceptor';
import { StoreOutageInterceptor } from './store-outage.interceptor';

/** Modules the security providers need (the throttler's options and counters). */
export function securityImports(config: AppConfig): DynamicModule[] {
  return [rateLimitModule(config)];
}

/**
 * Global guards and interceptors, listed in AppModule before the AuthGuard: Nest runs global guards in
 * the order they are provided, and the rate limit must count requests whose token is refused too.
 * Interceptors, outermost first: the request timeout, store outages as 503, the analyst's view.
 */
export const SECURITY_PROVIDERS: readonly Provider[] = [
  { provide: APP_GUARD, useClass: RateLimitGuard },
  { provide: APP_INTERCEPTOR, useClass: RequestTimeoutInterceptor },
  { provide: APP_INTERCEPTOR, useClass: StoreOutageInterceptor },
  { provide: APP_INTERCEPTOR, useClass: PersonDataInterceptor },
];
