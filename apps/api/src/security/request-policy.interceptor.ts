import {
  Inject,
  Injectable,
  SetMetadata,
  StreamableFile,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import {
  APP_CONFIG,
  type AppConfig,
  storeUnavailable,
  isStoreOutage,
  StoreOutageLog,
} from '@memberflow/application';
import { ProblemException } from '../http/problem';
import { forAnalyst, refuseIdentifierSearch, seesPersonData } from './person-data';
import { problemFor } from '../http/refusal-problem';

/**
 * What every route's handler is wrapped in, as one interceptor: Nest pays an AsyncResource and a chain
 * of Observables per interceptor and per request, a cost the command routes felt.
 * - The analyst's view (person-data.ts): a caller without a person-data role gets every JSON answer
 *   with the hidden fields dropped, and is refused a search by identifier. Text answers (CSV exports)
 *   and files (XLSX exports) must be shaped by their route; public routes have no principal and carry
 *   no person data.
 * - Store outages (store-outage.ts) are a 503 with Retry-After instead of a 500; the store's own
 *   message names the server and the failure, never credentials: it is logged, not sent.
 * - A handler that has not answered within the request timeout (a route may have a longer one of its
 *   own: {@link RequestTimeout}) gets a 503. A streamed answer whose headers are out (the whole-store
 *   verification) is left to run. A command that was still running may yet be recorded: the answer
 *   says so, and a retry with the same Idempotency-Key gets its outcome.
 */
@Injectable()
export class RequestPolicyInterceptor implements NestInterceptor {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outages: StoreOutageLog,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const response = http.getResponse<Response>();
    const analyst = request.principal !== undefined && !seesPersonData(request.principal);
    if (analyst) refuseIdentifierSearch(request.query);
    return new Observable((subscriber) => {
      const fail = (error: unknown) => {
        clearTimeout(timer);
        subscriber.error(this.asOutage(error));
      };
      const timeoutMs = Math.max(
        this.config.requestTimeoutMs,
        this.reflector.get<number | undefined>(REQUEST_TIMEOUT, context.getHandler()) ?? 0,
      );
      const timer = setTimeout(() => {
        if (response.headersSent) return;
        subscriber.error(this.timedOut(timeoutMs));
      }, timeoutMs);
      timer.unref();
      const subscription = next.handle().subscribe({
        next: (body: unknown) => {
          let shown = body;
          try {
            if (analyst && typeof body === 'object' && body !== null && !isFile(body))
              shown = forAnalyst(body);
          } catch (error) {
            fail(error);
            return;
          }
          subscriber.next(shown);
        },
        error: fail,
        complete: () => {
          clearTimeout(timer);
          subscriber.complete();
        },
      });
      return () => {
        clearTimeout(timer);
        subscription.unsubscribe();
      };
    });
  }

  /** A store outage as its 503 (logged; the problem filter adds Retry-After); any other error as it is. */
  private asOutage(error: unknown): unknown {
    if (!isStoreOutage(error)) return error;
    this.outages.report(error);
    return problemFor(storeUnavailable());
  }

  private timedOut(timeoutMs: number): ProblemException {
    const seconds = timeoutMs / 1000;
    return new ProblemException(503, 'request_timeout', {
      vi: `Yêu cầu không hoàn thành trong ${seconds} giây; nếu là thao tác ghi, hãy gửi lại với cùng Idempotency-Key để biết kết quả`,
      en: `The request did not complete within ${seconds} s; if it was a write, retry it with the same Idempotency-Key to learn its outcome`,
    });
  }
}

/** Metadata of a route whose work takes longer than a request may (a roster's commit). */
const REQUEST_TIMEOUT = 'memberflow:request-timeout-ms';

/** The time a route may run before its 503 `request_timeout`, when longer than the deployment's. */
export const RequestTimeout = (ms: number) => SetMetadata(REQUEST_TIMEOUT, ms);

/** A file answer (an XLSX export), streamed as it is: its route shaped it for the caller. */
function isFile(body: object): boolean {
  return body instanceof StreamableFile;
}
