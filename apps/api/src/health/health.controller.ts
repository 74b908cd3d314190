import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EventStore } from '@memberflow/event-store';
import { Public } from '../auth/auth.guard';
import { EVENT_STORE } from '../store/event-store.provider';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Liveness and readiness: the event store answers' })
  async health(@Res() response: Response): Promise<void> {
    const started = Date.now();
    try {
      const position = await this.store.headPosition();
      response.status(HttpStatus.OK).json({
        status: 'ok',
        store: { status: 'up', headPosition: position.toString(), latencyMs: Date.now() - started },
      });
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'unavailable',
        store: { status: 'down', error: error instanceof Error ? error.message : String(error) },
      });
    }
  }
}
