import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AggregateCommand } from './aggregate';
import { CommandService, type CommandOutcome, type CommandRequest } from './command.service';

/** The one command dispatched on the CommandBus: any action on any aggregate. */
export class ExecuteCommand extends Command<CommandOutcome> {
  constructor(readonly request: CommandRequest<AggregateCommand>) {
    super();
  }
}

@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand, CommandOutcome> {
  constructor(private readonly commands: CommandService) {}

  execute({ request }: ExecuteCommand): Promise<CommandOutcome> {
    return this.commands.execute(request);
  }
}
