import { randomUUID } from 'node:crypto';
import { todayInVietnam } from '@memberflow/domain';
import type { AccountCommand } from '@memberflow/domain/account';
import type { Principal } from '../auth/principal';
import { ACCOUNT_AGGREGATE } from '../commands/aggregates';
import type { AggregateCommand, AggregateDefinition } from '../commands/aggregate';
import { requestFingerprint } from '../commands/command-ids';
import type { CommandRequest } from '../commands/command.service';
import { ExecuteCommand } from '../commands/execute-command';

/** Who asks, and the headers of their request (HTTP) or nothing (the CLI, sign-in). */
export interface AccountRequestContext {
  readonly principal: Principal;
  readonly idempotencyKey?: string;
  readonly expectedRevision?: number;
  readonly correlationId?: string;
}

/** The command's time, date and author: the instant decides locks; today is its business date. */
export function stamp(now: Date, by: string): { at: string; occurredOn: string; by: string } {
  return { at: now.toISOString(), occurredOn: todayInVietnam(now), by };
}

/**
 * A command on an account for the command path. Its fingerprint (which recognises a retry with the
 * same Idempotency-Key, and is kept in the events' metadata) leaves out the password hash (a fresh salt
 * each time, and no hash belongs in metadata) and the instant: a retry with the same key is recognised
 * by everything else, and answered as the first time (ADR 0015).
 */
export function accountCommand(
  command: AccountCommand,
  context: AccountRequestContext,
): ExecuteCommand {
  const { at: _at, ...rest } = command;
  const payload: Record<string, unknown> = { ...command.payload };
  delete payload.password;
  const request: CommandRequest<AggregateCommand> = {
    aggregate: ACCOUNT_AGGREGATE as unknown as AggregateDefinition<AggregateCommand>,
    id: command.username,
    command,
    principal: context.principal,
    ...(context.expectedRevision === undefined
      ? {}
      : { expectedRevision: context.expectedRevision }),
    ...(context.idempotencyKey === undefined ? {} : { idempotencyKey: context.idempotencyKey }),
    fingerprint: requestFingerprint([
      ACCOUNT_AGGREGATE.name,
      command.username,
      { ...rest, payload },
    ]),
    correlationId: context.correlationId ?? randomUUID(),
  };
  return new ExecuteCommand(request);
}
