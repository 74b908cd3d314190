import { ErrorType, isCommandError, type CommandError } from '@eventstore/db-client';
import {
  StoreUnavailableError,
  WrongExpectedRevisionError,
  type ExpectedRevision,
} from '../event-store.port';

/** What was being done when the client failed, for the port's error and its message. */
export interface EsdbOperation {
  /** `host:port,...` of the connection string, never its credentials. */
  readonly server: string;
  /** e.g. `append to member-1`, `read $all`. */
  readonly action: string;
  /** For appends: the stream and the revision the writer expected. */
  readonly append?: { readonly streamId: string; readonly expected: ExpectedRevision };
}

/** Failures worth trying again on open: the server or cluster is starting, electing or overloaded. */
const TRANSIENT: readonly ErrorType[] = [
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
];

export function isTransientEsdbError(error: unknown): boolean {
  return isClientError(error) && TRANSIENT.includes(error.type);
}

/** A read of a stream that does not exist: the port reads it as empty. */
export function isMissingStream(error: unknown): boolean {
  return isClientError(error) && error.type === ErrorType.STREAM_NOT_FOUND;
}

function isClientError(error: unknown): error is CommandError {
  return error instanceof Error && isCommandError(error);
}

/**
 * The client's error as the port reports it:
 * - a wrong expected version → {@link WrongExpectedRevisionError} with the stream's actual revision;
 * - an append larger than the server's MaxAppendSize → RangeError (the batch must be split; retrying
 *   cannot help);
 * - everything else the client or server raises (unreachable, no leader, deadline, access denied, a
 *   deleted stream) → {@link StoreUnavailableError} naming the server and the operation.
 * Errors that are not the client's (ours, programming errors) pass through unchanged.
 */
export function mapEsdbError(error: unknown, operation: EsdbOperation): Error {
  if (!isClientError(error)) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const where = `EventStoreDB at ${operation.server}: ${operation.action}`;
  switch (error.type) {
    case ErrorType.WRONG_EXPECTED_VERSION: {
      const streamId = operation.append?.streamId ?? error.streamName;
      const actual = error.actualVersion === 'no_stream' ? undefined : Number(error.actualVersion);
      return new WrongExpectedRevisionError(
        streamId,
        operation.append?.expected ?? portExpected(error.expectedVersion),
        actual,
      );
    }
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
      return new RangeError(
        `${where}: the batch is larger than the server's MaxAppendSize (${error.maxAppendSize} bytes); append fewer events at a time`,
      );
    case ErrorType.STREAM_DELETED:
      return new StoreUnavailableError(
        `${where}: stream ${error.streamName} was deleted in EventStoreDB (memberflow never deletes streams)`,
        { cause: error },
      );
    case ErrorType.NOT_LEADER:
      return new StoreUnavailableError(
        `${where}: the node is not the leader (leader at ${error.leader?.address ?? '?'}:${error.leader?.port ?? '?'}); connect with nodePreference=leader`,
        { cause: error },
      );
    case ErrorType.ACCESS_DENIED:
      return new StoreUnavailableError(
        `${where}: access denied; check the user and password of the connection string`,
        { cause: error },
      );
    default:
      return new StoreUnavailableError(`${where}: ${error.type}: ${error.message}`, {
        cause: error,
      });
  }
}

function portExpected(expected: unknown): ExpectedRevision {
  if (typeof expected === 'bigint') return Number(expected);
  return expected === 'no_stream' ? 'no_stream' : 'any';
}
