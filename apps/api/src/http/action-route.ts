import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ProblemException } from './problem';

/** The action named in a route's path, or a 404 listing the actions there are. */
export function resolveAction<Action extends string>(
  known: readonly Action[],
  requested: string,
  subject: { readonly vi: string; readonly en: string },
): Action {
  const action = known.find((candidate) => candidate === requested);
  if (action === undefined) {
    throw new ProblemException(404, 'unknown_action', {
      vi: `Không có thao tác "${requested}" cho ${subject.vi}; các thao tác: ${known.join(', ')}`,
      en: `No ${subject.en} action "${requested}"; the actions are: ${known.join(', ')}`,
    });
  }
  return action;
}

/** The headers every command route honours (api.md): optimistic concurrency and safe retries. */
export function ApiCommandHeaders(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag (revision) you read; stale → 412',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retry safely: same key, same answer',
    }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Recorded in the events' }),
  );
}
