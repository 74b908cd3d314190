/** Node's network failures and SQLite's "cannot write now" codes: the store, not the request, is at fault. */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
]);

/** PostgreSQL SQLSTATE classes: connection exception, insufficient resources, operator intervention. */
const OUTAGE_SQLSTATE = /^(08|53|57)/;

/**
 * Whether an error (or an error it was caused by) says the event store or the read database cannot be
 * reached or cannot write: StoreUnavailableError from any adapter, a network failure, a full or
 * read-only SQLite file, a PostgreSQL server shutting down or out of connections.
 */
export function isStoreOutage(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (typeof current !== 'object') return false;
    const { name, code, cause } = current as { name?: unknown; code?: unknown; cause?: unknown };
    if (name === 'StoreUnavailableError') return true;
    if (typeof code === 'string' && (OUTAGE_CODES.has(code) || OUTAGE_SQLSTATE.test(code)))
      return true;
    if (current instanceof AggregateError && current.errors.some(isStoreOutage)) return true;
    current = cause ?? (current as { driverError?: unknown }).driverError;
  }
  return false;
}
