import { Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles, WholeDeploymentOnly } from '../auth/auth.guard';
import { ProjectionService } from '@memberflow/application';
import { ReadModelErrorsInterceptor } from './read-model-errors.interceptor';
import { ApiAnswer, ApiKind } from '../http/operation-docs';
import { PROJECTION_LIST, REBUILD_ACCEPTED } from './dto/queries.schema';

/** Operations on the read models (api.md, Operations). */
@ApiTags('operations')
@ApiBearerAuth()
@UseInterceptors(ReadModelErrorsInterceptor)
@Controller('api/projections')
export class ProjectionsController {
  constructor(private readonly projections: ProjectionService) {}

  @Get()
  @AllowRoles('admin', 'analyst')
  @ApiOperation({
    summary:
      'Each projection: the version it serves, its position and lag in events, a rebuild under way',
  })
  @ApiKind('unscoped-read')
  @ApiAnswer(200, 'Every projection', PROJECTION_LIST)
  async list() {
    return { projections: await this.projections.runner.status() };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @AllowRoles('admin')
  @WholeDeploymentOnly()
  @ApiOperation({
    summary:
      'Rebuilds a projection into fresh tables while the current ones keep serving, then swaps (blue/green)',
  })
  @ApiKind('whole-deployment')
  @ApiAnswer(202, 'The rebuild is requested; the projection as it stands', REBUILD_ACCEPTED)
  async rebuild(@Param('name') name: string) {
    await this.projections.runner.requestRebuild(name);
    const status = (await this.projections.runner.status()).find((s) => s.name === name);
    return { accepted: true, projection: status };
  }
}
