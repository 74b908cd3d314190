import type { EventStore } from './event-store.port';
import { esdbUrlSettings } from './esdb/esdb-url';
import type { MigrationTarget } from './migration/migration-target';
import { openPostgresEventStore } from './postgres/postgres-event-store';
import { postgresUrlSettings } from './postgres/postgres-url';
import { openSqliteEventStore } from './sqlite/sqlite-event-store';

/** The store URL names no store this build can open. */
export class EventStoreUrlError extends Error {
  constructor(url: string, reason: string) {
    super(`event store URL ${JSON.stringify(redacted(url))}: ${reason}`);
    this.name = 'EventStoreUrlError';
  }
}

const FORMS =
  'expected sqlite:<path> (or a bare file path), postgres://user@host:port/database[?schema=&max=] or esdb://host:port[,host:port...][?tls=&streamPrefix=]';

/** What a store URL asks for, before anything is opened. */
export type EventStoreLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'esdb'; readonly url: string };

/**
 * Reads a store URL (`MEMBERFLOW_EVENT_STORE`, architecture.md §9):
 * - `sqlite:./data/events.db`, `sqlite:/var/lib/memberflow/events.db`, `sqlite:///abs/path.db`, or a bare
 *   path such as `./data/events.db`;
 * - `postgres://…` or `postgresql://…`, with the store's settings as parameters (`?schema=province_a&max=20`,
 *   postgres/postgres-url.ts);
 * - `esdb://…` or `esdb+discover://…`, a single node or a cluster's gossip seeds, the client's options and
 *   memberflow's `streamPrefix` as parameters (esdb/esdb-url.ts).
 * Parameters are checked here, so a wrong one stops the service at start with a message saying which.
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
      asUrlError(url, () => postgresUrlSettings(trimmed));
      return { kind: 'postgres', url: trimmed };
    case 'esdb':
    case 'esdb+discover':
      asUrlError(url, () => esdbUrlSettings(trimmed));
      return { kind: 'esdb', url: trimmed };
    default:
      throw new EventStoreUrlError(url, `unknown scheme "${scheme}:"; ${FORMS}`);
  }
}

/**
 * Opens the store a URL names, with each adapter's defaults and the URL's parameters. Every adapter is
 * also a {@link MigrationTarget} (for `migrate-store`). The EventStoreDB client (gRPC) is loaded only when
 * an `esdb://` URL is opened.
 */
export async function openEventStore(url: string): Promise<EventStore & MigrationTarget> {
  const location = parseEventStoreUrl(url);
  switch (location.kind) {
    case 'sqlite':
      return openSqliteEventStore({ file: location.file });
    case 'postgres':
      return openPostgresEventStore({ url: location.url });
    case 'esdb': {
      const { openEsdbEventStore } = await import('./esdb/esdb-event-store');
      return openEsdbEventStore({ url: location.url }).catch((error: unknown) => {
        throw urlError(url, error);
      });
    }
  }
}

/** Runs `read`, reporting a RangeError (a wrong parameter, a malformed string) as the URL's fault. */
function asUrlError<T>(url: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw urlError(url, error);
  }
}

function urlError(url: string, error: unknown): unknown {
  return error instanceof RangeError ? new EventStoreUrlError(url, error.message) : error;
}

/** The URL without its password, for messages. */
function redacted(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
