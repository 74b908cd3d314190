import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics: process defaults, HTTP requests by route pattern and status, and
 * commands by aggregate, action and outcome. Labels never carry ids or person data (route patterns only).
 */
export class Metrics {
  readonly registry = new Registry();

  /** Filled by the HTTP edge (apps/api http/request-timing.ts). */
  readonly requests = new Histogram({
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
}
