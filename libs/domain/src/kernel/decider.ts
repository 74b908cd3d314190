import type { Rejection } from './rejection';

/**
 * An event as the domain sees it: its type, its business date and its data. The store wraps it in an
 * envelope with the rest of the metadata (actor, record time, hash chain...).
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  /** The business date the event happened on (YYYY-MM-DD), stated by the officer. */
  readonly occurredOn: string;
  readonly data: Data;
}

/** What a decider answers: the events to append, or why not. */
export type Decision<Event> = readonly Event[] | Rejection;

/** The shape every aggregate's business logic takes (see style.md). */
export interface Decider<Command, Event, State, Context> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: Context): Decision<Event>;
}

/** Folds a sequence of events into a state. */
export function fold<Event, State>(
  decider: Pick<Decider<unknown, Event, State, unknown>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
