import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AggregateCommand } from './aggregate';
import { ProblemException } from '../http/problem';
import { Metrics } from '../metrics/metrics';
import { CommandService, type CommandOutcome, type CommandRequest } from './command.service';

/** The one command dispatched on the CommandBus: any action on any aggregate. */
export class ExecuteCommand extends Command<CommandOutcome> {
  constructor(readonly request: CommandRequest<AggregateCommand>) {
    super();
  }
}

@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand, CommandOutcome> {
  constructor(
    private readonly commands: CommandService,
    private readonly metrics: Metrics,
  ) {}

  async execute({ request }: ExecuteCommand): Promise<CommandOutcome> {
    const labels = { aggregate: request.aggregate.name, action: request.command.action };
    try {
      const outcome = await this.commands.execute(request);
      this.metrics.commands.inc({ ...labels, outcome: outcome.replayed ? 'replayed' : 'appended' });
      return outcome;
    } catch (error) {
      this.metrics.commands.inc({ ...labels, outcome: outcomeOf(error) });
      throw error;
    }
  }
}

function outcomeOf(error: unknown): string {
  if (!(error instanceof ProblemException)) return 'error';
  if (error.status === 422) return 'rejected';
  if (error.status === 409 || error.status === 412) return 'conflict';
  return 'refused';
}
