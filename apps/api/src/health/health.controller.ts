import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EventStore } from '@memberflow/event-store';
import { Public } from '../auth/auth.guard';
import { ApiAnswer } from '../http/operation-docs';
import { HEALTH, HEALTH_UNAVAILABLE } from './dto/health.schema';
import { ProjectionService, EVENT_STORE } from '@memberflow/application';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionService,
  ) {}

  @Get('health')
  @Public()
  @ApiOperation({
    summary:
      'Liveness and readiness: the event store answers; each projection with its position and lag',
  })
  @ApiAnswer(200, 'The store answers', HEALTH)
  @ApiAnswer(503, 'The store does not answer', HEALTH_UNAVAILABLE)
  async health(@Res() response: Response): Promise<void> {
    const started = Date.now();
    try {
      const position = await this.store.headPosition();
      const latencyMs = Date.now() - started;
      response.status(HttpStatus.OK).json({
        status: 'ok',
        store: { status: 'up', headPosition: position.toString(), latencyMs },
        projections: await this.projectionLag(),
      });
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'unavailable',
        store: { status: 'down', error: error instanceof Error ? error.message : String(error) },
      });
    }
  }

  /** Lag is information, not failure: queries answer (a little behind) while projections catch up. */
  private async projectionLag(): Promise<unknown> {
    try {
      return (await this.projections.runner.status()).map((status) => ({
        name: status.name,
        position: status.serving?.position,
        lag: status.serving?.lag,
        building: status.building !== undefined,
      }));
    } catch (error) {
      return {
        status: 'unavailable',
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
}
