import { StoreUnavailableError } from '@memberflow/event-store';
import { ConfigError } from '../config/config';
import { startFailureText } from './start-failure';

describe('startFailureText', () => {
  it('gives an operator’s failure as its message alone', () => {
    const down = new StoreUnavailableError('PostgreSQL event store unreachable at 127.0.0.1:5999');
    expect(startFailureText(down)).toBe('PostgreSQL event store unreachable at 127.0.0.1:5999');
    expect(startFailureText(new ConfigError('PORT must be an integer'))).toBe(
      'PORT must be an integer',
    );
  });

  it('keeps the stack of any other failure, which is a bug to report', () => {
    expect(startFailureText(new TypeError('x is undefined'))).toMatch(
      /^TypeError: x is undefined\n\s+at /,
    );
  });
});
