import { MEMBER_ACTIONS } from '@memberflow/domain/member';
import { ORG_ACTIONS } from '@memberflow/domain/org';
import { startTestServer, type TestServer } from '../support/test-app';
import { CELL, establishTree, memberWithCorrections } from './audit-fixtures';

interface Route {
  readonly method: string;
  readonly path: string;
}

/** Every route the HTTP application serves, read from its router (so a route added later is covered). */
function routesOf(server: TestServer): Route[] {
  const express = server.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => method !== '_all')
          .map((method) => ({ method: method.toUpperCase(), path: layer.route!.path }))
      : [],
  );
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A route path with its parameters filled in. */
function concrete(path: string, values: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => values[name] ?? 'x');
}

describe('an auditor reads history and verification, and never writes', () => {
  let server: TestServer;
  let auditor: string;
  let memberId: string;

  beforeAll(async () => {
    server = await startTestServer();
    auditor = server.token('auditor', '*');
    await establishTree(server);
    memberId = await memberWithCorrections(server, 1);
  });
  afterAll(() => server?.close());

  async function headPosition(): Promise<string> {
    return (await server.request('GET', '/health')).body.store.headPosition;
  }

  it('reads a history, a state, a stream check and the whole-store check', async () => {
    for (const path of [
      `/api/members/${memberId}/history`,
      `/api/members/${memberId}/state?asOf=2024-12-31`,
      `/api/members/${memberId}/verify`,
      '/api/audit/verify',
      `/api/members/${memberId}`,
    ]) {
      const response = await server.request('GET', path, { token: auditor });
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });

  it('gets 403 from every write route the application serves, and nothing is appended', async () => {
    // The session routes act on the caller's own sign-in, not on the record (test/api/accounts).
    const writes = routesOf(server).filter(
      (route) => WRITES.has(route.method) && !route.path.startsWith('/api/session'),
    );
    // The router really was read: the known write routes are among those found.
    expect(writes).toEqual(
      expect.arrayContaining([
        { method: 'POST', path: '/api/orgs' },
        { method: 'POST', path: '/api/orgs/:id/actions/:action' },
        { method: 'PUT', path: '/api/orgs/:id/plans/:year' },
        { method: 'POST', path: '/api/members' },
        { method: 'POST', path: '/api/members/import' },
        { method: 'POST', path: '/api/members/:id/actions/:action' },
      ]),
    );
    const before = await headPosition();
    const requests: Route[] = writes.flatMap((route) => {
      if (route.path === '/api/members/:id/actions/:action') {
        return MEMBER_ACTIONS.map((action) => ({
          method: route.method,
          path: concrete(route.path, { id: memberId, action }),
        }));
      }
      if (route.path === '/api/orgs/:id/actions/:action') {
        return ORG_ACTIONS.map((action) => ({
          method: route.method,
          path: concrete(route.path, { id: CELL, action }),
        }));
      }
      return [
        {
          method: route.method,
          path: concrete(route.path, { id: CELL, year: '2024', name: 'roster' }),
        },
      ];
    });
    for (const request of requests) {
      const response = await server.request(request.method, request.path, {
        token: auditor,
        body: {
          occurredOn: '2024-06-01',
          reason: 'thử',
          person: { fullName: 'Tên Khác' },
          target: 10,
        },
      });
      expect({ ...request, status: response.status, code: response.body?.code }).toEqual({
        ...request,
        status: 403,
        code: 'forbidden_role',
      });
    }
    expect(await headPosition()).toBe(before);
  });
});

describe('who may read what', () => {
  let server: TestServer;
  let memberId: string;

  beforeAll(async () => {
    server = await startTestServer();
    await establishTree(server);
    memberId = await memberWithCorrections(server, 1);
  });
  afterAll(() => server?.close());

  const get = (path: string, token: string) => server.request('GET', path, { token });

  it('lets an officer read the history and state of a member in scope, not verify', async () => {
    const officer = server.token('officer', 'xa-a');
    expect((await get(`/api/members/${memberId}/history`, officer)).status).toBe(200);
    expect((await get(`/api/members/${memberId}/state`, officer)).status).toBe(200);
    expect((await get(`/api/members/${memberId}/verify`, officer)).status).toBe(403);
    expect((await get('/api/audit/verify', officer)).status).toBe(403);
  });

  it('keeps an officer and an auditor of another subtree out (403)', async () => {
    for (const token of [server.token('officer', 'xa-b'), server.token('auditor', 'xa-b')]) {
      const response = await get(`/api/members/${memberId}/history`, token);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('out_of_scope');
    }
  });

  it('lets a scoped auditor verify a member in scope, but not the whole store', async () => {
    const auditor = server.token('auditor', 'huyen-a');
    expect((await get(`/api/members/${memberId}/verify`, auditor)).body).toMatchObject({
      ok: true,
    });
    const whole = await get('/api/audit/verify', auditor);
    expect(whole.status).toBe(403);
    expect(whole.body.code).toBe('out_of_scope');
  });

  it('refuses an analyst (403) and a missing token (401)', async () => {
    expect(
      (await get(`/api/members/${memberId}/history`, server.token('analyst', '*'))).status,
    ).toBe(403);
    expect((await server.request('GET', `/api/members/${memberId}/history`)).status).toBe(401);
    expect((await server.request('GET', '/api/audit/verify')).status).toBe(401);
  });

  it('answers 404 for an unknown member on every audit route', async () => {
    const admin = server.token('admin', '*');
    for (const route of ['history', 'state', 'verify']) {
      expect(
        (await get(`/api/members/00000000-0000-4000-8000-000000000000/${route}`, admin)).status,
      ).toBe(404);
    }
  });
});
