import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { VILLAGE_ACTIONS, type VillageAction } from '@memberflow/domain/village';
import { VILLAGE_AGGREGATE, VillageReader } from '@memberflow/application';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import { ApiCommandHeaders, resolveAction } from '../http/action-route';
import { sendCreated, sendOutcome } from '../http/command-response';
import { HttpCommands } from '../http/http-commands';
import { ANSWER_HEADERS, ApiAnswer, ApiCreated, ApiKind } from '../http/operation-docs';
import { validateBody } from '../http/validate-body';
import {
  EstablishVillageDto,
  VILLAGE_ACTION_BODIES,
  villageCommandFrom,
} from './dto/village-bodies';
import { VILLAGE_VIEW } from './dto/village-view.schema';

/** `establish` has a route of its own (POST /api/villages). */
export const ACTIONS_ON_A_VILLAGE = VILLAGE_ACTIONS.filter(
  (action): action is Exclude<VillageAction, 'establish'> => action !== 'establish',
);

/**
 * Villages (thôn, bản, tổ dân phố) of the administrative side (issue 18): officers keep them like units,
 * through the same command path; a village is in a token's scope when its commune is.
 */
@ApiTags('villages')
@ApiBearerAuth()
@Controller('api/villages')
export class VillagesController {
  constructor(
    private readonly commands: HttpCommands,
    private readonly villages: VillageReader,
  ) {}

  @Post()
  @AllowRoles('officer', 'admin')
  @ApiOperation({ summary: 'Establish a village of a commune or ward' })
  @ApiBody({ type: EstablishVillageDto })
  @ApiKind('creating-command')
  @ApiCommandHeaders()
  @ApiCreated('The village', VILLAGE_VIEW)
  async establish(
    @Req() request: AuthenticatedRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const dto = validateBody(EstablishVillageDto, body);
    const id = dto.id ?? randomUUID();
    const outcome = await this.commands.run(
      VILLAGE_AGGREGATE,
      id,
      villageCommandFrom('establish', id, dto),
      request,
    );
    return sendCreated(response, outcome, `/api/villages/${id}`, await this.villages.view(id));
  }

  @Get(':id')
  @AllowRoles('officer', 'auditor', 'analyst', 'admin')
  @ApiOperation({ summary: 'The village, its commune and its serving cell' })
  @ApiKind('scoped-read')
  @ApiAnswer(200, 'The village', VILLAGE_VIEW, ANSWER_HEADERS.etag)
  async get(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const view = await this.villages.view(id);
    await this.villages.assertInScope(request.principal, view);
    response.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @AllowRoles('officer', 'admin')
  @ApiOperation({ summary: `An action on a village: ${ACTIONS_ON_A_VILLAGE.join(', ')}` })
  @ApiCommandHeaders()
  @ApiKind('command')
  @ApiAnswer(200, 'The village after the step', VILLAGE_VIEW)
  async act(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Param('action') action: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const villageAction = resolveAction(ACTIONS_ON_A_VILLAGE, action, {
      vi: 'thôn, tổ dân phố',
      en: 'village',
    });
    const dto = validateBody(VILLAGE_ACTION_BODIES[villageAction], body);
    const outcome = await this.commands.run(
      VILLAGE_AGGREGATE,
      id,
      villageCommandFrom(villageAction, id, dto),
      request,
    );
    return sendOutcome(response, outcome, await this.villages.view(id));
  }
}
