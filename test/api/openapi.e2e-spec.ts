import Ajv from 'ajv';
import { todayInVietnam } from '@memberflow/domain';
import { ProjectionService } from '@memberflow/application';
import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { startTestServer, type TestResponse, type TestServer } from '../support/test-app';

/**
 * The OpenAPI document at /api/docs-json (issue 17 §7): a client generated from it must be usable as it
 * is. Every operation lists the problems it can answer with the one Problem schema, every `$ref`
 * resolves, operation ids are unique, and real answers of a real server validate against the schema
 * documented for their status and content type, with no field the schema does not name.
 */

type JsonSchema = { readonly [key: string]: unknown };

interface MediaType {
  readonly schema?: JsonSchema;
  readonly examples?: Readonly<Record<string, { readonly value: unknown }>>;
}

interface Answer {
  readonly description: string;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly content?: Readonly<Record<string, MediaType>>;
}

interface Operation {
  readonly operationId?: string;
  readonly parameters?: readonly { readonly name: string; readonly in: string }[];
  readonly requestBody?: { readonly content: Readonly<Record<string, MediaType>> };
  readonly responses: Readonly<Record<string, Answer>>;
  readonly security?: readonly unknown[];
  readonly 'x-memberflow-kind'?: string;
}

interface Document {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, JsonSchema>> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const PROBLEM_REF = '#/components/schemas/Problem';

interface Documented {
  readonly key: string;
  readonly path: string;
  readonly operation: Operation;
}

function operationsOf(document: Document): Documented[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method] !== undefined).map((method) => ({
      key: `${method.toUpperCase()} ${path}`,
      path,
      operation: item[method],
    })),
  );
}

/** Every `$ref` anywhere in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === '$ref' && typeof item === 'string' ? [item] : refsIn(item),
  );
}

function resolves(document: Document, ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let node: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
}

/**
 * A schema as the test holds answers to it: an object that names its properties names them all (the
 * document leaves room to add fields; an answer with a field it does not name fails here).
 */
function closed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closed);
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, closed(item)]));
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

/** `#/components/...` as a reference into the document added to Ajv as `openapi`. */
function rebased(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebased);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' && item.startsWith('#/')
        ? `openapi${item}`
        : rebased(item),
    ]),
  );
}

