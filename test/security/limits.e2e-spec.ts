import { PAGE_SIZE } from '../../apps/api/src/http/limits';
import { provinceBody } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-app';
import { documentedRoutes, fillPath } from './support/openapi-routes';

/**
 * Limits at the HTTP edge (issue 5): rate limits per token and per address answered 429 as
 * problem+json, the body size limit, security headers, CORS closed unless configured, page sizes.
 */

describe('rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      MEMBERFLOW_RATE_LIMIT_PER_TOKEN: '5',
      MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '12',
      MEMBERFLOW_RATE_LIMIT_WINDOW_SECONDS: '60',
    });
  });
  afterAll(() => server.close());

  it('answers 429 problem+json with Retry-After past the limit of one token, and not to another token', async () => {
    const busy = server.token('analyst', '*', 'busy-analyst');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await server.request('GET', '/api/orgs/none', { token: busy })).status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    const limited = await server.request('GET', '/api/orgs/none', { token: busy });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({
      status: 429,
      code: 'too_many_requests',
      details: { per: 'token', limit: 5, windowSeconds: 60 },
    });
    const other = server.token('analyst', '*', 'quiet-analyst');
    expect((await server.request('GET', '/api/orgs/none', { token: other })).status).toBe(404);
  });

  it('limits an address across tokens and without a token (bad tokens count too)', async () => {
    // 8 requests so far from this address; the limit is 12.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await server.request('GET', '/api/orgs/none', { token: `not-a-token-${i}` })).status,
      );
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    const limited = await server.request('GET', '/api/orgs/none');
    expect(limited.status).toBe(429);
    expect(limited.body.details.per).toBe('address');
  });
});

describe('the HTTP edge', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ MEMBERFLOW_BODY_LIMIT: '2kb' });
  });
  afterAll(() => server.close());

  it('sends security headers and no X-Powered-By', async () => {
    const response = await server.request('GET', '/health');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('still serves the OpenAPI page under its content security policy', async () => {
    const page = await server.request('GET', '/api/docs/');
    expect(page.status).toBe(200);
    // Every script the page runs comes from this origin (script-src 'self'), none inline.
    expect(page.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    expect(page.text).toMatch(/<script src="\.\/swagger-ui-init\.js"/);
  });

  it('answers no cross-origin request unless origins are configured', async () => {
    const preflight = await fetch(`${server.url}/api/orgs`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await fetch(`${server.url}/health`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the limit with 413 problem+json', async () => {
    const response = await server.request('POST', '/api/orgs', {
      token: server.token('admin'),
      rawBody: JSON.stringify({ ...provinceBody('big'), name: 'x'.repeat(4000) }),
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('body_too_large');
  });

  it('refuses prototype keys and deep nesting with 400 before any handler', async () => {
    const admin = server.token('admin');
    const proto = await server.request('POST', '/api/orgs', {
      token: admin,
      rawBody: '{"id":"p","attributes":{"__proto__":{"admin":true}}}',
    });
    expect(proto.status).toBe(400);
    expect(proto.body.errors).toEqual([
      { field: 'attributes.__proto__', messages: ['is a reserved name'] },
    ]);
    const deep = await server.request('POST', '/api/orgs', {
      token: admin,
      rawBody: `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`,
    });
    expect(deep.status).toBe(400);
    expect(deep.body.detail).toMatch(/nested deeper than 32 levels/);
  });

  it(`refuses a page larger than ${PAGE_SIZE.max} rows on every route that pages`, async () => {
    const paged = (await documentedRoutes(server.url)).filter(
      (route) => route.method === 'GET' && route.queryParams.includes('size'),
    );
    // An admin may call every route that pages (accounts are not the analysts').
    const admin = server.token('admin');
    for (const route of paged) {
      const params = Object.fromEntries(route.pathParams.map((name) => [name, 'x']));
      const path = fillPath(route.path, params);
      const response = await server.request('GET', `${path}?size=${PAGE_SIZE.max + 1}`, {
        token: admin,
      });
      expect({ route: route.key, status: response.status }).toEqual({
        route: route.key,
        status: 400,
      });
    }
  });
});

describe('CORS with an allow-list', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      MEMBERFLOW_CORS_ORIGINS: 'https://console.example.org, https://other.example.org',
    });
  });
  afterAll(() => server.close());

  it('answers the listed origins only, with the headers a client needs', async () => {
    const ask = (origin: string) =>
      fetch(`${server.url}/api/orgs`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,idempotency-key',
        },
      });
    const allowed = await ask('https://console.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const refused = await ask('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const exposed = await fetch(`${server.url}/health`, {
      headers: { origin: 'https://other.example.org' },
    });
    expect(exposed.headers.get('access-control-expose-headers')).toMatch(/ETag/);
  });
});
