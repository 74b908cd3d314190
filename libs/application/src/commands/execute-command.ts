import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AggregateCommand } from './aggregate';
import { Metrics } from '../observability/metrics';
import { CommandService, type CommandRequest, type CommandResult } from './command.service';

/** The one command dispatched on the CommandBus: any action on any aggregate. */
export class ExecuteCommand extends Command<CommandResult> {
  constructor(readonly request: CommandRequest<AggregateCommand>) {
    super();
  }
}

@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand, CommandResult> {
  constructor(
    private readonly commands: CommandService,
    private readonly metrics: Metrics,
  ) {}

  async execute({ request }: ExecuteCommand): Promise<CommandResult> {
    const labels = { aggregate: request.aggregate.name, action: request.command.action };
    try {
      const result = await this.commands.execute(request);
      this.metrics.commands.inc({ ...labels, outcome: metricOutcome(result) });
      return result;
    } catch (error) {
      this.metrics.commands.inc({ ...labels, outcome: 'error' });
      throw error;
    }
  }
}

/** The metric's outcome label: its values are documented (architecture.md §7), so kept as they were. */
function metricOutcome(result: CommandResult): string {
  switch (result.kind) {
    case 'ok':
      return result.replayed ? 'replayed' : 'appended';
    case 'rejected':
      return 'rejected';
    case 'stale':
    case 'conflict':
      return 'conflict';
    case 'unavailable':
      return 'unavailable';
    default:
      return 'refused';
  }
}
