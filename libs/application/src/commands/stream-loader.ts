import type { DomainEvent } from '@memberflow/domain';
import type { EventStore, StoredEvent } from '@memberflow/event-store';
import type { AggregateDefinition } from './aggregate';
import { DOMAIN_EVENTS } from './event-schemas';

/** A stream folded into its aggregate's state, with what the command path needs to know about it. */
export interface LoadedStream<State> {
  readonly state: State;
  /** Revision of the last event, undefined when the stream does not exist. */
  readonly revision: number | undefined;
  readonly events: readonly StoredEvent[];
}

/** A stored event as its decider reads it: upcast to the current schema and parsed. */
export function toDomainEvent(stored: StoredEvent): DomainEvent {
  const decoded = DOMAIN_EVENTS.decode(stored);
  return { type: decoded.type, occurredOn: stored.metadata.occurredOn, data: decoded.data };
}

/** Reads a whole stream (O(events of that stream)) and folds it. */
export async function loadStream<State>(
  store: EventStore,
  aggregate: AggregateDefinition<never, DomainEvent, State>,
  id: string,
): Promise<LoadedStream<State>> {
  const events: StoredEvent[] = [];
  let state = aggregate.decider.initialState;
  for await (const stored of store.readStream(aggregate.streamId(id))) {
    events.push(stored);
    state = aggregate.decider.evolve(state, toDomainEvent(stored));
  }
  return {
    state,
    revision: events.length > 0 ? events[events.length - 1].revision : undefined,
    events,
  };
}
