/**
 * EventStoreDB places an event in its transaction log by two numbers, the commit and the prepare
 * position, and orders `$all` by commit, then prepare. The port has one bigint:
 *
 *     position = 1 + commit        (where commit = prepare)
 *
 * Every event appended through the gRPC API is an implicit transaction, for which the server reports
 * commit = prepare = the event record's own log position (KurrentDB's AllReader builds such events as
 * `CommitEventRecord(event, prepare.LogPosition)` with `TFPos(LogPosition, LogPosition)`). So:
 * - the encoding is exact: a stored position decodes back to both numbers, which is where a catch-up
 *   subscription resumes;
 * - it is monotonic in `$all` order (one number, ordered as the log);
 * - it fits in 63 bits like the SQL stores' positions, so checkpoints stored as `bigint` columns hold it;
 * - 0n stays "before everything" (the port's default `after`): no event encodes to it.
 *
 * Only an event written in an explicit transaction (the legacy TCP API, which memberflow never uses) has
 * commit ≠ prepare; such an event is refused rather than given a position that would not resume.
 */

/** A place in EventStoreDB's transaction log; structurally the client's `Position`. */
export interface EsdbLogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** Log positions are C# longs: 0 .. 2^63-1; the port's position is one more. */
const MAX_LOG_POSITION = 2n ** 63n - 2n;

/** The port's position of an event at `log` in `$all`. */
export function encodeEsdbPosition(log: EsdbLogPosition): bigint {
  if (log.commit !== log.prepare) {
    throw new RangeError(
      `EventStoreDB event at commit ${log.commit} / prepare ${log.prepare} was written in an explicit transaction (legacy TCP API); memberflow reads only events whose commit and prepare positions are equal`,
    );
  }
  if (log.commit < 0n || log.commit > MAX_LOG_POSITION) {
    throw new RangeError(`EventStoreDB log position ${log.commit} is outside 0..2^63-2`);
  }
  return log.commit + 1n;
}

/** The log position a port position was encoded from; refuses 0n (the start) and anything out of range. */
export function decodeEsdbPosition(position: bigint): EsdbLogPosition {
  if (position < 1n || position > MAX_LOG_POSITION + 1n) {
    throw new RangeError(`${position} is not an EventStoreDB position (1..2^63-1)`);
  }
  const log = position - 1n;
  return { commit: log, prepare: log };
}

/**
 * Whether the server really told where the event is. Servers before 22.6 give stream reads no position,
 * and some report 2^64-1 ("unknown") instead.
 */
export function isKnownLogPosition(log: EsdbLogPosition | undefined): log is EsdbLogPosition {
  const unknown = 2n ** 64n - 1n;
  return (
    log !== undefined &&
    log.commit >= 0n &&
    log.prepare >= 0n &&
    log.commit !== unknown &&
    log.prepare !== unknown
  );
}
