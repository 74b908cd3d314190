import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { ProblemException } from '../http/problem';
import { forAnalyst, seesPersonData } from './person-data';

/** Search parameters: a digit in them is an identifier (names have none, R-PERSON). */
const SEARCH_PARAMETERS = ['q'];

/**
 * Applies the analyst's view of person data (person-data.ts) to every JSON answer a caller without a
 * person-data role receives, and refuses such a caller a search by citizen ID or card number: finding
 * a person from an identifier is what the hidden fields would tell. Text answers (CSV exports) must be
 * shaped by their route.
 */
@Injectable()
export class PersonDataInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Public routes have no principal and carry no person data.
    if (request.principal === undefined || seesPersonData(request.principal)) return next.handle();
    for (const name of SEARCH_PARAMETERS) {
      const value: unknown = request.query?.[name];
      const values = Array.isArray(value) ? value : [value];
      if (values.some((item) => typeof item === 'string' && /\d/.test(item))) {
        throw new ProblemException(
          403,
          'identifier_search_forbidden',
          {
            vi: 'Vai trò phân tích chỉ tìm theo họ tên; tìm theo số căn cước hoặc số thẻ đảng dành cho cán bộ nghiệp vụ',
            en: 'Analysts search by name only; a search by citizen ID or card number is for officers',
          },
          { errors: [{ field: name, messages: ['must be a name (no digits) for this role'] }] },
        );
      }
    }
    return next
      .handle()
      .pipe(
        map((body: unknown) =>
          typeof body === 'object' && body !== null ? forAnalyst(body) : body,
        ),
      );
  }
}
