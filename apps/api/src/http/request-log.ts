import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * One line per request: method, route path, status, duration, as a JSON object's fields in the json
 * format and as `GET /health 200 7.9 ms` in the pretty one. Never the body, the query string or
 * headers: they can hold person data and tokens. A file served outside any route (the OpenAPI page's
 * scripts and styles) is not logged; an unmatched path that fails is, as `(no route)`.
 */
export function requestLog(logger: LoggerService, format: 'json' | 'pretty') {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const path = routeOf(request);
      if (path === undefined && response.statusCode < 400) return;
      const line = {
        method: request.method,
        path: path ?? '(no route)',
        status: response.statusCode,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      };
      const message =
        format === 'json' ? line : `${line.method} ${line.path} ${line.status} ${line.ms} ms`;
      logger.log(message, 'http');
    });
    next();
  };
}

/** A path parameter kept in the log: an id with a letter in it (a UUID, a unit's slug), nothing else. */
const LOGGABLE_PARAM = /^(?=[^/]*[a-z])[a-z0-9._-]{1,100}$/i;

/**
 * The route the request matched, with the ids it named (`/api/members/<uuid>/history`): a parameter
 * that is not such an id (a citizen ID or a name typed where an id belongs) stays `:param`; an
 * unmatched path is not logged at all, since anything may have been typed into it.
 */
function routeOf(request: Request): string | undefined {
  const pattern: unknown = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern !== 'string') return undefined;
  const params = (request.params ?? {}) as Record<string, unknown>;
  return `${request.baseUrl}${pattern}`.replace(/:(\w+)/g, (placeholder, name: string) => {
    const value = params[name];
    return typeof value === 'string' && LOGGABLE_PARAM.test(value) ? value : placeholder;
  });
}
