import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from '@memberflow/application';

/** Express middleware timing every request under its route pattern (`/api/members/:id`). */
export function requestTiming(metrics: Metrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const end = metrics.requests.startTimer({ method: request.method });
    response.on('finish', () => {
      const pattern = (request.route as { path?: unknown } | undefined)?.path;
      const route = typeof pattern === 'string' ? `${request.baseUrl}${pattern}` : '(no route)';
      end({ route, status: String(response.statusCode) });
    });
    next();
  };
}
