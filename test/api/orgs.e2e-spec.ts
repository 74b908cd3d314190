import { describeOnEachStore, startTestServer, type TestServer } from '../support/test-app';

describeOnEachStore('organization units over HTTP (real server, real store)', (store) => {
  let server: TestServer;
  let admin: string;

  const province = {
    id: 'tinh-thanh-hoa',
    kind: 'province',
    name: 'Đảng bộ tỉnh Thanh Hóa',
    code: 'TH',
    attributes: { area: 'urban' },
    occurredOn: '2020-01-02',
  };

  beforeAll(async () => {
    server = await startTestServer({}, store);
    admin = server.token('admin', '*');
    const created = await server.request('POST', '/api/orgs', { token: admin, body: province });
    expect(created.status).toBe(201);
  });
  afterAll(() => server.close());

  async function headPosition(): Promise<string> {
    return (await server.request('GET', '/health')).body.store.headPosition;
  }

  it('answers health without a token', async () => {
    const health = await server.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
  });

  it('refuses a request without a token with 401 problem+json', async () => {
    const response = await server.request('GET', '/api/orgs/tinh-thanh-hoa');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.message.vi).toBeTruthy();
    expect(response.body.message.en).toBeTruthy();
  });

  it('establishes a root unit with Location and ETag, and reads it back', async () => {
    const read = await server.request('GET', '/api/orgs/tinh-thanh-hoa', { token: admin });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"0"');
    expect(read.body).toMatchObject({
      id: 'tinh-thanh-hoa',
      kind: 'province',
      status: 'active',
      parents: [],
    });
  });

  it('names every invalid field in a 400', async () => {
    const before = await headPosition();
    const response = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        parentId: 'tinh-thanh-hoa',
        kind: 'planet',
        name: '',
        code: 'X',
        attributes: { area: 'sea' },
        occurredOn: '2021-02-30',
      },
    });
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['kind', 'name', 'attributes.area', 'occurredOn']),
    );
    expect(await headPosition()).toBe(before);
  });

  it('answers malformed JSON with 400 and an oversized body with 413, storing nothing', async () => {
    const before = await headPosition();
    const malformed = await server.request('POST', '/api/orgs', {
      token: admin,
      rawBody: '{"kind": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const huge = await server.request('POST', '/api/orgs', {
      token: admin,
      body: { ...province, id: 'huge', name: 'x'.repeat(400_000) },
    });
    expect(huge.status).toBe(413);
    expect(await headPosition()).toBe(before);
  });

  it('refuses a new district-level committee after 1/7/2025 with the rule and both messages (422)', async () => {
    const before = await headPosition();
    const response = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        id: 'huyen-moi',
        parentId: 'tinh-thanh-hoa',
        kind: 'direct_committee',
        name: 'Đảng bộ huyện Mới',
        code: 'HM',
        attributes: { area: 'rural' },
        occurredOn: '2025-07-01',
      },
    });
    expect(response.status).toBe(422);
    expect(response.body.rule).toMatch(/^R-ORG-/);
    expect(response.body.message.vi).toBeTruthy();
    expect(response.body.message.en).toBeTruthy();
    expect(await headPosition()).toBe(before);
  });

  it('refuses a business date in the future', async () => {
    const response = await server.request('POST', '/api/orgs', {
      token: admin,
      body: { ...province, id: 'future', parentId: undefined, occurredOn: '2999-01-01' },
    });
    expect(response.status).toBe(422);
    expect(response.body.rule).toBe('R-DATE-FUTURE');
  });

  describe('with a committee under the province', () => {
    beforeAll(async () => {
      const created = await server.request('POST', '/api/orgs', {
        token: admin,
        body: {
          id: 'huyen-a',
          parentId: 'tinh-thanh-hoa',
          kind: 'direct_committee',
          name: 'Đảng bộ huyện A',
          code: 'HA',
          attributes: { area: 'rural' },
          occurredOn: '2021-01-04',
        },
      });
      expect(created.status).toBe(201);
    });

    it('answers an unknown action with 404 listing the actions', async () => {
      const response = await server.request('POST', '/api/orgs/huyen-a/actions/explode', {
        token: admin,
        body: { occurredOn: '2022-01-04' },
      });
      expect(response.status).toBe(404);
      expect(response.body.detail).toContain('rename');
    });

    it('refuses a stale If-Match with 412 and applies a fresh one', async () => {
      const rename = (name: string, etag: string) =>
        server.request('POST', '/api/orgs/huyen-a/actions/rename', {
          token: admin,
          body: { name, occurredOn: '2022-01-04' },
          headers: { 'if-match': etag },
        });
      const fresh = await rename('Đảng bộ huyện A mới', '"0"');
      expect(fresh.status).toBe(200);
      expect(fresh.headers.get('etag')).toBe('"1"');
      const stale = await rename('Đảng bộ huyện A cũ', '"0"');
      expect(stale.status).toBe(412);
    });

    it('replays a command with the same Idempotency-Key: same answer, nothing appended', async () => {
      const send = () =>
        server.request('PUT', '/api/orgs/huyen-a/plans/2024', {
          token: admin,
          body: { target: 40, occurredOn: '2024-01-05' },
          headers: { 'idempotency-key': 'plan-huyen-a-2024' },
        });
      const first = await send();
      expect(first.status).toBe(200);
      const position = await headPosition();
      const again = await send();
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await headPosition()).toBe(position);
    });

    it('keeps an officer inside the subtree of its token', async () => {
      const officer = server.token('officer', 'huyen-a');
      const outside = await server.request('POST', '/api/orgs/tinh-thanh-hoa/actions/rename', {
        token: officer,
        body: { name: 'Tên khác', occurredOn: '2022-02-01' },
      });
      expect(outside.status).toBe(403);
      const inside = await server.request('POST', '/api/orgs', {
        token: officer,
        body: {
          id: 'xa-b',
          parentId: 'huyen-a',
          kind: 'grassroots_committee',
          name: 'Đảng bộ xã B',
          code: 'XB',
          attributes: { area: 'rural' },
          occurredOn: '2022-02-01',
        },
      });
      expect(inside.status).toBe(201);
    });

    it('refuses every write to an auditor', async () => {
      const auditor = server.token('auditor', '*');
      const response = await server.request('POST', '/api/orgs/huyen-a/actions/rename', {
        token: auditor,
        body: { name: 'Tên khác', occurredOn: '2022-02-01' },
      });
      expect(response.status).toBe(403);
    });
  });
});
