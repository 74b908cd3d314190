import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { forAnalyst, seesPersonData } from './person-data';

/**
 * Applies the analyst's view of person data (person-data.ts) to every JSON answer a caller without a
 * person-data role receives. Text answers (CSV exports) must be shaped by their route.
 */
@Injectable()
export class PersonDataInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return next.handle().pipe(
      map((body: unknown) => {
        // Public routes have no principal and carry no person data.
        if (request.principal === undefined || seesPersonData(request.principal)) return body;
        return typeof body === 'object' && body !== null ? forAnalyst(body) : body;
      }),
    );
  }
}
