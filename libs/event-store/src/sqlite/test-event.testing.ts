import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '../event-store.port';

/** An event for the store's own specs: fresh ids, a command of its own, a fixed actor and date. */
export function testEvent(data: unknown = { n: 1 }): EventToAppend {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type: 'TestRecorded',
    schemaVersion: 1,
    data,
    metadata: {
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor: { id: 'u', role: 'officer', orgId: 'o' },
      occurredOn: '2025-01-01',
    },
  };
}
