import { Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles, WholeDeploymentOnly } from '../auth/auth.guard';
import { ProjectionService } from '@memberflow/application';
import { ReadModelErrorsInterceptor } from './read-model-errors.interceptor';

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
  async rebuild(@Param('name') name: string) {
    await this.projections.runner.requestRebuild(name);
    const status = (await this.projections.runner.status()).find((s) => s.name === name);
    return { accepted: true, projection: status };
  }
}
