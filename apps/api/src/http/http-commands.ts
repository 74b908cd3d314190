import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { DomainEvent } from '@memberflow/domain';
import {
  ExecuteCommand,
  type AggregateCommand,
  type AggregateDefinition,
  type CommandOutcome,
  type CommandResult,
} from '@memberflow/application';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { commandRequest } from './command-request';
import { commandOutcome } from './refusal-problem';

/**
 * The controllers' one way onto the command path: a command of an HTTP request (its caller, If-Match,
 * Idempotency-Key and correlation id) dispatched on the CommandBus.
 */
@Injectable()
export class HttpCommands {
  constructor(private readonly bus: CommandBus) {}

  /** What the command came to, refused or not (a batch answers each row's refusal itself). */
  result<Command extends AggregateCommand>(
    aggregate: AggregateDefinition<Command, DomainEvent, unknown>,
    id: string,
    command: Command,
    request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.bus.execute(new ExecuteCommand(commandRequest(aggregate, id, command, request)));
  }

  /** The command done, or its refusal thrown as the problem it answers. */
  async run<Command extends AggregateCommand>(
    aggregate: AggregateDefinition<Command, DomainEvent, unknown>,
    id: string,
    command: Command,
    request: AuthenticatedRequest,
  ): Promise<CommandOutcome> {
    return commandOutcome(await this.result(aggregate, id, command, request));
  }
}
