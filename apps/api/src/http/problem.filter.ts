import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { RefusalError } from '@memberflow/application';
import { ProblemException } from './problem';
import { problemFor } from './refusal-problem';

/** Renders every error as `application/problem+json`; unknown errors become a 500 without internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblemException(error);
    if (problem.status >= 500 && problem.code !== 'store_unavailable')
      this.logger.error(error instanceof Error ? error.stack : String(error));
    // Every 503 may be retried; the store's outages and the request timeout say when.
    if (problem.status === 503 && !response.getHeader('Retry-After'))
      response.setHeader('Retry-After', '5');
    response.status(problem.status).type('application/problem+json').json(problem.toProblem());
  }
}

export function toProblemException(error: unknown): ProblemException {
  if (error instanceof ProblemException) return error;
  if (error instanceof RefusalError) return problemFor(error.refusal);
  if (error instanceof HttpException) return fromHttpException(error);
  const status = httpStatusOf(error);
  if (status === 413) {
    return new ProblemException(413, 'body_too_large', {
      vi: 'Nội dung yêu cầu quá lớn',
      en: 'Request body too large',
    });
  }
  if (status === 400 && (error as { type?: string }).type === 'entity.parse.failed') {
    return new ProblemException(400, 'malformed_json', {
      vi: 'Nội dung yêu cầu không phải JSON hợp lệ',
      en: 'The request body is not valid JSON',
    });
  }
  if (
    status === 415 ||
    (status === 400 && (error as { type?: string }).type === 'charset.unsupported')
  ) {
    return new ProblemException(415, 'unsupported_media_type', {
      vi: 'Chỉ chấp nhận nội dung application/json (UTF-8)',
      en: 'Only application/json (UTF-8) bodies are accepted',
    });
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return new ProblemException(status, 'bad_request', {
      vi: 'Yêu cầu không hợp lệ',
      en: (error as Error).message || 'Bad request',
    });
  }
  return new ProblemException(500, 'internal_error', {
    vi: 'Lỗi hệ thống; yêu cầu không được ghi nhận',
    en: 'Internal error; the request was not recorded',
  });
}

function fromHttpException(error: HttpException): ProblemException {
  const status = error.getStatus();
  if (status === 404) {
    return new ProblemException(404, 'not_found', {
      vi: 'Không tìm thấy đường dẫn',
      en: 'No such route',
    });
  }
  return new ProblemException(status, 'http_error', { vi: error.message, en: error.message });
}

/** body-parser errors carry `status`/`statusCode` and a `type`. */
function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate =
    (error as { status?: unknown; statusCode?: unknown }).status ??
    (error as { statusCode?: unknown }).statusCode;
  return typeof candidate === 'number' ? candidate : undefined;
}
