import type { DomainEvent } from '@memberflow/domain';
import {
  type AggregateCommand,
  type AggregateDefinition,
  type CommandRequest,
  requestFingerprint,
} from '@memberflow/application';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { correlationId, idempotencyKey, ifMatchRevision } from './request-headers';

/** Who asks, and the headers every command honours: If-Match, Idempotency-Key, the correlation id. */
export function commandContext(
  request: AuthenticatedRequest,
): Pick<
  CommandRequest<AggregateCommand>,
  'principal' | 'expectedRevision' | 'idempotencyKey' | 'correlationId'
> {
  const expectedRevision = ifMatchRevision(request);
  const key = idempotencyKey(request);
  return {
    principal: request.principal,
    correlationId: correlationId(request),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
    ...(key === undefined ? {} : { idempotencyKey: key }),
  };
}

/** A command request from an HTTP request: the caller, If-Match, Idempotency-Key and correlation id. */
export function commandRequest<Command extends AggregateCommand>(
  aggregate: AggregateDefinition<Command, DomainEvent, unknown>,
  id: string,
  command: Command,
  request: AuthenticatedRequest,
): CommandRequest<AggregateCommand> {
  return {
    aggregate: aggregate as unknown as AggregateDefinition<AggregateCommand, DomainEvent, unknown>,
    id,
    command,
    ...commandContext(request),
    fingerprint: requestFingerprint([aggregate.name, id, command]),
  };
}
