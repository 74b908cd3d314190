import { startTestServer, type TestServer } from '../support/test-app';

describe('operations endpoints (real server)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('exposes Prometheus metrics: requests by route pattern, commands by outcome, store head, projection lag', async () => {
    const admin = server.token('admin', '*');
    const body = {
      id: 'tinh',
      kind: 'province',
      name: 'Tỉnh',
      code: 'T',
      attributes: { area: 'urban' },
    };
    expect(
      (
        await server.request('POST', '/api/orgs', {
          token: admin,
          body: { ...body, occurredOn: '2020-01-02' },
        })
      ).status,
    ).toBe(201);
    const future = await server.request('POST', '/api/orgs', {
      token: admin,
      body: { ...body, id: 'tinh-2', occurredOn: '2999-01-01' },
    });
    expect(future.status).toBe(422);

    const metrics = await server.request('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    expect(metrics.text).toMatch(
      /memberflow_commands_total\{aggregate="organization unit",action="establish",outcome="appended"\} 1/,
    );
    expect(metrics.text).toMatch(
      /memberflow_commands_total\{aggregate="organization unit",action="establish",outcome="rejected"\} 1/,
    );
    expect(metrics.text).toMatch(
      /memberflow_http_request_duration_seconds_count\{method="POST",route="\/api\/orgs",status="201"\} 1/,
    );
    expect(metrics.text).toMatch(/memberflow_store_head_position 1/);
    expect(metrics.text).toMatch(/memberflow_projection_lag_events\{projection="members"\}/);
    expect(metrics.text).not.toContain('tinh');
  });

  it('reports readiness with the store head and each projection', async () => {
    const health = await server.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.store.status).toBe('up');
    expect(health.body.projections.map((p: { name: string }) => p.name).sort()).toEqual([
      'accounts',
      'members',
      'org-tree',
    ]);
  });
});
