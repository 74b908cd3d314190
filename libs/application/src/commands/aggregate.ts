import type {
  Decider,
  DomainEvent,
  Facts,
  FactsNeeded,
  LocalDate,
  Policy,
  WorkingDayCalendar,
} from '@memberflow/domain';

/** What every decider's context is built from; each aggregate takes the part it needs. */
export interface DecisionContext {
  readonly today: LocalDate;
  readonly policy: Policy;
  readonly calendar: WorkingDayCalendar;
  readonly facts: Facts;
}

/** The command every aggregate's decider takes: an action on one stream at a business date. */
export interface AggregateCommand {
  readonly action: string;
  readonly occurredOn: LocalDate;
  readonly reason?: string;
  readonly documentRef?: string;
}

/**
 * How the one generic command path handles an aggregate: its stream, its decider, what it needs to know
 * of other streams and which organization units a caller's scope must cover.
 */
export interface AggregateDefinition<
  Command extends AggregateCommand = AggregateCommand,
  Event extends DomainEvent = DomainEvent,
  State = unknown,
> {
  readonly name: string;
  streamId(id: string): string;
  readonly decider: Decider<Command, Event, State, DecisionContext>;
  factsNeeded(command: Command, state: State): FactsNeeded;
  /** Units the caller's token must cover; empty for a new root unit (whole-deployment scope only). */
  scopeOrgIds(command: Command, state: State): readonly string[];
  /**
   * Units the caller's token must cover too that only the facts tell (the commune of a village a
   * member is made head of): checked once the facts are loaded.
   */
  scopeOrgIdsFromFacts?(command: Command, state: State, facts: Facts): readonly string[];
  /** Whether the command may start a new stream (all others need an existing one: 404). */
  createsStream(command: Command): boolean;
  schemaVersion(eventType: string): number;
  /** The rule codes the decider checked for this command, recorded with its events for auditors. */
  rulesChecked(command: Command): readonly string[];
}
