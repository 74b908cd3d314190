import { ProblemException } from '../http/problem';

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

/** The 503 a store outage is answered with (Retry-After: 5): the client may retry, a write with its key. */
export function storeUnavailable(): ProblemException {
  return new ProblemException(503, 'store_unavailable', {
    vi: 'Kho dữ liệu tạm thời không truy cập được; yêu cầu chưa được thực hiện xong. Hãy thử lại sau ít phút (thao tác ghi: gửi lại với cùng Idempotency-Key)',
    en: 'The data store cannot be reached right now; the request could not be completed. Retry in a moment (a write: retry with the same Idempotency-Key)',
  });
}
