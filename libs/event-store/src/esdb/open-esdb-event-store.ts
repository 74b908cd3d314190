import type { EsdbEventStore, EsdbEventStoreOptions } from './esdb-event-store';

/**
 * Opens the EventStoreDB adapter, loading the client (gRPC) only now: importing the library's index
 * does not pay for it in processes that run on SQLite or PostgreSQL.
 */
export async function openEsdbEventStore(options: EsdbEventStoreOptions): Promise<EsdbEventStore> {
  const adapter = await import('./esdb-event-store');
  return adapter.openEsdbEventStore(options);
}
