import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { WHOLE_DEPLOYMENT, type Principal, type Role, verifyToken } from '@memberflow/application';
import { ProblemException } from '../http/problem';

const PUBLIC_ROUTE = 'memberflow:public';
const ALLOWED_ROLES = 'memberflow:roles';
const WHOLE_DEPLOYMENT_ONLY = 'memberflow:whole-deployment';

/** Marks a route that needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles that may call a route; every authenticated route states them. */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/**
 * Marks a route that acts on the whole deployment (a projection rebuild, a whole-store check): only a
 * token whose scope is `*` may call it; a committee's token gets 403 whatever its role.
 */
export const WholeDeploymentOnly = () => SetMetadata(WHOLE_DEPLOYMENT_ONLY, true);

export interface AuthenticatedRequest extends Request {
  principal: Principal;
}

/** What a route's decorators say about who may call it. */
interface RouteAccess {
  readonly isPublic: boolean;
  readonly roles: readonly Role[];
  readonly wholeDeploymentOnly: boolean;
}

@Injectable()
export class AuthGuard implements CanActivate {
  /** Read once per route (class, then handler): decorators do not change while the server runs. */
  private readonly access = new WeakMap<object, WeakMap<object, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const route = this.routeAccess(context);
    if (route.isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const principal = match ? verifyToken(this.jwt, match[1]) : undefined;
    if (!principal) {
      throw new ProblemException(401, 'unauthenticated', {
        vi: 'Thiếu hoặc sai mã truy cập (Bearer token), hoặc mã đã hết hạn',
        en: 'Missing, invalid or expired bearer token',
      });
    }
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
      };
      ofController.set(handler, route);
    }
    return route;
  }
}
