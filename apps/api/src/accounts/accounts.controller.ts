import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AccountService,
  accountStatus,
  accountView,
  Clock,
  ProjectionService,
  WHOLE_DEPLOYMENT,
  type AccountStatus,
  type CommandOutcome,
} from '@memberflow/application';
import {
  ADMIN_ACCOUNT_ACTIONS,
  type AccountRole,
  type AccountState,
  type AdminAccountAction,
} from '@memberflow/domain/account';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import { ApiCommandHeaders, resolveAction } from '../http/action-route';
import { commandContext } from '../http/command-request';
import { sendCreated, sendOutcome } from '../http/command-response';
import { ANSWER_HEADERS, ApiAnswer, ApiCreated, ApiKind } from '../http/operation-docs';
import { commandOutcome } from '../http/refusal-problem';
import { etagOf } from '../http/request-headers';
import { validateBody } from '../http/validate-body';
import { QueryParams, paging, type QueryValue } from '../queries/query-params';
import { ReadModelErrorsInterceptor } from '../queries/read-model-errors.interceptor';
import { UnitScope } from '../queries/unit-scope';
import { ACCOUNT_ACTION_BODIES, CreateAccountDto } from './dto/account.dto';
import { ACCOUNT_HISTORY, ACCOUNT_LIST, ACCOUNT_VIEW } from './dto/account-view.schema';

/** Who reads accounts: administrators, and auditors (who granted whom which scope is theirs to check). */
const READERS = ['admin', 'auditor'] as const;

interface AccountListItem {
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly orgScope: string;
  readonly status: AccountStatus;
  readonly createdAt: string;
}

/**
 * Accounts of people (issue 19, ADR 0015): administrators create and change them within their scope
 * (an account scoped to `*` needs a `*` token); auditors and administrators read them and their
 * history. Officers and analysts do not manage accounts.
 */
@ApiTags('accounts')
@ApiBearerAuth()
@Controller('api/accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountService,
    private readonly projections: ProjectionService,
    private readonly scope: UnitScope,
    private readonly clock: Clock,
  ) {}

  @Get()
  @AllowRoles(...READERS)
  @ApiKind('query')
  @UseInterceptors(ReadModelErrorsInterceptor)
  @ApiOperation({
    summary:
      "Accounts scoped inside a unit's subtree (`orgId`; default the caller's own scope, where a `*` caller sees every account), by username",
  })
  @ApiQuery({ name: 'orgId', required: false, description: 'a unit of the caller’s scope' })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'size', required: false, description: '1–200, default 50' })
  @ApiAnswer(200, 'A page of accounts', ACCOUNT_LIST)
  async list(
    @Req() request: AuthenticatedRequest,
    @Query() query: Readonly<Record<string, QueryValue>>,
  ): Promise<{ items: AccountListItem[]; total: number; page: number; size: number }> {
    const params = new QueryParams(query);
    const orgId = params.text('orgId', 64);
    const { page, size } = paging(params);
    params.done();
    const { principal } = request;
    const root =
      orgId === undefined
        ? await this.scope.rootPath(principal)
        : (await this.scope.unit(principal, orgId)).path;
    const rows = await this.projections.accounts.all();
    let inside = rows;
    if (root !== undefined) {
      const scopes = [...new Set(rows.map((row) => row.orgScope))].filter(
        (scope) => scope !== WHOLE_DEPLOYMENT,
      );
      const units = await this.projections.orgs.units(scopes);
      inside = rows.filter((row) => units.get(row.orgScope)?.path.startsWith(root) === true);
    }
    const now = this.clock.now();
    return {
      items: inside.slice((page - 1) * size, page * size).map((row) => ({
        username: row.username,
        displayName: row.displayName,
        role: row.role as AccountRole,
        orgScope: row.orgScope,
        status: accountStatus(row.status, row.lockedUntil, now),
        createdAt: row.createdAt,
      })),
      total: inside.length,
      page,
      size,
    };
  }

  @Post()
  @AllowRoles('admin')
  @ApiKind('creating-command')
  @ApiOperation({
    summary:
      'Create an account: a username, a display name, a role and a scope (a unit of the caller’s subtree, or * with a * token), and a first password',
  })
  @ApiBody({ type: CreateAccountDto })
  @ApiCommandHeaders()
  @ApiCreated('The account', ACCOUNT_VIEW)
  async create(
    @Req() request: AuthenticatedRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const dto = validateBody(CreateAccountDto, body);
    const outcome = commandOutcome(
      await this.accounts.create(commandContext(request), {
        username: dto.username,
        displayName: dto.displayName,
        role: dto.role,
        orgScope: dto.orgScope,
        password: dto.password,
        ...(dto.mustChangePassword === undefined
          ? {}
          : { mustChangePassword: dto.mustChangePassword }),
        ...(dto.reason === undefined ? {} : { reason: dto.reason }),
      }),
    );
    return sendCreated(response, outcome, `/api/accounts/${dto.username}`, this.view(outcome));
  }

  @Get(':username')
  @AllowRoles(...READERS)
  @ApiKind('scoped-read')
  @ApiOperation({ summary: 'An account (never its password), its revision as ETag' })
  @ApiAnswer(200, 'The account', ACCOUNT_VIEW, ANSWER_HEADERS.etag)
  async get(
    @Req() request: AuthenticatedRequest,
    @Param('username') username: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { view } = await this.accounts.read(request.principal, username);
    response.setHeader('ETag', etagOf(view.revision));
    return view;
  }

  @Post(':username/actions/:action')
  @HttpCode(200)
  @AllowRoles('admin')
  @ApiKind('command')
  @ApiOperation({ summary: `An action on an account: ${ADMIN_ACCOUNT_ACTIONS.join(', ')}` })
  @ApiCommandHeaders()
  @ApiAnswer(200, 'The account after the action', ACCOUNT_VIEW)
  async act(
    @Req() request: AuthenticatedRequest,
    @Param('username') username: string,
    @Param('action') action: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const accountAction: AdminAccountAction = resolveAction(ADMIN_ACCOUNT_ACTIONS, action, {
      vi: 'tài khoản',
      en: 'account',
    });
    // No body is the same as an empty one for the actions that need nothing (disable, enable).
    const dto = validateBody(ACCOUNT_ACTION_BODIES[accountAction], body ?? {}) as {
      password?: string;
      role?: AccountRole;
      orgScope?: string;
      reason?: string;
    };
    const outcome = commandOutcome(
      await this.accounts.act(commandContext(request), username, accountAction, dto),
    );
    return this.answer(response, outcome);
  }

  @Get(':username/history')
  @AllowRoles(...READERS)
  @ApiKind('scoped-read')
  @ApiOperation({
    summary:
      "The account's events with their metadata, in order: who created it, granted which role and scope, reset, changed, disabled, locked it, when; never a password hash",
  })
  @ApiAnswer(200, 'The events', ACCOUNT_HISTORY)
  async history(@Req() request: AuthenticatedRequest, @Param('username') username: string) {
    const events = await this.accounts.history(request.principal, username);
    return {
      username,
      revision: events.length > 0 ? events[events.length - 1].revision : -1,
      count: events.length,
      events,
    };
  }

  /** The account as the command left it, its revision as ETag. */
  private answer(response: Response, outcome: CommandOutcome) {
    return sendOutcome(response, outcome, this.view(outcome));
  }

  private view(outcome: CommandOutcome) {
    return accountView(outcome.state as AccountState, outcome.revision, this.clock.now());
  }
}
