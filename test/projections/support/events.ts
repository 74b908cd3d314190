import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@memberflow/domain';
import type { EventStore, EventToAppend } from '@memberflow/event-store';

/** Appends domain events to a stream as the command path would, with metadata and no decider. */
export async function appendEvents(
  store: EventStore,
  streamId: string,
  events: readonly DomainEvent[],
): Promise<void> {
  const commandId = randomUUID();
  const toAppend: EventToAppend[] = events.map((event) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor: { id: 'test', role: 'admin', orgId: '*' },
      occurredOn: event.occurredOn,
    },
  }));
  await store.append(streamId, toAppend, 'any');
}

export function established(
  occurredOn: string,
  kind: string,
  parentId: string | undefined,
  name = kind,
): DomainEvent {
  return {
    type: 'OrgUnitEstablished',
    occurredOn,
    data: {
      ...(parentId ? { parentId } : {}),
      kind,
      name,
      code: name,
      attributes: { area: 'rural' },
    },
  };
}
