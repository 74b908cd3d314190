import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ProjectionNotReadyError, UnknownProjectionError } from '@memberflow/projections';
import { catchError, type Observable } from 'rxjs';
import { ProblemException } from '../http/problem';

/** Read-model errors as problem responses: a read model still being created, an unknown projection. */
@Injectable()
export class ReadModelErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof ProjectionNotReadyError) {
          throw new ProblemException(503, 'read_model_not_ready', {
            vi: `Dữ liệu tổng hợp (${error.projection}) đang được khởi tạo, vui lòng thử lại sau ít giây`,
            en: `The ${error.projection} read model is being created; try again in a few seconds`,
          });
        }
        if (error instanceof UnknownProjectionError) {
          throw new ProblemException(404, 'not_found', {
            vi: `Không có projection ${error.projection}`,
            en: `No projection named ${error.projection}`,
          });
        }
        throw error;
      }),
    );
  }
}
