import { loadConfig } from './config';

describe('security settings of the configuration', () => {
  it('is embedded, closed to browsers and rate-limited by default', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('embedded');
    expect(config.corsOrigins).toEqual([]);
    expect(config.rateLimit).toEqual({ perToken: 1200, perAddress: 3000, windowSeconds: 60 });
    expect(config.requestTimeoutMs).toBe(30_000);
  });

  it('is in production mode with NODE_ENV or MEMBERFLOW_MODE', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).mode).toBe('production');
    expect(loadConfig({ MEMBERFLOW_MODE: 'production' }).mode).toBe('production');
    expect(() => loadConfig({ MEMBERFLOW_MODE: 'prod' })).toThrow(/MEMBERFLOW_MODE must be one of/);
  });

  it('applies the projections in the api unless told a worker does', () => {
    expect(loadConfig({}).projector).toBe('api');
    expect(loadConfig({ MEMBERFLOW_PROJECTOR: 'worker' }).projector).toBe('worker');
    expect(() => loadConfig({ MEMBERFLOW_PROJECTOR: 'off' })).toThrow(
      'MEMBERFLOW_PROJECTOR must be one of api, worker (got "off")',
    );
  });

  it('takes exact origins only', () => {
    expect(
      loadConfig({ MEMBERFLOW_CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' })
        .corsOrigins,
    ).toEqual(['https://a.example.org', 'http://localhost:5173']);
    for (const wrong of ['*', 'https://a.example.org/path', 'a.example.org', 'ftp://x.org']) {
      expect(() => loadConfig({ MEMBERFLOW_CORS_ORIGINS: wrong })).toThrow(/origins such as/);
    }
  });
});
