import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AccountService,
  APP_CONFIG,
  ROLES,
  SignInService,
  type AccountRequestContext,
  type AppConfig,
  type AuthenticatedSession,
} from '@memberflow/application';
import type { AccountRole, AccountState } from '@memberflow/domain/account';
import { sessionRequired } from '../auth/auth-problems';
import { AllowRoles, Public, SessionRoute, type AuthenticatedRequest } from '../auth/auth.guard';
import { ANSWER_HEADERS, ApiAnswer, ApiKind, ApiProblems } from '../http/operation-docs';
import { problemFor } from '../http/refusal-problem';
import { correlationId } from '../http/request-headers';
import { validateBody } from '../http/validate-body';
import { ChangePasswordDto, SignInDto } from './dto/account.dto';
import { SESSION_VIEW } from './dto/account-view.schema';
import { clearSessionCookies, setSessionCookies } from './session-cookies';
import {
  accountDisabled,
  accountLocked,
  invalidCredentials,
  signInLimited,
} from './sign-in-problems';

/** What the console learns of its session: who, in which role and scope, and its CSRF token. */
interface SessionAnswer {
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly orgScope: string;
  readonly mustChangePassword: boolean;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

function sessionAnswer(
  account: AccountState,
  csrfToken: string,
  expiresAtSeconds: number,
): SessionAnswer {
  return {
    username: account.username ?? '',
    displayName: account.displayName,
    role: account.role ?? 'analyst',
    orgScope: account.orgScope ?? '',
    mustChangePassword: account.mustChangePassword,
    csrfToken,
    expiresAt: new Date(expiresAtSeconds * 1000).toISOString(),
  };
}

/** The session of the signed-in person, or 401 for a bearer token (a token is not a session). */
function sessionOf(request: AuthenticatedRequest): AuthenticatedSession & { csrfToken: string } {
  if (request.session === undefined) throw sessionRequired();
  return request.session;
}

/**
 * Signing in and out of the console (issue 19, ADR 0015): a cookie session that the guard accepts
 * beside bearer tokens. These routes are for sessions only; a bearer token gets 401.
 */
@ApiTags('session')
@Controller('api/session')
export class SessionController {
  constructor(
    private readonly signIns: SignInService,
    private readonly accounts: AccountService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in: sets the session cookie (mf_session) and the CSRF cookie (mf_csrf); rate-limited per address and per username; locked for 15 minutes after 5 failures in 15 minutes',
  })
  @ApiBody({ type: SignInDto })
  @ApiProblems('invalid_credentials', 'account_disabled', 'account_locked')
  @ApiAnswer(200, 'Signed in', SESSION_VIEW, ANSWER_HEADERS.setCookie)
  async signIn(
    @Req() request: AuthenticatedRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionAnswer> {
    const dto = validateBody(SignInDto, body);
    const outcome = await this.signIns.signIn({
      username: dto.username,
      password: dto.password,
      address: request.ip ?? request.socket.remoteAddress ?? '',
    });
    switch (outcome.kind) {
      case 'signed_in': {
        const { session, account } = outcome;
        setSessionCookies(response, session, this.config.accounts.cookieSecure);
        return sessionAnswer(account, session.csrfToken, session.claims.expiresAt);
      }
      case 'invalid_credentials':
        throw invalidCredentials();
      case 'disabled':
        throw accountDisabled();
      case 'locked':
        throw accountLocked(outcome.retryAfterSeconds, response);
      case 'rate_limited':
        throw signInLimited(outcome, response);
      default:
        throw problemFor(outcome);
    }
  }

  @Get()
  @SessionRoute()
  @AllowRoles(...ROLES)
  @ApiCookieAuth('session')
  @ApiKind('session')
  @ApiOperation({ summary: 'The signed-in person and their session (no cookie is set)' })
  @ApiAnswer(200, 'The session', SESSION_VIEW)
  current(@Req() request: AuthenticatedRequest): SessionAnswer {
    const session = sessionOf(request);
    return sessionAnswer(session.account, session.csrfToken, session.claims.expiresAt);
  }

  @Delete()
  @HttpCode(204)
  @SessionRoute()
  @AllowRoles(...ROLES)
  @ApiCookieAuth('session')
  @ApiKind('session')
  @ApiOperation({
    summary:
      'Sign out: the session ends on every replica (recorded in the account) and both cookies are cleared',
  })
  @ApiResponse({ status: 204, description: 'Signed out', headers: ANSWER_HEADERS.setCookie })
  async signOut(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const session = sessionOf(request);
    const result = await this.accounts.signOut(this.context(request), session.claims);
    if (result.kind !== 'ok') throw problemFor(result);
    clearSessionCookies(response, this.config.accounts.cookieSecure);
  }

  @Post('password')
  @HttpCode(204)
  @SessionRoute()
  @AllowRoles(...ROLES)
  @ApiCookieAuth('session')
  @ApiKind('session')
  @ApiOperation({
    summary:
      "Change one's own password: the current one is needed (a wrong one counts as a failed sign-in); this session goes on (its cookie is re-issued), the others of the account end",
  })
  @ApiBody({ type: ChangePasswordDto })
  @ApiProblems('account_locked', 'rule_violation', 'concurrent_write')
  @ApiResponse({
    status: 204,
    description: 'Changed; the session cookie is re-issued',
    headers: ANSWER_HEADERS.setCookie,
  })
  async changePassword(
    @Req() request: AuthenticatedRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const dto = validateBody(ChangePasswordDto, body);
    const session = sessionOf(request);
    const outcome = await this.signIns.changePassword({
      context: this.context(request),
      session: { claims: session.claims, csrfToken: session.csrfToken },
      currentPassword: dto.currentPassword,
      newPassword: dto.newPassword,
    });
    if (outcome.kind === 'locked') throw accountLocked(outcome.retryAfterSeconds, response);
    if (outcome.kind !== 'changed') throw problemFor(outcome);
    setSessionCookies(response, outcome.session, this.config.accounts.cookieSecure);
  }

  private context(request: AuthenticatedRequest): AccountRequestContext {
    return { principal: request.principal, correlationId: correlationId(request) };
  }
}
