import { randomUUID } from 'node:crypto';
import type { EventMetadata, EventToAppend, StoredEvent } from './event-store.port';

/** What a test event may set; everything else is a fixed officer, a fixed date and fresh ids. */
export interface TestEventOptions {
  readonly type?: string;
  readonly data?: unknown;
  readonly occurredOn?: string;
  readonly commandId?: string;
  readonly actor?: EventMetadata['actor'];
}

/** An event to append in specs: its own event id and command (correlation and causation alike). */
export function testEvent(options: TestEventOptions = {}): EventToAppend {
  const commandId = options.commandId ?? randomUUID();
  return {
    eventId: randomUUID(),
    type: options.type ?? 'TestRecorded',
    schemaVersion: 1,
    data: options.data ?? { n: 1 },
    metadata: {
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor: options.actor ?? { id: 'u', role: 'officer', orgId: 'o' },
      occurredOn: options.occurredOn ?? '2025-01-01',
    },
  };
}

/** A subscription's pages, event by event: what specs that look at single events iterate. */
export async function* eachEvent(
  pages: AsyncIterable<readonly StoredEvent[]>,
): AsyncGenerator<StoredEvent> {
  for await (const page of pages) yield* page;
}
