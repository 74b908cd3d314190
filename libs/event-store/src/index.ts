export * from './event-store.port';
export { GENESIS_HASH, canonicalJson, computeEventHash, verifyStream } from './hash-chain';
export type { ChainBreak, HashedEventFields, StreamVerification } from './hash-chain';
export { EventDecodingError, EventRegistry } from './event-registry';
export type { DecodedEvent, EventSchema, Upcaster } from './event-registry';
export { EventStoreUrlError, openEventStore, parseEventStoreUrl } from './open-event-store';
export type { EventStoreLocation } from './open-event-store';
export { openSqliteEventStore } from './sqlite/sqlite-event-store';
export type {
  SqliteEventStore,
  SqliteEventStoreOptions,
  SqliteStorageSettings,
  SqliteSynchronous,
} from './sqlite/sqlite-event-store';
export { openPostgresEventStore } from './postgres/postgres-event-store';
export type {
  PostgresEventStore,
  PostgresEventStoreOptions,
} from './postgres/postgres-event-store';
