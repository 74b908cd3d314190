import {
  AccessDeniedError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  StreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { StoreUnavailableError, WrongExpectedRevisionError } from '../event-store.port';
import { isTransientEsdbError, mapEsdbError, type EsdbOperation } from './esdb-errors';

const append: EsdbOperation = {
  server: 'node1:2113,node2:2113',
  action: 'append to member-1',
  append: { streamId: 'member-1', expected: 4 },
};

describe('EventStoreDB client errors as the port’s errors', () => {
  it('reports a wrong expected version as the typed conflict, with the actual revision', () => {
    const error = mapEsdbError(
      new WrongExpectedVersionError(undefined, {
        streamName: 'member-1',
        expected: 4n,
        current: 6n,
      }),
      append,
    );
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId: 'member-1', expected: 4, actual: 6 });
  });

  it('reports a stream that does not exist as actual undefined, keeping what the writer expected', () => {
    const error = mapEsdbError(
      new WrongExpectedVersionError(undefined, {
        streamName: 'member-1',
        expected: 0n,
        current: 'no_stream',
      }),
      { ...append, append: { streamId: 'member-1', expected: 0 } },
    );
    expect(error).toMatchObject({
      name: 'WrongExpectedRevisionError',
      expected: 0,
      actual: undefined,
    });
  });

  it('translates the client’s expectation when the operation does not say', () => {
    const error = mapEsdbError(
      new WrongExpectedVersionError(undefined, {
        streamName: 'member-2',
        expected: 'no_stream',
        current: 3n,
      }),
      { server: 'node1:2113', action: 'import into member-2' },
    );
    expect(error).toMatchObject({ streamId: 'member-2', expected: 'no_stream', actual: 3 });
  });

  it('reports an oversized batch as a RangeError naming the server’s limit', () => {
    const error = mapEsdbError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), append);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain('MaxAppendSize (1048576 bytes)');
  });

  it.each([
    ['unreachable', new UnavailableError(undefined, 'No connection established'), 'unavailable'],
    ['past its deadline', new DeadlineExceededError(undefined, 'Deadline exceeded'), 'deadline'],
    ['denied', new AccessDeniedError(undefined, 'Access denied'), 'access denied'],
    ['a deleted stream', StreamDeletedError.fromStreamName('member-1'), 'was deleted'],
  ])(
    'reports a server %s as unavailable, naming server and operation',
    (_case, clientError, says) => {
      const error = mapEsdbError(clientError, append);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(error.message).toMatch(/^EventStoreDB at node1:2113,node2:2113: append to member-1: /);
      expect(error.message).toContain(says);
      expect(error.cause).toBe(clientError);
    },
  );

  it('passes errors that are not the client’s through unchanged', () => {
    const own = new RangeError('append to member-1: no events');
    expect(mapEsdbError(own, append)).toBe(own);
    expect(mapEsdbError('a string', append)).toEqual(new Error('a string'));
  });

  it('retries on open only what a starting or electing cluster raises', () => {
    expect(isTransientEsdbError(new UnavailableError(undefined, 'down'))).toBe(true);
    expect(isTransientEsdbError(new DeadlineExceededError(undefined, 'slow'))).toBe(true);
    expect(isTransientEsdbError(new AccessDeniedError(undefined, 'no'))).toBe(false);
    expect(isTransientEsdbError(new Error('ours'))).toBe(false);
  });
});