/** Validates values against schemas of the document (OpenAPI 3.0: `nullable`). */
function validatorFor(document: Document): (schema: JsonSchema, value: unknown) => string[] {
  const ajv = new Ajv({ nullable: true, allErrors: true, validateSchema: false });
  ajv.addSchema(closed({ components: document.components }) as object, 'openapi');
  return (schema, value) => {
    const validate = ajv.compile(rebased(closed(schema)) as object);
    return validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.dataPath || '(body)'} ${error.message}`);
  };
}

/** What each kind must document at least, beyond what every operation does (the test's own reading). */
const EXPECTED_OF_KIND: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  command: {
    403: ['forbidden_role', 'out_of_scope'],
    404: ['not_found'],
    409: ['concurrent_write'],
    412: ['stale_revision'],
    422: ['rule_violation', 'idempotency_key_reused'],
  },
  'creating-command': {
    403: ['forbidden_role', 'out_of_scope'],
    409: ['concurrent_write'],
    412: ['stale_revision'],
    422: ['rule_violation', 'idempotency_key_reused'],
  },
  'batch-command': { 403: ['forbidden_role'] },
  'scoped-read': { 403: ['forbidden_role', 'out_of_scope'], 404: ['not_found'] },
  query: {
    403: ['forbidden_role', 'out_of_scope'],
    404: ['not_found'],
    503: ['read_model_not_ready'],
  },
  'whole-deployment': { 403: ['forbidden_role', 'out_of_scope'] },
  'unscoped-read': { 403: ['forbidden_role'] },
  // The caller's own session (GET, DELETE /api/session, POST /api/session/password): any role.
  session: {},
};

/** Kinds that never answer 404 (a creating command makes what it names; a batch answers per row). */
const WITHOUT_404 = ['creating-command', 'batch-command', 'unscoped-read'];

const MEMBER_ID = '5f1c2a7e-3b9d-5c4e-8a21-0d6f4b2e9c13';

describe('the OpenAPI document (real server)', () => {
  let server: TestServer;
  let document: Document;
  let operations: Documented[];
  let validate: (schema: JsonSchema, value: unknown) => string[];
  let tree: SmallProvince;
  let given: Given;
  let admin: string;
  let officer: string;
  let analyst: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    officer = server.token('officer', 'huyen');
    analyst = server.token('analyst', 'huyen');
    tree = await buildSmallProvince(server, admin);
    given = givenOn(server, tree);
    document = (await server.request('GET', '/api/docs-json')).body as Document;
    operations = operationsOf(document);
    validate = validatorFor(document);
  }, 60_000);
  afterAll(() => server.close());

  function operationAt(method: string, template: string): Operation {
    const operation = document.paths[template]?.[method.toLowerCase()];
    if (!operation) throw new Error(`no ${method} ${template} in the document`);
    return operation;
  }

  /**
   * The answer is documented: its status, its content type with a schema it validates against, the
   * headers it carries (ETag, Location, Idempotent-Replayed, Retry-After); a problem's code is one of the
   * examples of its status. Answers the mismatches, none when documented.
   */
  function mismatches(method: string, template: string, response: TestResponse): string[] {
    const answer = operationAt(method, template).responses[String(response.status)];
    const where = `${method} ${template} ${response.status}`;
    if (!answer) return [`${where}: status not documented`];
    if (response.status === 204) return response.text === '' ? [] : [`${where}: a body`];
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    const media = answer.content?.[type];
    if (!media?.schema) return [`${where}: no schema for ${type}`];
    const problems: string[] = [];
    const body =
      type === 'application/json' || type === 'application/problem+json'
        ? response.body
        : response.text;
    const values =
      type === 'application/x-ndjson'
        ? response.text
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as unknown)
        : [body];
    for (const value of values)
      problems.push(...validate(media.schema, value).map((error) => `${where}: ${error}`));
    if (type === 'application/problem+json' && !media.examples?.[response.body.code]) {
      problems.push(`${where}: code ${response.body.code} is not documented`);
    }
    // Express tags every other answer with a weak ETag of its content (W/"…"): not the record's revision.
    const revision = /^"\d+"$/.test(response.headers.get('ETag') ?? '');
    for (const header of ['ETag', 'Location', 'Idempotent-Replayed', 'Retry-After']) {
      const sent = header === 'ETag' ? revision : response.headers.get(header) !== null;
      if (sent && !answer.headers?.[header])
        problems.push(`${where}: header ${header} not documented`);
    }
    return problems;
  }

  function example(method: string, template: string, status: number, code: string): unknown {
    return operationAt(method, template).responses[String(status)]?.content?.[
      'application/problem+json'
    ]?.examples?.[code]?.value;
  }

  describe('as a document', () => {
    it('gives every operation a unique operationId', () => {
      const ids = operations.map(({ operation }) => operation.operationId);
      expect(ids.filter((id) => id === undefined)).toEqual([]);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });

    it('resolves every $ref', () => {
      const refs = [...new Set(refsIn(document))];
      expect(refs.length).toBeGreaterThan(50);
      expect(refs.filter((ref) => !resolves(document, ref))).toEqual([]);
    });

    it('has a schema for every request body and every answer, and a success answer for every operation', () => {
      const missing: string[] = [];
      for (const { key, operation } of operations) {
        for (const [type, media] of Object.entries(operation.requestBody?.content ?? {}))
          if (!media.schema) missing.push(`${key} request ${type}`);
        for (const [status, answer] of Object.entries(operation.responses)) {
          if (status !== '204' && (!answer.content || Object.keys(answer.content).length === 0))
            missing.push(`${key} ${status}: no content`);
          for (const [type, media] of Object.entries(answer.content ?? {}))
            if (!media.schema) missing.push(`${key} ${status} ${type}`);
        }
        if (!Object.keys(operation.responses).some((status) => status.startsWith('2')))
          missing.push(`${key}: no success answer`);
      }
      expect(missing).toEqual([]);
      const writesWithoutBody = operations
        .filter(({ key, operation }) => /^(POST|PUT) /.test(key) && !operation.requestBody)
        .map(({ key }) => key);
      expect(writesWithoutBody).toEqual(['POST /api/projections/{name}/rebuild']);
    });

    it('answers every error with the one Problem schema as application/problem+json, each with examples that are problems of its status', () => {
      const wrong: string[] = [];
      for (const { key, operation } of operations) {
        for (const [status, answer] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          const media = answer.content?.['application/problem+json'];
          if (media?.schema?.$ref !== PROBLEM_REF) {
            wrong.push(`${key} ${status}: no application/problem+json with the Problem schema`);
            continue;
          }
          const others = Object.keys(answer.content ?? {}).filter(
            (type) => type !== 'application/problem+json',
          );
          if (others.length > 0 && key !== 'GET /health') wrong.push(`${key} ${status}: ${others}`);
          const examples = Object.entries(media.examples ?? {});
          if (examples.length === 0) wrong.push(`${key} ${status}: no example`);
          for (const [code, { value }] of examples) {
            const problem = value as { status: number; code: string };
            if (problem.status !== Number(status) || problem.code !== code)
              wrong.push(
                `${key} ${status}: example ${code} is a ${problem.status} ${problem.code}`,
              );
            wrong.push(
              ...validate({ $ref: PROBLEM_REF }, value).map((e) => `${key} ${code}: ${e}`),
            );
          }
        }
      }
      expect(wrong).toEqual([]);
    });

    it('lists on every operation the problems its kind and its parameters can answer', () => {
      const missing: string[] = [];
      for (const { key, operation } of operations) {
        const codes = (status: number) =>
          Object.keys(
            operation.responses[String(status)]?.content?.['application/problem+json']?.examples ??
              {},
          );
        const expect_ = (status: number, ...wanted: string[]) => {
          for (const code of wanted)
            if (!codes(status).includes(code)) missing.push(`${key}: ${status} ${code}`);
        };
        const kind = operation['x-memberflow-kind'];
        const secured = (operation.security ?? []).length > 0;
        const parameters = operation.parameters ?? [];
        expect_(429, 'too_many_requests');
        expect_(503, 'request_timeout');
        if (key !== 'GET /health') expect_(503, 'store_unavailable');
        for (const status of ['429', '503'])
          if (!operation.responses[status]?.headers?.['Retry-After'])
            missing.push(`${key}: ${status} Retry-After`);
        if (secured) {
          expect_(401, 'unauthenticated');
          if (kind === undefined || EXPECTED_OF_KIND[kind] === undefined)
            missing.push(`${key}: secured, of no known kind (${kind})`);
          for (const [status, wanted] of Object.entries(EXPECTED_OF_KIND[kind ?? ''] ?? {}))
            expect_(Number(status), ...wanted);
          if (WITHOUT_404.includes(kind ?? '') && operation.responses['404'])
            missing.push(`${key}: a ${kind} documents a 404 it never answers`);
        } else {
          // A public operation answers no token problem (signing in answers its own 401 and 403).
          if (codes(401).includes('unauthenticated') || codes(403).includes('forbidden_role'))
            missing.push(`${key}: public, yet documents a token's 401 or 403`);
        }
        if (operation.requestBody) {
          expect_(400, 'invalid_body', 'malformed_json');
          expect_(413, 'body_too_large');
          expect_(415, 'unsupported_media_type');
        }
        if (parameters.some((parameter) => parameter.in === 'query')) expect_(400, 'invalid_query');
        if (parameters.some((parameter) => parameter.name === 'If-Match'))
          expect_(412, 'stale_revision');
        if (['command', 'creating-command'].includes(kind ?? '')) {
          for (const status of Object.keys(operation.responses).filter((s) => s.startsWith('2'))) {
            const headers = operation.responses[status].headers ?? {};
            if (!headers.ETag || !headers['Idempotent-Replayed'])
              missing.push(`${key}: ${status} ETag, Idempotent-Replayed`);
          }
        }
      }
      expect(missing).toEqual([]);
    });
  });

  describe('against real answers', () => {
    const act = (id: string, action: string, body: unknown, headers: Record<string, string> = {}) =>
      server.request('POST', `/api/members/${id}/actions/${action}`, {
        token: officer,
        body,
        headers,
      });
    const ACTION = '/api/members/{id}/actions/{action}';
    const spelled = (action: string) => `/api/members/{id}/actions/${action}`;

    it('documents a command that succeeds: created (201), replayed (200), a step (200)', async () => {
      const body = {
        person: person('038098000101'),
        cellId: tree.cellId,
        proposedBy: 'youth_union',
        occurredOn: '2023-01-05',
      };
      const headers = { 'idempotency-key': 'openapi-source-1' };
      const created = await server.request('POST', '/api/members', {
        token: officer,
        body,
        headers,
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toBe(`/api/members/${created.body.id}`);
      const replayed = await server.request('POST', '/api/members', {
        token: officer,
        body,
        headers,
      });
      expect(replayed.status).toBe(200);
      expect(replayed.headers.get('idempotent-replayed')).toBe('true');
      const step = await act(created.body.id, 'complete-awareness-course', {
        certificateNo: 'GCN-123',
        issuer: 'Trung tâm Chính trị huyện Thọ Xuân',
        certificateDate: '2023-02-10',
        occurredOn: '2023-02-10',
      });
      expect(step.status).toBe(200);
      expect([
        ...mismatches('POST', '/api/members', created),
        ...mismatches('POST', '/api/members', replayed),
        ...mismatches('POST', spelled('complete-awareness-course'), step),
        ...mismatches('POST', ACTION, step),
      ]).toEqual([]);
    });

    it('documents a refusal by a rule (422) with the very message of its example', async () => {
      const member = await given.member('probationary', '038098000102');
      const refused = await act(member.id, 'refuse-recognition', {
        vote: { entitled: 12, present: 10, inFavor: 7 },
        decisionNo: '77-QĐ/HU',
        decidingUnitId: tree.districtId,
        occurredOn: '2024-05-20',
      });
      expect(refused.status).toBe(422);
      expect(refused.body).toEqual(example('POST', ACTION, 422, 'rule_violation'));
      expect(refused.body.message.vi).toBe(
        'Xóa tên đảng viên dự bị cần ít nhất 2/3 tổng số đảng viên chính thức của chi bộ đồng ý (7/12 < 2/3)',
      );
      expect(mismatches('POST', spelled('refuse-recognition'), refused)).toEqual([]);
    });

    it('answers the problems of its examples, word for word', async () => {
      const member = await given.member('sourced', '038098000103');
      const cases: [string, string, number, string, TestResponse][] = [
        [
          'GET',
          '/api/members/{id}',
          404,
          'not_found',
          await server.request('GET', `/api/members/${MEMBER_ID}`, { token: officer }),
        ],
        [
          'GET',
          '/api/members/{id}',
          401,
          'unauthenticated',
          await server.request('GET', `/api/members/${member.id}`),
        ],
        [
          'POST',
          ACTION,
          400,
          'invalid_body',
          await act(member.id, 'record-cell-vote', {
            vote: { entitled: 12, inFavor: 'tám' },
            occurredOn: '2023-04-31',
          }),
        ],
        [
          'POST',
          ACTION,
          400,
          'malformed_json',
          await server.request('POST', `/api/members/${member.id}/actions/issue-card`, {
            token: officer,
            rawBody: '{"cardNo":',
          }),
        ],
        [
          'POST',
          ACTION,
          400,
          'invalid_header',
          await act(
            member.id,
            'assign-helper',
            { helperId: tree.introducerIds[0], occurredOn: '2023-01-06' },
            { 'if-match': 'latest' },
          ),
        ],
        [
          'POST',
          ACTION,
          403,
          'forbidden_role',
          await server.request('POST', `/api/members/${member.id}/actions/assign-helper`, {
            token: analyst,
            body: {},
          }),
        ],
        [
          'POST',
          ACTION,
          404,
          'unknown_action',
          await act(member.id, 'approve', { occurredOn: '2023-01-06' }),
        ],
        [
          'POST',
          ACTION,
          413,
          'body_too_large',
          await act(member.id, 'assign-helper', { reason: 'x'.repeat(300_000) }),
        ],
        [
          'POST',
          ACTION,
          415,
          'unsupported_media_type',
          await server.request('POST', `/api/members/${member.id}/actions/assign-helper`, {
            token: officer,
            rawBody: '{}',
            headers: { 'content-type': 'application/json; charset=latin1' },
          }),
        ],
        [
          'GET',
          '/api/orgs/{id}/roster',
          400,
          'invalid_query',
          await server.request('GET', `/api/orgs/${tree.districtId}/roster?stage=member&size=500`, {
            token: officer,
          }),
        ],
        [
          'GET',
          '/api/members',
          403,
          'identifier_search_forbidden',
          await server.request('GET', '/api/members?q=038098000101', { token: analyst }),
        ],
      ];
      const wrong: string[] = [];
      for (const [method, template, status, code, response] of cases) {
        const documented = example(method, template, status, code);
        if (
          response.status !== status ||
          JSON.stringify(response.body) !== JSON.stringify(documented)
        )
          wrong.push(
            `${method} ${template} ${code}: answered ${response.status} ${response.text.slice(0, 300)}`,
          );
        wrong.push(...mismatches(method, template, response));
      }
      expect(wrong).toEqual([]);
    });

    it('documents the other refusals of a command: stale If-Match (412), a reused key (422), out of scope (403)', async () => {
      const member = await given.member('sourced', '038098000104');
      const helper = { helperId: tree.introducerIds[0], occurredOn: '2023-01-06' };
      const stale = await act(member.id, 'assign-helper', helper, { 'if-match': '"7"' });
      expect(stale.status).toBe(412);
      await act(member.id, 'assign-helper', helper, { 'idempotency-key': 'openapi-key-1' });
      const reused = await act(
        member.id,
        'assign-helper',
        { ...helper, reason: 'another request' },
        { 'idempotency-key': 'openapi-key-1' },
      );
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
      const outOfScope = await server.request(
        'POST',
        `/api/members/${member.id}/actions/assign-helper`,
        {
          token: server.token('officer', 'another-district'),
          body: helper,
        },
      );
      expect(outOfScope.status).toBe(403);
      expect([
        ...mismatches('POST', spelled('assign-helper'), stale),
        ...mismatches('POST', spelled('assign-helper'), reused),
        ...mismatches('POST', spelled('assign-helper'), outOfScope),
      ]).toEqual([]);
    });

    it('documents the answers of the reads and queries, as each role sees them', async () => {
      const official = await given.member('official', '038098000105', { projections: 'caught-up' });
      await server.app.get(ProjectionService).runner.waitUntilCaughtUp();
      const get = (path: string, token = officer, accept?: string) =>
        server.request('GET', path, { token, ...(accept ? { headers: { accept } } : {}) });
      const unit = tree.districtId;
      const reads: [string, TestResponse][] = [
        ['/api/members/{id}', await get(`/api/members/${official.id}`)],
        ['/api/members/{id}', await get(`/api/members/${official.id}`, analyst)],
        ['/api/members/{id}/history', await get(`/api/members/${official.id}/history`)],
        [
          '/api/members/{id}/history',
          await get(`/api/members/${official.id}/history`, officer, 'text/csv'),
        ],
        [
          '/api/members/{id}/state',
          await get(`/api/members/${official.id}/state?asOf=2023-04-30`, admin),
        ],
        ['/api/members/{id}/verify', await get(`/api/members/${official.id}/verify`, admin)],
        ['/api/orgs/{id}', await get(`/api/orgs/${tree.cellId}`)],
        ['/api/orgs/{id}/roster', await get(`/api/orgs/${unit}/roster`)],
        ['/api/orgs/{id}/roster', await get(`/api/orgs/${unit}/roster`, analyst)],
        ['/api/orgs/{id}/roster', await get(`/api/orgs/${unit}/roster`, officer, 'text/csv')],
        ['/api/orgs/{id}/statistics', await get(`/api/orgs/${unit}/statistics`)],
        ['/api/orgs/{id}/statistics', await get(`/api/orgs/${unit}/statistics?asOf=2024-01-01`)],
        ['/api/orgs/{id}/admissions', await get(`/api/orgs/${unit}/admissions?year=2023`)],
        ['/api/orgs/{id}/pipeline', await get(`/api/orgs/${unit}/pipeline`)],
        ['/api/orgs/{id}/tree', await get(`/api/orgs/${tree.provinceId}/tree?depth=3`, admin)],
        ['/api/members', await get('/api/members?q=Nguyen', analyst)],
        ['/api/worklist', await get(`/api/worklist?orgId=${unit}`)],
        ['/api/projections', await get('/api/projections', admin)],
        ['/api/audit/verify', await get('/api/audit/verify', admin)],
        ['/health', await get('/health')],
        ['/metrics', await get('/metrics')],
      ];
      const wrong: string[] = [];
      for (const [template, response] of reads) {
        if (response.status !== 200)
          wrong.push(`GET ${template}: ${response.status} ${response.text}`);
        wrong.push(...mismatches('GET', template, response));
      }
      const analystView = reads[1][1].body;
      expect(analystView.person.birthYear).toBe(1995);
      expect(analystView.person.citizenId).toBeUndefined();
      expect(wrong).toEqual([]);
    });

    it('documents the answers of the writes on units, plans, imports and projections', async () => {
      const established = await server.request('POST', '/api/orgs', {
        token: admin,
        body: {
          id: 'chibo-openapi',
          parentId: 'xa',
          kind: 'cell',
          name: 'Chi bộ thôn 2',
          code: 'T2',
          attributes: { area: 'rural' },
          occurredOn: '2016-01-05',
        },
      });
      const renamed = await server.request('POST', '/api/orgs/chibo-openapi/actions/rename', {
        token: admin,
        body: { name: 'Chi bộ thôn Hai', occurredOn: '2017-01-05' },
      });
      const year = todayInVietnam().slice(0, 4);
      const plan = await server.request('PUT', `/api/orgs/${tree.districtId}/plans/${year}`, {
        token: admin,
        body: { target: 40 },
      });
      const imported = await server.request('POST', '/api/members/import', {
        token: officer,
        body: {
          members: ['038080000111', '001080000001'].map((citizenId) => ({
            person: person(citizenId, { dateOfBirth: '1980-05-01' }),
            cellId: tree.cellId,
            admissionDecisionDate: '2010-03-01',
            ceremonyDate: '2010-03-20',
            recognitionDate: '2011-03-20',
            occurredOn: '2015-02-01',
          })),
        },
      });
      const rebuild = await server.request('POST', '/api/projections/org-tree/rebuild', {
        token: admin,
      });
      expect([established, renamed, plan, imported, rebuild].map((r) => r.status)).toEqual([
        201, 200, 200, 200, 202,
      ]);
      expect(imported.body.results.map((row: { status: string }) => row.status)).toEqual([
        'registered',
        'exists',
      ]);
      expect([
        ...mismatches('POST', '/api/orgs', established),
        ...mismatches('POST', '/api/orgs/{id}/actions/rename', renamed),
        ...mismatches('POST', '/api/orgs/{id}/actions/{action}', renamed),
        ...mismatches('PUT', '/api/orgs/{id}/plans/{year}', plan),
        ...mismatches('POST', '/api/members/import', imported),
        ...mismatches('POST', '/api/projections/{name}/rebuild', rebuild),
      ]).toEqual([]);
    });

    it('documents the answers of sessions and accounts, and their refusals word for word', async () => {
      const password = 'Mật khẩu OpenAPI 2026';
      const body = {
        username: 'openapi-admin',
        displayName: 'Quản trị OpenAPI',
        role: 'admin',
        orgScope: tree.districtId,
        password,
      };
      const headers = { 'idempotency-key': 'openapi-account-1' };
      const created = await server.request('POST', '/api/accounts', {
        token: admin,
        body,
        headers,
      });
      const replayed = await server.request('POST', '/api/accounts', {
        token: admin,
        body,
        headers,
      });
      const signedIn = await server.request('POST', '/api/session', {
        body: { username: 'openapi-admin', password },
      });
      const cookie = signedIn.headers
        .getSetCookie()
        .map((line) => line.split(';')[0])
        .join('; ');
      const csrf = signedIn.body.csrfToken as string;
      const asSession = (method: string, path: string, more: object = {}) =>
        server.request(method, path, { headers: { cookie, 'x-csrf-token': csrf }, ...more });
      const session = await asSession('GET', '/api/session');
      const withoutCsrf = await server.request('POST', '/api/accounts', {
        headers: { cookie },
        body: { ...body, username: 'openapi-csrf' },
      });
      const view = await asSession('GET', '/api/accounts/openapi-admin');
      const history = await server.request('GET', '/api/accounts/openapi-admin/history', {
        token: server.token('auditor', '*'),
      });
      const made = await asSession('POST', '/api/accounts', {
        body: { ...body, username: 'openapi-officer', role: 'officer', orgScope: tree.cellId },
      });
      const reset = await asSession(
        'POST',
        '/api/accounts/openapi-officer/actions/reset-password',
        {
          body: { password: 'Mật khẩu đặt lại 2026' },
        },
      );
      await server.app.get(ProjectionService).runner.waitUntilCaughtUp();
      const list = await asSession('GET', `/api/accounts?orgId=${tree.districtId}`);
      const changed = await asSession('POST', '/api/session/password', {
        body: { currentPassword: password, newPassword: 'Mật khẩu OpenAPI 2027' },
      });
      const signedOut = await server.request('DELETE', '/api/session', {
        headers: {
          cookie: changed.headers
            .getSetCookie()
            .map((line) => line.split(';')[0])
            .join('; '),
          'x-csrf-token': csrf,
        },
      });
      expect(
        [
          created,
          replayed,
          signedIn,
          session,
          view,
          history,
          made,
          reset,
          list,
          changed,
          signedOut,
        ].map((r) => r.status),
      ).toEqual([201, 200, 200, 200, 200, 200, 201, 200, 200, 204, 204]);
      const wrong: string[] = [
        ...mismatches('POST', '/api/accounts', created),
        ...mismatches('POST', '/api/accounts', replayed),
        ...mismatches('POST', '/api/session', signedIn),
        ...mismatches('GET', '/api/session', session),
        ...mismatches('GET', '/api/accounts/{username}', view),
        ...mismatches('GET', '/api/accounts/{username}/history', history),
        ...mismatches('POST', '/api/accounts/{username}/actions/reset-password', reset),
        ...mismatches('POST', '/api/accounts/{username}/actions/{action}', reset),
        ...mismatches('GET', '/api/accounts', list),
        ...mismatches('POST', '/api/session/password', changed),
        ...mismatches('DELETE', '/api/session', signedOut),
      ];
      // Refusals: their examples are the very answers.
      const refusals: [string, string, number, string, TestResponse][] = [
        [
          'POST',
          '/api/session',
          401,
          'invalid_credentials',
          await server.request('POST', '/api/session', {
            body: { username: 'openapi-admin', password: 'not the password' },
          }),
        ],
        ['POST', '/api/accounts', 403, 'csrf_failed', withoutCsrf],
        [
          'GET',
          '/api/session',
          401,
          'unauthenticated',
          await server.request('GET', '/api/session', { headers: { cookie } }),
        ],
      ];
      const officerSession = await server.request('POST', '/api/session', {
        body: { username: 'openapi-officer', password: 'Mật khẩu đặt lại 2026' },
      });
      refusals.push([
        'GET',
        '/api/orgs/{id}',
        403,
        'password_change_required',
        await server.request('GET', `/api/orgs/${tree.cellId}`, {
          headers: {
            cookie: officerSession.headers
              .getSetCookie()
              .map((line) => line.split(';')[0])
              .join('; '),
          },
        }),
      ]);
      for (const [method, template, status, code, response] of refusals) {
        if (
          response.status !== status ||
          JSON.stringify(response.body) !== JSON.stringify(example(method, template, status, code))
        )
          wrong.push(`${method} ${template} ${code}: answered ${response.status} ${response.text}`);
        wrong.push(...mismatches(method, template, response));
      }
      // The lock: its message counts the minutes left, so only its shape and header are checked.
      let locked: TestResponse | undefined;
      for (let i = 0; i < 5; i++)
        locked = await server.request('POST', '/api/session', {
          body: { username: 'openapi-officer', password: `wrong ${i}` },
        });
      expect(locked!.status).toBe(423);
      wrong.push(...mismatches('POST', '/api/session', locked!));
      expect(wrong).toEqual([]);
      expect(JSON.stringify([created, view, history, list].map((r) => r.body))).not.toContain(
        password,
      );
    });

    it('documents the roster import: its report (200), an unreadable file (422), another file than the one checked (409), the workbooks', async () => {
      const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const row = person('038095000401');
      const csv = [
        'Họ và tên,Số CCCD,Giới tính,Ngày sinh,Dân tộc,Quê quán,Nơi ở hiện nay,Trình độ học vấn,Trình độ chuyên môn,Lý luận chính trị,Nghề nghiệp,Mã chi bộ,Ngày vào Đảng',
        `${row.fullName},${row.citizenId},Nam,14/03/1995,Kinh,Thọ Xuân,Xuân Hòa,12/12,Đại học,Sơ cấp,Giáo viên,${tree.cellId},20/03/2020`,
        `${row.fullName},${row.citizenId},Nam,31/02/1995,Kinh,Thọ Xuân,Xuân Hòa,12/12,Đại học,Sơ cấp,Giáo viên,${tree.cellId},20/03/2020`,
      ].join('\r\n');
      const upload = (content: string, query = '', accept = 'application/json') =>
        server.request('POST', `/api/imports${query}`, {
          token: officer,
          rawBody: [
            '--b',
            'Content-Disposition: form-data; name="file"; filename="danh-sach.csv"',
            'Content-Type: text/csv',
            '',
            content,
            '--b--',
            '',
          ].join('\r\n'),
          headers: { 'content-type': 'multipart/form-data; boundary=b', accept },
        });
      const report = await upload(csv);
      expect(report.status).toBe(200);
      expect(report.body.results.map((r: { status: string }) => r.status)).toEqual([
        'created',
        'refused',
      ]);
      const unreadable = await upload('nothing here');
      expect(unreadable.status).toBe(422);
      const changed = await upload(csv, `?commit=${'0'.repeat(64)}`);
      expect(changed.status).toBe(409);
      expect([
        ...mismatches('POST', '/api/imports', report),
        ...mismatches('POST', '/api/imports', unreadable),
        ...mismatches('POST', '/api/imports', changed),
      ]).toEqual([]);
      // The workbooks: their media type documented for each answer that gives one.
      const asWorkbook = await upload(csv, '', XLSX);
      const template = await server.request('GET', '/api/imports/template', { token: officer });
      const roster = await server.request('GET', `/api/orgs/${tree.districtId}/roster`, {
        token: analyst,
        headers: { accept: XLSX },
      });
      const statistics = await server.request('GET', `/api/orgs/${tree.districtId}/statistics`, {
        token: analyst,
        headers: { accept: XLSX },
      });
      for (const [method, template_, response] of [
        ['POST', '/api/imports', asWorkbook],
        ['GET', '/api/imports/template', template],
        ['GET', '/api/orgs/{id}/roster', roster],
        ['GET', '/api/orgs/{id}/statistics', statistics],
      ] as const) {
        expect({
          method,
          template_,
          status: response.status,
          type: response.headers.get('content-type'),
        }).toEqual({ method, template_, status: 200, type: XLSX });
        expect(operationAt(method, template_).responses['200'].content?.[XLSX]?.schema).toEqual({
          type: 'string',
          format: 'binary',
        });
      }
    });

    it('documents the rate limit (429) with Retry-After', async () => {
      const limited = await startTestServer({ MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '2' });
      try {
        let response = await limited.request('GET', '/health');
        for (let i = 0; i < 3 && response.status !== 429; i++)
          response = await limited.request('GET', '/health');
        expect(response.status).toBe(429);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(mismatches('GET', '/health', response)).toEqual([]);
      } finally {
        await limited.close();
      }
    });
  });
});
