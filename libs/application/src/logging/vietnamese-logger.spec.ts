import { consoleLoggerFor } from './vietnamese-logger';

describe('console logger of a process', () => {
  let written: string[];
  let write: jest.SpyInstance;
  beforeEach(() => {
    written = [];
    write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => write.mockRestore());

  it('is off when the level is silent', () => {
    expect(consoleLoggerFor({ logFormat: 'pretty', logLevel: 'silent' }, 'memberflow')).toBe(
      undefined,
    );
  });

  it('writes from its level up, stamped the Vietnamese way under its prefix', () => {
    const logger = consoleLoggerFor({ logFormat: 'pretty', logLevel: 'warn' }, 'memberflow-worker');
    logger?.log('below the level', 'test');
    logger?.warn('at the level', 'test');
    const output = written.join('');
    expect(output).not.toContain('below the level');
    expect(output).toContain('at the level');
    expect(output).toContain('[memberflow-worker]');
    expect(output).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}/);
  });

  it('writes one JSON object per line in the json format', () => {
    consoleLoggerFor({ logFormat: 'json', logLevel: 'log' }, 'memberflow')?.log('hello', 'test');
    const line = JSON.parse(written.join('').trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'log', message: 'hello', context: 'test' });
  });
});
