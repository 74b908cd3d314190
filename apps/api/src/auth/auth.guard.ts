import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { type Principal, type Role } from './principal';
import { verifyToken } from './tokens';
import { ProblemException } from '../http/problem';

const PUBLIC_ROUTE = 'memberflow:public';
const ALLOWED_ROLES = 'memberflow:roles';

/** Marks a route that needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles that may call a route; every authenticated route states them. */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export interface AuthenticatedRequest extends Request {
  principal: Principal;
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
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
    const allowed =
      this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    if (!principal.roles.some((role) => allowed.includes(role))) {
      throw new ProblemException(403, 'forbidden_role', {
        vi: `Vai trò ${principal.roles.join(', ')} không được phép thực hiện thao tác này (cần: ${allowed.join(', ') || 'không ai'})`,
        en: `Role ${principal.roles.join(', ')} may not do this (needs: ${allowed.join(', ') || 'nobody'})`,
      });
    }
    return true;
  }
}
