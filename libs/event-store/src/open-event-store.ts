import type { EventStore } from './event-store.port';
import { openPostgresEventStore } from './postgres/postgres-event-store';
import { openSqliteEventStore } from './sqlite/sqlite-event-store';

/** The store URL names no store this build can open. */
export class EventStoreUrlError extends Error {
  constructor(url: string, reason: string) {
    super(`event store URL ${JSON.stringify(redacted(url))}: ${reason}`);
    this.name = 'EventStoreUrlError';
  }
}

const FORMS =
  'expected sqlite:<path> (or a bare file path), postgres://user@host:port/database or esdb://host:port';

/** What a store URL asks for, before anything is opened. */
export type EventStoreLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'esdb'; readonly url: string };

/**
 * Reads a store URL (`MEMBERFLOW_EVENT_STORE`, architecture.md §9):
 * - `sqlite:./data/events.db`, `sqlite:/var/lib/memberflow/events.db`, `sqlite:///abs/path.db`, or a bare
 *   path such as `./data/events.db`;
 * - `postgres://…` or `postgresql://…`;
 * - `esdb://…` or `esdb+discover://…`.
 */
export function parseEventStoreUrl(url: string): EventStoreLocation {
  const trimmed = url.trim();
  if (trimmed === '') throw new EventStoreUrlError(url, `empty; ${FORMS}`);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  switch (scheme) {
    case undefined:
      return { kind: 'sqlite', file: trimmed };
    case 'sqlite': {
      const rest = trimmed.slice('sqlite:'.length);
      const file = rest.startsWith('//') ? rest.slice(2) : rest;
      if (file === '') throw new EventStoreUrlError(url, `no file path; ${FORMS}`);
      return { kind: 'sqlite', file };
    }
    case 'postgres':
    case 'postgresql':
      if (!URL.canParse(trimmed) || new URL(trimmed).hostname === '') {
        throw new EventStoreUrlError(url, `not a valid PostgreSQL URL; ${FORMS}`);
      }
      return { kind: 'postgres', url: trimmed };
    case 'esdb':
    case 'esdb+discover':
      return { kind: 'esdb', url: trimmed };
    default:
      throw new EventStoreUrlError(url, `unknown scheme "${scheme}:"; ${FORMS}`);
  }
}

/** Opens the store a URL names, with each adapter's defaults. */
export async function openEventStore(url: string): Promise<EventStore> {
  const location = parseEventStoreUrl(url);
  switch (location.kind) {
    case 'sqlite':
      return openSqliteEventStore({ file: location.file });
    case 'postgres':
      return openPostgresEventStore({ url: location.url });
    case 'esdb':
      throw new EventStoreUrlError(
        url,
        'the EventStoreDB adapter is not yet available; use sqlite: or postgres:// for now',
      );
  }
}

/** The URL without its password, for messages. */
function redacted(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
