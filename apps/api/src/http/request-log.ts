import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * One structured line per request: method, route path, status, duration. Never the body, the query
 * string or headers: they can hold person data and tokens.
 */
export function requestLog(logger: LoggerService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log(
        {
          method: request.method,
          path: routeOf(request),
          status: response.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        'http',
      );
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
function routeOf(request: Request): string {
  const pattern: unknown = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern !== 'string') return '(no route)';
  const params = (request.params ?? {}) as Record<string, unknown>;
  return `${request.baseUrl}${pattern}`.replace(/:(\w+)/g, (placeholder, name: string) => {
    const value = params[name];
    return typeof value === 'string' && LOGGABLE_PARAM.test(value) ? value : placeholder;
  });
}
