export * from './event-store.port';
export { GENESIS_HASH, canonicalJson, computeEventHash, verifyStream } from './hash-chain';
export type { ChainBreak, HashedEventFields, StreamVerification } from './hash-chain';
export { EventDecodingError, EventRegistry } from './event-registry';
export type { DecodedEvent, EventSchema, Upcaster } from './event-registry';
export { EventStoreUrlError, openEventStore, parseEventStoreUrl } from './open-event-store';
export type { EventStoreLocation } from './open-event-store';
export { openSqliteEventStore } from './sqlite/sqlite-event-store';
export { preparePrivateSqliteFile } from './sqlite/private-file';
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
export { postgresUrlSettings } from './postgres/postgres-url';
export type { PostgresUrlSettings } from './postgres/postgres-url';
export { openEsdbEventStore } from './esdb/open-esdb-event-store';
export type { EsdbEventStore, EsdbEventStoreOptions } from './esdb/esdb-event-store';
export { esdbUrlSettings } from './esdb/esdb-url';
export type { EsdbUrlSettings } from './esdb/esdb-url';
export { MigrationConflictError, isMigrationTarget } from './migration/migration-target';
export type { EventRange, MigrationTarget } from './migration/migration-target';
export { MigrationRefusedError, countEvents, migrateStore } from './migration/migrate-store';
export type {
  MigrateStoreOptions,
  MigrationProgress,
  MigrationSummary,
} from './migration/migrate-store';
export { verifyCopy } from './migration/verify-copy';
export type { CopyVerification, VerifyCopyOptions } from './migration/verify-copy';
