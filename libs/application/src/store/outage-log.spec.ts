import { Logger } from '@nestjs/common';
import { StoreOutageLog } from './outage-log';

describe('StoreOutageLog', () => {
  it('reports the first failure at once, then one line per five seconds counting the others', () => {
    const lines: string[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      lines.push(String(message));
    });
    const log = new StoreOutageLog();
    const down = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    for (let ms = 0; ms < 12_000; ms += 10) log.report(down, ms);
    expect(lines).toEqual([
      'store unavailable: connect ECONNREFUSED 127.0.0.1:5432',
      'store unavailable: connect ECONNREFUSED 127.0.0.1:5432 (and 499 more since the last report)',
      'store unavailable: connect ECONNREFUSED 127.0.0.1:5432 (and 499 more since the last report)',
    ]);
  });
});
