import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics: process defaults, HTTP requests by route pattern and status, and
 * commands by aggregate, action and outcome. Labels never carry ids or person data (route patterns only).
 */
export class Metrics {
  readonly registry = new Registry();

  private readonly requests = new Histogram({
    name: 'memberflow_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'memberflow_commands_total',
    help: 'Commands by aggregate, action and outcome (appended, replayed, rejected, conflict, error)',
    labelNames: ['aggregate', 'action', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'memberflow_' });
  }

  /** Express middleware timing every request under its route pattern (`/api/members/:id`). */
  httpTiming() {
    return (request: Request, response: Response, next: NextFunction): void => {
      const end = this.requests.startTimer({ method: request.method });
      response.on('finish', () => {
        const pattern = (request.route as { path?: unknown } | undefined)?.path;
        const route = typeof pattern === 'string' ? `${request.baseUrl}${pattern}` : '(no route)';
        end({ route, status: String(response.statusCode) });
      });
      next();
    };
  }
}
