import { StoreUnavailableError } from '@memberflow/event-store';
import { isStoreOutage } from './store-outage';

describe('isStoreOutage', () => {
  it.each([
    ['a StoreUnavailableError', new StoreUnavailableError('down')],
    ['a refused connection', Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })],
    ['a full SQLite disk', Object.assign(new Error('full'), { code: 'SQLITE_FULL' })],
    ['a PostgreSQL shutdown', Object.assign(new Error('bye'), { code: '57P01' })],
    ['too many connections', Object.assign(new Error('busy'), { code: '53300' })],
    [
      'one wrapped in a cause',
      new Error('query failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
    ],
    [
      'one in a TypeORM driver error',
      Object.assign(new Error('query'), { driverError: { code: 'SQLITE_BUSY' } }),
    ],
    [
      'refusals of every address',
      new AggregateError([Object.assign(new Error(), { code: 'ECONNREFUSED' })]),
    ],
  ])('recognizes %s', (_label, error) => {
    expect(isStoreOutage(error)).toBe(true);
  });

  it.each([
    ['a programming error', new TypeError('x is undefined')],
    ['a unique violation', Object.assign(new Error('dup'), { code: '23505' })],
    ['a string', 'down'],
    ['nothing', undefined],
  ])('leaves %s to be a 500', (_label, error) => {
    expect(isStoreOutage(error)).toBe(false);
  });
});
