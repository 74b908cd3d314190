import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandHeaders, resolveAction } from '../http/action-route';
import { ANSWER_HEADERS, ApiAnswer, ApiCreated, ApiKind } from '../http/operation-docs';
import type { Response } from 'express';
import { normalizeText, type MemberAction, type MemberState } from '@memberflow/domain/member';
import { MEMBER_ACTIONS, NEW, TRANSITIONS } from '@memberflow/domain/member';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import {
  ID_SALT,
  MEMBER_AGGREGATE,
  memberIdForCitizen,
  MemberReader,
  memberView,
} from '@memberflow/application';
import { problemFor } from '../http/refusal-problem';
import { sendCreated, sendOutcome } from '../http/command-response';
import { HttpCommands } from '../http/http-commands';
import { validateBody } from '../http/validate-body';
import {
  ImportMembersDto,
  MEMBER_ACTION_BODIES,
  memberCommandFrom,
  SourceCandidateDto,
} from './action-bodies';
import { IMPORT_RESULT, MEMBER_VIEW } from './dto/member-view.schema';

/** Actions that start a member's stream have routes of their own (POST /api/members, the import). */
export const ACTIONS_ON_A_MEMBER: readonly MemberAction[] = MEMBER_ACTIONS.filter(
  (action) => !TRANSITIONS[action].from.includes(NEW),
);

@ApiTags('members')
@ApiBearerAuth()
@Controller('api/members')
export class MembersController {
  constructor(
    private readonly commands: HttpCommands,
    private readonly members: MemberReader,
    @Inject(ID_SALT) private readonly idSalt: string,
  ) {}

  @Post()
  @AllowRoles('officer', 'admin')
  @ApiOperation({
    summary: 'source-candidate: a person enters the pipeline as a sympathizer of a cell',
  })
  @ApiBody({ type: SourceCandidateDto })
  @ApiKind('creating-command')
  @ApiCommandHeaders()
  @ApiCreated('The member, a sympathizer', MEMBER_VIEW)
  async source(
    @Req() request: AuthenticatedRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const dto = validateBody(SourceCandidateDto, body);
    const id = memberIdForCitizen(this.idSalt, normalizeText(dto.person.citizenId));
    const outcome = await this.commands.run(
      MEMBER_AGGREGATE,
      id,
      memberCommandFrom('source-candidate', id, dto),
      request,
    );
    return sendCreated(
      response,
      outcome,
      `/api/members/${id}`,
      memberView(id, outcome.revision, outcome.state as MemberState),
    );
  }

  @Post('import')
  @HttpCode(200)
  @AllowRoles('officer', 'admin')
  @ApiOperation({
    summary:
      'Register members who exist already (register-existing per row); idempotent by citizen ID',
  })
  @ApiBody({ type: ImportMembersDto })
  @ApiKind('batch-command')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retry safely: each row is answered as the first time',
  })
  @ApiAnswer(
    200,
    'A result per row: registered, exists, or rejected with its problem',
    IMPORT_RESULT,
  )
  async import(@Req() request: AuthenticatedRequest, @Body() body: unknown) {
    const dto = validateBody(ImportMembersDto, body);
    const results = [];
    for (const [index, row] of dto.members.entries()) {
      const id = memberIdForCitizen(this.idSalt, normalizeText(row.person.citizenId));
      const result = await this.commands.result(
        MEMBER_AGGREGATE,
        id,
        memberCommandFrom('register-existing', id, row),
        request,
      );
      if (result.kind === 'ok') {
        const stage = (result.state as MemberState).stage;
        results.push({ index, id, status: 'registered', stage, revision: result.revision });
        continue;
      }
      const problem = problemFor(result);
      if (problem.status >= 500) throw problem;
      const exists = result.kind === 'rejected' && result.rejection.rule === 'R-STAGE';
      results.push({
        index,
        id,
        status: exists ? 'exists' : 'rejected',
        problem: problem.toProblem(),
      });
    }
    return {
      registered: results.filter((r) => r.status === 'registered').length,
      exists: results.filter((r) => r.status === 'exists').length,
      rejected: results.filter((r) => r.status === 'rejected').length,
      results,
    };
  }

  @Get(':id')
  @AllowRoles('officer', 'auditor', 'analyst', 'admin')
  @ApiOperation({ summary: 'Current state with the actions available from it' })
  @ApiKind('scoped-read')
  @ApiAnswer(200, 'The member', MEMBER_VIEW, ANSWER_HEADERS.etag)
  async get(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { view } = await this.members.load(request.principal, id);
    response.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @AllowRoles('officer', 'admin')
  @ApiOperation({
    summary: 'Any action of the lifecycle (domain.md §2); If-Match and Idempotency-Key honoured',
  })
  @ApiCommandHeaders()
  @ApiKind('command')
  @ApiAnswer(200, 'The member after the step', MEMBER_VIEW)
  async act(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Param('action') action: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const memberAction = resolveAction(ACTIONS_ON_A_MEMBER, action, {
      vi: 'đảng viên',
      en: 'member',
    });
    const dto = validateBody(MEMBER_ACTION_BODIES[memberAction], body);
    const outcome = await this.commands.run(
      MEMBER_AGGREGATE,
      id,
      memberCommandFrom(memberAction, id, dto),
      request,
    );
    return sendOutcome(
      response,
      outcome,
      memberView(id, outcome.revision, outcome.state as MemberState),
    );
  }
}
