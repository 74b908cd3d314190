import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Gauge } from 'prom-client';
import type { EventStore } from '@memberflow/event-store';
import { Public } from '../auth/auth.guard';
import { ApiAnswer } from '../http/operation-docs';
import { ProjectionService, EVENT_STORE, Metrics } from '@memberflow/application';

@ApiTags('operations')
@Controller()
export class MetricsController {
  private readonly head: Gauge;
  private readonly lag: Gauge<'projection'>;

  constructor(
    private readonly metrics: Metrics,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionService,
  ) {
    this.head = new Gauge({
      name: 'memberflow_store_head_position',
      help: 'Position of the last event in the store',
      registers: [metrics.registry],
    });
    this.lag = new Gauge({
      name: 'memberflow_projection_lag_events',
      help: 'Events between the store head and the serving generation of each projection',
      labelNames: ['projection'] as const,
      registers: [metrics.registry],
    });
  }

  @Get('metrics')
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Prometheus metrics (no ids or person data in labels)' })
  @ApiProduces('text/plain')
  @ApiAnswer(200, 'The Prometheus text format, version 0.0.4', { type: 'string' })
  async scrape(): Promise<string> {
    this.head.set(Number(await this.store.headPosition()));
    for (const status of await this.projections.runner.status()) {
      if (status.serving) this.lag.set({ projection: status.name }, status.serving.lag);
    }
    return this.metrics.registry.metrics();
  }
}
