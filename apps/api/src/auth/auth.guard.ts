import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import {
  CSRF_COOKIE,
  isStoreOutage,
  SESSION_COOKIE,
  SessionAuthenticator,
  storeUnavailable,
  StoreOutageLog,
  WHOLE_DEPLOYMENT,
  type AuthenticatedSession,
  type Principal,
  type Role,
  verifyToken,
} from '@memberflow/application';
import { csrfHeader, requestCookies } from '../accounts/session-cookies';
import { ProblemException } from '../http/problem';
import { problemFor } from '../http/refusal-problem';
import { csrfFailed, passwordChangeRequired, unauthenticated } from './auth-problems';

const PUBLIC_ROUTE = 'memberflow:public';
const ALLOWED_ROLES = 'memberflow:roles';
const WHOLE_DEPLOYMENT_ONLY = 'memberflow:whole-deployment';
const SESSION_ROUTE = 'memberflow:session-route';

/** Marks a route that needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles that may call a route; every authenticated route states them. */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/**
 * Marks a route that acts on the whole deployment (a projection rebuild, a whole-store check): only a
 * token whose scope is `*` may call it; a committee's token gets 403 whatever its role.
 */
export const WholeDeploymentOnly = () => SetMetadata(WHOLE_DEPLOYMENT_ONLY, true);

/**
 * Marks a route of the caller's own session (read it, sign out, change the password): the only routes
 * a session whose password was reset may call until it is changed.
 */
export const SessionRoute = () => SetMetadata(SESSION_ROUTE, true);

export interface AuthenticatedRequest extends Request {
  principal: Principal;
  /** Set when the caller came with a session cookie rather than a bearer token (ADR 0015). */
  session?: AuthenticatedSession & { readonly csrfToken: string };
}

/** Methods that change something: a cookie-authenticated one must carry the CSRF token. */
const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What a route's decorators say about who may call it. */
interface RouteAccess {
  readonly isPublic: boolean;
  readonly roles: readonly Role[];
  readonly wholeDeploymentOnly: boolean;
  readonly sessionRoute: boolean;
}

@Injectable()
export class AuthGuard implements CanActivate {
  /** Read once per route (class, then handler): decorators do not change while the server runs. */
  private readonly access = new WeakMap<object, WeakMap<object, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionAuthenticator,
    private readonly outages: StoreOutageLog,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.routeAccess(context);
    if (route.isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request, route);
    request.principal = principal;
    const allowed = route.roles;
    if (!principal.roles.some((role) => allowed.includes(role))) {
      throw new ProblemException(403, 'forbidden_role', {
        vi: `Vai trò ${principal.roles.join(', ')} không được phép thực hiện thao tác này (cần: ${allowed.join(', ') || 'không ai'})`,
        en: `Role ${principal.roles.join(', ')} may not do this (needs: ${allowed.join(', ') || 'nobody'})`,
      });
    }
    if (route.wholeDeploymentOnly && principal.orgScope !== WHOLE_DEPLOYMENT) {
      throw new ProblemException(403, 'out_of_scope', {
        vi: 'Thao tác này tác động toàn hệ thống, cần mã truy cập phạm vi toàn hệ thống (*)',
        en: 'This acts on the whole deployment and needs a whole-deployment token (scope *)',
      });
    }
    return true;
  }

  /**
   * A bearer token when the request has an Authorization header (machines, the CLI), else the session
   * cookie of a signed-in person: still on (its account enabled, its version current, not signed out),
   * with the CSRF token on a write, and its password changed if it was reset.
   */
  private async authenticate(
    request: AuthenticatedRequest,
    route: RouteAccess,
  ): Promise<Principal> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = match ? verifyToken(this.jwt, match[1]) : undefined;
      if (!principal) throw unauthenticated();
      return principal;
    }
    const cookies = requestCookies(request);
    const token = cookies[SESSION_COOKIE];
    if (token === undefined || token === '') throw unauthenticated();
    const session = await this.session(token);
    if (session === undefined) throw unauthenticated();
    const csrfToken = cookies[CSRF_COOKIE];
    if (
      UNSAFE_METHODS.has(request.method) &&
      !this.sessions.csrfMatches(session.claims, csrfToken, csrfHeader(request))
    )
      throw csrfFailed();
    if (session.account.mustChangePassword && !route.sessionRoute) throw passwordChangeRequired();
    request.session = { ...session, csrfToken: csrfToken ?? '' };
    return session.principal;
  }

  private async session(token: string): Promise<AuthenticatedSession | undefined> {
    try {
      return await this.sessions.authenticate(token);
    } catch (error) {
      // Interceptors do not see what a guard throws: a store outage is answered as they would.
      if (!isStoreOutage(error)) throw error;
      this.outages.report(error);
      throw problemFor(storeUnavailable());
    }
  }

  private routeAccess(context: ExecutionContext): RouteAccess {
    const handler = context.getHandler();
    const controller = context.getClass();
    let ofController = this.access.get(controller);
    if (ofController === undefined) {
      ofController = new WeakMap();
      this.access.set(controller, ofController);
    }
    let route = ofController.get(handler);
    if (route === undefined) {
      const targets = [handler, controller];
      route = {
        isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true,
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [],
        wholeDeploymentOnly:
          this.reflector.getAllAndOverride<boolean>(WHOLE_DEPLOYMENT_ONLY, targets) === true,
        sessionRoute: this.reflector.getAllAndOverride<boolean>(SESSION_ROUTE, targets) === true,
      };
      ofController.set(handler, route);
    }
    return route;
  }
}
