import { Controller, Get, Query, Req, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { addDays, todayInVietnam } from '@memberflow/domain';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import { QUERY_ROLES } from './org-queries.controller';
import { ProjectionService } from '@memberflow/application';
import { QueryParams, paging, rosterFilter, type QueryValue } from './query-params';
import { ReadModelErrorsInterceptor } from './read-model-errors.interceptor';
import { UnitScope } from './unit-scope';
import { ApiAnswer, ApiKind } from '../http/operation-docs';
import { SEARCH_PAGE, WORKLIST } from './dto/queries.schema';

type Query = Readonly<Record<string, QueryValue>>;

/** How far ahead the worklist looks: overdue steps only, or those due within a week or a month. */
const HORIZONS = { overdue: -1, week: 7, month: 30 } as const;

/** Member search and the worklist, within the caller's scope (or a unit of it). */
@ApiTags('queries')
@ApiBearerAuth()
@ApiKind('query')
@UseInterceptors(ReadModelErrorsInterceptor)
@Controller('api')
export class MemberQueriesController {
  constructor(
    private readonly projections: ProjectionService,
    private readonly scope: UnitScope,
  ) {}

  @Get('members')
  @AllowRoles(...QUERY_ROLES)
  @ApiOperation({
    summary: 'Search by name (accents optional), citizen ID or card number, within scope',
  })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({
    name: 'orgId',
    required: false,
    description: 'a unit of the scope; default the whole scope',
  })
  @ApiQuery({ name: 'stage', required: false })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'size', required: false })
  @ApiAnswer(200, 'A page of the people found', SEARCH_PAGE)
  async search(@Req() request: AuthenticatedRequest, @Query() query: Query) {
    const params = new QueryParams(query);
    const filter = rosterFilter(params);
    const orgId = params.text('orgId', 64);
    const { page, size } = paging(params);
    params.done();
    const path = await this.pathOf(request, orgId);
    return this.projections.members.roster(path, filter, page, size);
  }

  @Get('worklist')
  @AllowRoles(...QUERY_ROLES)
  @ApiOperation({
    summary:
      'Steps due or overdue per member, soonest first, each with the rule that sets its deadline',
  })
  @ApiQuery({ name: 'orgId', required: false })
  @ApiQuery({ name: 'due', required: false, enum: Object.keys(HORIZONS) })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'size', required: false })
  @ApiAnswer(200, 'A page of the steps due', WORKLIST)
  async worklist(@Req() request: AuthenticatedRequest, @Query() query: Query) {
    const params = new QueryParams(query);
    const orgId = params.text('orgId', 64);
    const due = params.oneOf('due', Object.keys(HORIZONS) as (keyof typeof HORIZONS)[]);
    const { page, size } = paging(params);
    params.done();
    const path = await this.pathOf(request, orgId);
    const today = todayInVietnam();
    const dueBy = due === undefined ? undefined : addDays(today, HORIZONS[due]);
    return {
      today,
      due: due ?? 'all',
      ...(await this.projections.members.worklist(path, dueBy, today, page, size)),
    };
  }

  private async pathOf(
    request: AuthenticatedRequest,
    orgId: string | undefined,
  ): Promise<string | undefined> {
    return orgId === undefined
      ? this.scope.rootPath(request.principal)
      : (await this.scope.unit(request.principal, orgId)).path;
  }
}
