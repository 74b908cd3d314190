import { randomUUID } from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { todayInVietnam } from '@memberflow/domain';
import { ORG_ACTIONS, type OrgAction } from '@memberflow/domain/org';
import { planId, type PlanCommand } from '@memberflow/domain/plan';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import { ORG_AGGREGATE, PLAN_AGGREGATE, OrgReader } from '@memberflow/application';
import { sendCreated, sendOutcome } from '../http/command-response';
import { HttpCommands } from '../http/http-commands';
import { ApiCommandHeaders, resolveAction } from '../http/action-route';
import { ANSWER_HEADERS, ApiAnswer, ApiCreated, ApiKind } from '../http/operation-docs';
import { validateBody } from '../http/validate-body';
import { EstablishOrgDto, ORG_ACTION_BODIES, orgCommandFrom, SetPlanTargetDto } from './dto';
import { ADMISSION_PLAN, ORG_VIEW } from './dto/org-view.schema';

/** `establish` has a route of its own (POST /api/orgs). */
export const ACTIONS_ON_A_UNIT = ORG_ACTIONS.filter(
  (action): action is Exclude<OrgAction, 'establish'> => action !== 'establish',
);

@ApiTags('organization')
@ApiBearerAuth()
@Controller('api/orgs')
export class OrgsController {
  constructor(
    private readonly commands: HttpCommands,
    private readonly orgs: OrgReader,
  ) {}

  @Post()
  @AllowRoles('officer', 'admin')
  @ApiOperation({ summary: 'Establish a unit (a root unit needs a whole-deployment admin token)' })
  @ApiBody({ type: EstablishOrgDto })
  @ApiKind('creating-command')
  @ApiCommandHeaders()
  @ApiCreated('The unit', ORG_VIEW)
  async establish(
    @Req() request: AuthenticatedRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const dto = validateBody(EstablishOrgDto, body);
    const id = dto.id ?? randomUUID();
    const outcome = await this.commands.run(
      ORG_AGGREGATE,
      id,
      orgCommandFrom('establish', id, dto),
      request,
    );
    return sendCreated(response, outcome, `/api/orgs/${id}`, await this.orgs.view(id));
  }

  @Get(':id')
  @AllowRoles('officer', 'auditor', 'analyst', 'admin')
  @ApiOperation({ summary: 'The unit and its parent chain' })
  @ApiKind('scoped-read')
  @ApiAnswer(200, 'The unit', ORG_VIEW, ANSWER_HEADERS.etag)
  async get(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const view = await this.orgs.view(id);
    await this.orgs.assertInScope(request.principal, id);
    response.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @AllowRoles('officer', 'admin')
  @ApiOperation({ summary: `An action on a unit: ${ACTIONS_ON_A_UNIT.join(', ')}` })
  @ApiCommandHeaders()
  @ApiKind('command')
  @ApiAnswer(200, 'The unit after the step', ORG_VIEW)
  async act(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Param('action') action: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const orgAction = resolveAction(ACTIONS_ON_A_UNIT, action, { vi: 'đơn vị', en: 'unit' });
    const dto = validateBody(ORG_ACTION_BODIES[orgAction], body);
    const outcome = await this.commands.run(
      ORG_AGGREGATE,
      id,
      orgCommandFrom(orgAction, id, dto),
      request,
    );
    return sendOutcome(response, outcome, await this.orgs.view(id));
  }

  @Put(':id/plans/:year')
  @AllowRoles('officer', 'admin')
  @ApiOperation({ summary: 'Set or revise the admission target of a unit for a year' })
  @ApiBody({ type: SetPlanTargetDto })
  @ApiKind('creating-command')
  @ApiCommandHeaders()
  @ApiAnswer(200, 'The plan as it now stands', ADMISSION_PLAN)
  async setPlan(
    @Req() request: AuthenticatedRequest,
    @Param('id') orgId: string,
    @Param('year', ParseIntPipe) year: number,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const dto = validateBody(SetPlanTargetDto, body);
    const command: PlanCommand = {
      action: 'set-target',
      orgId,
      year,
      occurredOn: dto.occurredOn ?? todayInVietnam(),
      payload: { target: dto.target },
      ...(dto.reason === undefined ? {} : { reason: dto.reason }),
      ...(dto.documentRef === undefined ? {} : { documentRef: dto.documentRef }),
    };
    const outcome = await this.commands.run(PLAN_AGGREGATE, planId(orgId, year), command, request);
    return sendOutcome(response, outcome, {
      orgId,
      year,
      revision: outcome.revision,
      ...(outcome.state as object),
    });
  }
}
