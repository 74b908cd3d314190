import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { APP_CONFIG } from '../config/config.provider';
import type { AppConfig } from '../config/config';
import { ProblemException } from '../http/problem';

/**
 * Answers 503 when a handler has not answered within the configured time. A streamed answer whose
 * headers are out (the whole-store verification) is left to run. A command that was still running may
 * yet be recorded: the answer says so, and a retry with the same Idempotency-Key gets its outcome.
 */
@Injectable()
export class RequestTimeoutInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    const limitMs = this.config.requestTimeoutMs;
    return new Observable((subscriber) => {
      const timer = setTimeout(() => {
        if (response.headersSent) return;
        response.setHeader('Retry-After', '5');
        subscriber.error(
          new ProblemException(503, 'request_timeout', {
            vi: `Yêu cầu không hoàn thành trong ${limitMs / 1000} giây; nếu là thao tác ghi, hãy gửi lại với cùng Idempotency-Key để biết kết quả`,
            en: `The request did not complete within ${limitMs / 1000} s; if it was a write, retry it with the same Idempotency-Key to learn its outcome`,
          }),
        );
      }, limitMs);
      timer.unref();
      const subscription = next.handle().subscribe({
        next: (value) => subscriber.next(value),
        error: (error: unknown) => {
          clearTimeout(timer);
          subscriber.error(error);
        },
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
}
