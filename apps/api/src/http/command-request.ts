import type { DomainEvent } from '@memberflow/domain';
import {
  type AggregateCommand,
  type AggregateDefinition,
  type CommandRequest,
  requestFingerprint,
} from '@memberflow/application';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { correlationId, idempotencyKey, ifMatchRevision } from './request-headers';

/** A command request from an HTTP request: the caller, If-Match, Idempotency-Key and correlation id. */
export function commandRequest<Command extends AggregateCommand>(
  aggregate: AggregateDefinition<Command, DomainEvent, unknown>,
  id: string,
  command: Command,
  request: AuthenticatedRequest,
): CommandRequest<AggregateCommand> {
  const expectedRevision = ifMatchRevision(request);
  const key = idempotencyKey(request);
  return {
    aggregate: aggregate as unknown as AggregateDefinition<AggregateCommand, DomainEvent, unknown>,
    id,
    command,
    principal: request.principal,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
    ...(key === undefined ? {} : { idempotencyKey: key }),
    fingerprint: requestFingerprint([aggregate.name, id, command]),
    correlationId: correlationId(request),
  };
}
