import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { issueToken, TOKEN_ISSUER } from '@memberflow/application';
import { givenOn, type Given } from '../support/given';
import { startTestServer, type TestResponse, type TestServer } from '../support/test-app';
import { documentedRoutes, fillPath, type DocumentedRoute } from './support/openapi-routes';
import { caughtUp } from './support/projections';
import {
  ACCOUNT_ACTION_BODY,
  accountBody,
  establishBody,
  establishVillageBody,
  importBody,
  importUpload,
  MEMBER_ACTION_BODY,
  ORG_ACTION_BODY,
  sourceBody,
  VILLAGE_ACTION_BODY,
} from './support/sample-bodies';
import { buildTwoProvinces, type Province, type TwoProvinces } from './support/two-provinces';

/**
 * The route-by-role matrix (issue 5, docs/security.md): every operation of the OpenAPI document, called by
 * every role with a target inside and outside the token's scope, must answer as declared below. A route
 * in the document without a rule fails the test, naming it: a new route states its access first.
 */

const ROLES = ['officer', 'auditor', 'analyst', 'admin'] as const;
type Role = (typeof ROLES)[number];

/**
 * What a call must get:
 * - a status;
 * - `ok`: the route's success status;
 * - `reached`: access control let it through: a 2xx or the domain's own answer (404, 409, 412, 422);
 * - a status with a check of the body, for answers that carry their refusals inside (the import).
 */
type Outcome =
  | number
  | 'ok'
  | 'reached'
  | { readonly status: number; readonly says: string; readonly check: (body: never) => boolean };

/** One outcome per role, in the order officer, auditor, analyst, admin. */
type PerRole = readonly [Outcome, Outcome, Outcome, Outcome];

interface Call {
  readonly params?: Readonly<Record<string, string>>;
  /** The query string, without `?`. */
  readonly query?: string;
  readonly body?: unknown;
  /** A multipart upload instead of a JSON body (the import). */
  readonly upload?: { readonly rawBody: string; readonly contentType: string };
}

interface Rule {
  /** The route's success status. */
  readonly ok: number;
  /**
   * - `public`: no token needed, everyone gets `ok`;
   * - `targeted`: tokens scoped to province A's district; the target lies in province A (in scope) or B
   *   (out of scope); a whole-deployment token must get the in-scope outcome on province B's target;
   * - `whole-deployment`: no target; in scope means a `*` token, out of scope a district's token;
   * - `global`: no target and the same answer whatever the scope (`inScope` for both).
   */
  readonly access: 'public' | 'targeted' | 'whole-deployment' | 'global';
  readonly inScope: PerRole;
  readonly outOfScope: PerRole;
  /** The path parameters and the body for a call on a target in `province`. */
  readonly call: (province: Province, role: Role) => Promise<Call>;
}

const ALL: PerRole = ['ok', 'ok', 'ok', 'ok'];
const NOBODY: PerRole = [403, 403, 403, 403];
/** Officers and admins write. */
const WRITE: PerRole = ['ok', 403, 403, 'ok'];
/** Officers and admins write; the domain may refuse the step from the target's state (422). */
const WRITE_REACHED: PerRole = ['reached', 403, 403, 'reached'];
/** A member's history and past states: the officers who keep the record, auditors, admins. */
const HISTORY: PerRole = ['ok', 'ok', 403, 'ok'];
/** Hash-chain verification: auditors and admins. */
const VERIFY: PerRole = [403, 'ok', 403, 'ok'];
/** The analysts' queries, read by officers and admins too; auditors read history instead. */
const QUERY: PerRole = ['ok', 403, 'ok', 'ok'];
/** Projection status: operators and analysts. */
const PROJECTION_STATUS: PerRole = [403, 403, 'ok', 'ok'];
/** Operating the deployment: admins. */
const OPERATE: PerRole = [403, 403, 403, 'ok'];
/** Accounts of people: administrators manage them, auditors read them (and their history). */
const ACCOUNT_READ: PerRole = [403, 'ok', 403, 'ok'];
const ACCOUNT_WRITE: PerRole = [403, 403, 403, 'ok'];
const ACCOUNT_WRITE_REACHED: PerRole = [403, 403, 403, 'reached'];
/** The routes of a signed-in person's own session: a bearer token is not a session. */
const SESSION_ONLY: PerRole = [401, 401, 401, 401];

/** A query about a unit of the province (its district: members, plans, statistics are there). */
const unitQuery = (query = ''): Rule => ({
  ok: 200,
  access: 'targeted',
  inScope: QUERY,
  outOfScope: NOBODY,
  call: async (p) => ({ params: { id: p.districtId }, query }),
});

/** A query over the caller's scope, narrowed to a unit of the province with `orgId`. */
const scopeQuery = (query = ''): Rule => ({
  ok: 200,
  access: 'targeted',
  inScope: QUERY,
  outOfScope: NOBODY,
  call: async (p) => ({ query: `orgId=${p.districtId}${query}` }),
});
/** The import answers 200 and refuses each out-of-scope row with 403 inside. */
const IMPORT_OUT_OF_SCOPE: Outcome = {
  status: 200,
  says: 'every row refused with 403',
  check: (body: { registered: number; results: { problem?: { status: number } }[] }) =>
    body.registered === 0 && body.results.every((row) => row.problem?.status === 403),
};

let fx: TwoProvinces;
/** Members seeded in a province's cell (test/support/given.ts). */
let given: (p: Province) => Given;
/** A roster file outside the scope: answered 200, its row refused as out of scope. */
const IMPORT_FILE_OUT_OF_SCOPE: Outcome = {
  status: 200,
  says: 'its row refused as out of scope',
  check: (body: { created: number; results: { reasons: { code: string }[] }[] }) =>
    body.created === 0 && body.results.every((row) => row.reasons[0]?.code === 'out_of_scope'),
};

/** A member to act on: a sympathizer seeded afresh, so that every call starts from the same stage. */
const memberTarget = async (p: Province) => (await given(p).member('sourced', fx.freshPerson())).id;
let planTargets = 0;

/** An action on a fresh sympathizer: decided (200) when a sympathizer may take it, else the domain's 422. */
const memberAction = (action: string, inScope: PerRole): Rule => ({
  ok: 200,
  access: 'targeted',
  inScope,
  outOfScope: NOBODY,
  call: async (p) => ({
    params: { id: await memberTarget(p), action },
    body: MEMBER_ACTION_BODY[action](p),
  }),
});

/** An action on a fresh cell of the province. */
const orgAction = (action: string, inScope: PerRole): Rule => ({
  ok: 200,
  access: 'targeted',
  inScope,
  outOfScope: NOBODY,
  call: async (p) => ({
    params: { id: await fx.freshCell(p), action },
    body: ORG_ACTION_BODY[action](p),
  }),
});

let establishedUnits = 0;
let establishedVillages = 0;
/** A new village of the province's first commune (established with a whole-deployment token). */
let freshVillage: (p: Province) => Promise<string>;

/** An action on a fresh village of the province. */
const villageAction = (action: string, inScope: PerRole): Rule => ({
  ok: 200,
  access: 'targeted',
  inScope,
  outOfScope: NOBODY,
  call: async (p) => ({
    params: { id: await freshVillage(p), action },
    body: VILLAGE_ACTION_BODY[action](p),
  }),
});

/** Accounts scoped to a province's district (created by the fixture admin in beforeAll's helpers). */
let accounts: {
  /** A new account, for an action that changes what a second call would find (disable, change-role). */
  fresh(p: Province): Promise<string>;
  /** One account of the province, for reads and actions that may be repeated. */
  shared(p: Province): Promise<string>;
  /** A username and password that sign in. */
  credentials(p: Province): Promise<{ username: string; password: string }>;
};

/** An administrator's action on an account of the province. */
const accountAction = (action: string, inScope: PerRole, target: 'fresh' | 'shared'): Rule => ({
  ok: 200,
  access: 'targeted',
  inScope,
  outOfScope: NOBODY,
  call: async (p) => ({
    params: { username: await accounts[target](p), action },
    body: ACCOUNT_ACTION_BODY[action](p),
  }),
});

/** A read of an account of the province. */
const accountRead = (): Rule => ({
  ok: 200,
  access: 'targeted',
  inScope: ACCOUNT_READ,
  outOfScope: NOBODY,
  call: async (p) => ({ params: { username: await accounts.shared(p) } }),
});

/** A route of the caller's own session, called with bearer tokens: 401 whatever the role. */
const sessionOnly = (body?: object): Rule => ({
  ok: 200,
  access: 'global',
  inScope: SESSION_ONLY,
  outOfScope: SESSION_ONLY,
  call: async () => (body === undefined ? {} : { body }),
});

/** THE MATRIX, keyed by method and path as the OpenAPI document writes them. */
const MATRIX: Readonly<Record<string, Rule>> = {
  'GET /health': {
    ok: 200,
    access: 'public',
    inScope: ALL,
    outOfScope: ALL,
    call: async () => ({}),
  },
  'GET /metrics': {
    ok: 200,
    access: 'public',
    inScope: ALL,
    outOfScope: ALL,
    call: async () => ({}),
  },

  'POST /api/orgs': {
    ok: 201,
    access: 'targeted',
    inScope: WRITE,
    outOfScope: NOBODY,
    call: async (p) => ({ body: establishBody(p, `${p.provinceId}-new-${++establishedUnits}`) }),
  },
  'GET /api/orgs/{id}': {
    ok: 200,
    access: 'targeted',
    inScope: ALL,
    outOfScope: NOBODY,
    call: async (p) => ({ params: { id: p.communeId } }),
  },
  'POST /api/orgs/{id}/actions/{action}': orgAction('rename', WRITE),
  'POST /api/orgs/{id}/actions/rename': orgAction('rename', WRITE),
  'POST /api/orgs/{id}/actions/move': orgAction('move', WRITE),
  'POST /api/orgs/{id}/actions/merge-into': orgAction('merge-into', WRITE_REACHED),
  'POST /api/orgs/{id}/actions/dissolve': orgAction('dissolve', WRITE),
  'POST /api/orgs/{id}/actions/grant-admission-authority': orgAction(
    'grant-admission-authority',
    WRITE_REACHED,
  ),
  'POST /api/orgs/{id}/actions/revoke-admission-authority': orgAction(
    'revoke-admission-authority',
    WRITE_REACHED,
  ),
  'POST /api/orgs/{id}/actions/record-rating': orgAction('record-rating', WRITE_REACHED),
  'POST /api/villages': {
    ok: 201,
    access: 'targeted',
    inScope: WRITE,
    outOfScope: NOBODY,
    call: async (p) => ({
      body: establishVillageBody(p, `${p.provinceId}-thon-${++establishedVillages}`),
    }),
  },
  'GET /api/villages/{id}': {
    ok: 200,
    access: 'targeted',
    inScope: ALL,
    outOfScope: NOBODY,
    call: async (p) => ({ params: { id: await freshVillage(p) } }),
  },
  'POST /api/villages/{id}/actions/{action}': villageAction('rename', WRITE),
  'POST /api/villages/{id}/actions/rename': villageAction('rename', WRITE),
  'POST /api/villages/{id}/actions/move': villageAction('move', WRITE),
  'POST /api/villages/{id}/actions/assign-cell': villageAction('assign-cell', WRITE_REACHED),
  'POST /api/villages/{id}/actions/release-cell': villageAction('release-cell', WRITE_REACHED),
  'POST /api/villages/{id}/actions/merge-into': villageAction('merge-into', WRITE_REACHED),
  'POST /api/villages/{id}/actions/dissolve': villageAction('dissolve', WRITE),
  'PUT /api/orgs/{id}/plans/{year}': {
    ok: 200,
    access: 'targeted',
    inScope: WRITE,
    outOfScope: NOBODY,
    // A new target each time: setting the same one again is refused (R-PLAN-UNCHANGED).
    call: async (p) => ({
      params: { id: p.communeId, year: '2026' },
      body: { target: 40 + ++planTargets },
    }),
  },

  'POST /api/members': {
    ok: 201,
    access: 'targeted',
    inScope: WRITE,
    outOfScope: NOBODY,
    call: async (p) => ({ body: sourceBody(p, fx.freshPerson()) }),
  },
  'POST /api/members/import': {
    ok: 200,
    access: 'targeted',
    inScope: WRITE,
    outOfScope: [IMPORT_OUT_OF_SCOPE, 403, 403, IMPORT_OUT_OF_SCOPE],
    call: async (p) => ({ body: importBody(p, fx.freshPerson()) }),
  },
  'POST /api/imports': {
    ok: 200,
    access: 'targeted',
    inScope: WRITE,
    outOfScope: [IMPORT_FILE_OUT_OF_SCOPE, 403, 403, IMPORT_FILE_OUT_OF_SCOPE],
    // A dry run: the file's one row is checked, nothing is written.
    call: async (p) => ({ upload: importUpload(p, fx.freshPerson()) }),
  },
  'GET /api/imports/template': {
    ok: 200,
    access: 'global',
    inScope: WRITE,
    outOfScope: WRITE,
    call: async () => ({}),
  },
  'GET /api/members/{id}': {
    ok: 200,
    access: 'targeted',
    inScope: ALL,
    outOfScope: NOBODY,
    call: async (p) => ({ params: { id: p.candidateId } }),
  },
  'POST /api/members/{id}/actions/{action}': memberAction('complete-awareness-course', WRITE),
  'POST /api/members/{id}/actions/assign-helper': memberAction('assign-helper', WRITE),
  'POST /api/members/{id}/actions/complete-awareness-course': memberAction(
    'complete-awareness-course',
    WRITE,
  ),
  'POST /api/members/{id}/actions/submit-application': memberAction(
    'submit-application',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/record-background-check': memberAction(
    'record-background-check',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/assign-introducers': memberAction(
    'assign-introducers',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/record-opinion': memberAction('record-opinion', WRITE_REACHED),
  'POST /api/members/{id}/actions/record-cell-vote': memberAction(
    'record-cell-vote',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/record-committee-vote': memberAction(
    'record-committee-vote',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/decide-admission': memberAction(
    'decide-admission',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/refuse-admission': memberAction(
    'refuse-admission',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/hold-ceremony': memberAction('hold-ceremony', WRITE_REACHED),
  'POST /api/members/{id}/actions/record-recognition-vote': memberAction(
    'record-recognition-vote',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/recognize-official': memberAction(
    'recognize-official',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/refuse-recognition': memberAction(
    'refuse-recognition',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/issue-card': memberAction('issue-card', WRITE_REACHED),
  'POST /api/members/{id}/actions/transfer': memberAction('transfer', WRITE_REACHED),
  'POST /api/members/{id}/actions/record-rating': memberAction('record-rating', WRITE_REACHED),
  'POST /api/members/{id}/actions/grant-exemption': memberAction('grant-exemption', WRITE_REACHED),
  'POST /api/members/{id}/actions/end-exemption': memberAction('end-exemption', WRITE_REACHED),
  'POST /api/members/{id}/actions/award-badge': memberAction('award-badge', WRITE_REACHED),
  'POST /api/members/{id}/actions/put-on-help-list': memberAction(
    'put-on-help-list',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/clear-help-list': memberAction('clear-help-list', WRITE_REACHED),
  'POST /api/members/{id}/actions/discipline': memberAction('discipline', WRITE_REACHED),
  'POST /api/members/{id}/actions/remove-name': memberAction('remove-name', WRITE_REACHED),
  'POST /api/members/{id}/actions/accept-withdrawal': memberAction(
    'accept-withdrawal',
    WRITE_REACHED,
  ),
  'POST /api/members/{id}/actions/record-death': memberAction('record-death', WRITE_REACHED),
  'POST /api/members/{id}/actions/end-candidacy': memberAction('end-candidacy', WRITE),
  'POST /api/members/{id}/actions/readmit': memberAction('readmit', WRITE_REACHED),
  'POST /api/members/{id}/actions/correct-details': memberAction('correct-details', WRITE),
  'POST /api/members/{id}/actions/assign-position': memberAction('assign-position', WRITE),
  'POST /api/members/{id}/actions/end-position': memberAction('end-position', WRITE_REACHED),
  'POST /api/members/{id}/actions/record-residence-village': memberAction(
    'record-residence-village',
    WRITE_REACHED,
  ),
  'GET /api/members/{id}/history': {
    ok: 200,
    access: 'targeted',
    inScope: HISTORY,
    outOfScope: NOBODY,
    call: async (p) => ({ params: { id: p.candidateId } }),
  },
  'GET /api/members/{id}/state': {
    ok: 200,
    access: 'targeted',
    inScope: HISTORY,
    outOfScope: NOBODY,
    call: async (p) => ({ params: { id: p.candidateId } }),
  },
  'GET /api/members/{id}/verify': {
    ok: 200,
    access: 'targeted',
    inScope: VERIFY,
    outOfScope: NOBODY,
    call: async (p) => ({ params: { id: p.candidateId } }),
  },
  'GET /api/members': scopeQuery('&q=Ph%E1%BA%A1m'),
  'GET /api/worklist': scopeQuery('&due=month'),
  'GET /api/orgs/{id}/tree': unitQuery('depth=3'),
  'GET /api/orgs/{id}/roster': unitQuery('size=200'),
  'GET /api/orgs/{id}/statistics': unitQuery(),
  'GET /api/orgs/{id}/admissions': unitQuery(),
  'GET /api/orgs/{id}/pipeline': unitQuery(),
  'GET /api/projections': {
    ok: 200,
    access: 'global',
    inScope: PROJECTION_STATUS,
    outOfScope: PROJECTION_STATUS,
    call: async () => ({}),
  },
  'POST /api/projections/{name}/rebuild': {
    ok: 202,
    access: 'whole-deployment',
    inScope: OPERATE,
    outOfScope: NOBODY,
    call: async () => ({ params: { name: 'org-tree' } }),
  },
  'GET /api/audit/verify': {
    ok: 200,
    access: 'whole-deployment',
    inScope: VERIFY,
    outOfScope: NOBODY,
    call: async () => ({}),
  },

  'POST /api/session': {
    ok: 200,
    access: 'public',
    inScope: ALL,
    outOfScope: ALL,
    call: async (p) => ({ body: await accounts.credentials(p) }),
  },
  'GET /api/session': sessionOnly(),
  'DELETE /api/session': sessionOnly(),
  'POST /api/session/password': sessionOnly({
    currentPassword: 'Mật khẩu cán bộ 1',
    newPassword: 'Mật khẩu mới hơn 2',
  }),
  'GET /api/accounts': {
    ok: 200,
    access: 'targeted',
    inScope: ACCOUNT_READ,
    outOfScope: NOBODY,
    call: async (p) => ({ query: `orgId=${p.districtId}` }),
  },
  'POST /api/accounts': {
    ok: 201,
    access: 'targeted',
    inScope: ACCOUNT_WRITE,
    outOfScope: NOBODY,
    call: async (p) => ({ body: accountBody(p, `tk-moi-${++establishedUnits}`) }),
  },
  'GET /api/accounts/{username}': accountRead(),
  'GET /api/accounts/{username}/history': accountRead(),
  'POST /api/accounts/{username}/actions/{action}': accountAction(
    'reset-password',
    ACCOUNT_WRITE,
    'shared',
  ),
  'POST /api/accounts/{username}/actions/disable': accountAction('disable', ACCOUNT_WRITE, 'fresh'),
  // An active account is enabled already (R-ACCOUNT-UNCHANGED): access control let it through.
  'POST /api/accounts/{username}/actions/enable': accountAction(
    'enable',
    ACCOUNT_WRITE_REACHED,
    'shared',
  ),
  'POST /api/accounts/{username}/actions/reset-password': accountAction(
    'reset-password',
    ACCOUNT_WRITE,
    'shared',
  ),
  'POST /api/accounts/{username}/actions/change-role': accountAction(
    'change-role',
    ACCOUNT_WRITE,
    'fresh',
  ),
};

const REACHED = new Set([404, 409, 412, 422]);

function judge(outcome: Outcome, rule: Rule, response: TestResponse): string | undefined {
  const got = `${response.status} ${response.body?.code ?? ''}`.trim();
  if (outcome === 'ok')
    return response.status === rule.ok ? undefined : `expected ${rule.ok}, got ${got}`;
  if (outcome === 'reached') {
    const passed =
      (response.status >= 200 && response.status < 300) ||
      (REACHED.has(response.status) && response.body?.code !== 'out_of_scope');
    return passed ? undefined : `expected 2xx or a domain answer (404/409/412/422), got ${got}`;
  }
  if (typeof outcome === 'number') {
    return response.status === outcome ? undefined : `expected ${outcome}, got ${got}`;
  }
  if (response.status !== outcome.status) return `expected ${outcome.status}, got ${got}`;
  return outcome.check(response.body as never)
    ? undefined
    : `expected ${outcome.says}: ${response.text.slice(0, 200)}`;
}

describe('every route of the OpenAPI document, called by every role inside and outside its scope', () => {
  let server: TestServer;
  let routes: DocumentedRoute[];
  const failures: string[] = [];
  let calls = 0;

  beforeAll(async () => {
    server = await startTestServer({
      MEMBERFLOW_RATE_LIMIT_PER_TOKEN: '0',
      MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '0',
    });
    fx = await buildTwoProvinces(server.request, server.token('admin', '*', 'fixture-admin'));
    given = (p) =>
      givenOn(server, { cellId: p.cellId, introducerIds: p.officialIds, districtId: p.districtId });
    const fixtureAdmin = server.token('admin', '*', 'fixture-admin');
    let created = 0;
    const create = async (p: Province) => {
      const username = `tk-${p.provinceId}-${++created}`.toLowerCase();
      const response = await server.request('POST', '/api/accounts', {
        token: fixtureAdmin,
        body: accountBody(p, username),
      });
      if (response.status !== 201) throw new Error(`account ${username}: ${response.text}`);
      return username;
    };
    const shared = new Map<string, Promise<string>>();
    const signIn = new Map<string, Promise<string>>();
    accounts = {
      fresh: create,
      shared: (p) => {
        if (!shared.has(p.provinceId)) shared.set(p.provinceId, create(p));
        return shared.get(p.provinceId)!;
      },
      credentials: async (p) => {
        if (!signIn.has(p.provinceId)) signIn.set(p.provinceId, create(p));
        return { username: await signIn.get(p.provinceId)!, password: accountBody(p, '').password };
      },
    };
    const villageAdmin = server.token('admin', '*', 'fixture-admin');
    freshVillage = async (p) => {
      const id = `${p.provinceId}-thon-${++establishedVillages}`;
      const created = await server.request('POST', '/api/villages', {
        token: villageAdmin,
        body: establishVillageBody(p, id),
      });
      if (created.status !== 201)
        throw new Error(`village ${id}: ${created.status} ${created.text}`);
      return id;
    };
    await caughtUp(server); // the queries read the projections
    routes = await documentedRoutes(server.url);
  }, 60_000);
  afterAll(() => server.close());

  async function send(
    route: DocumentedRoute,
    call: Call,
    token: string | undefined,
    accept?: string,
  ): Promise<TestResponse> {
    calls += 1;
    const path = fillPath(route.path, call.params ?? {});
    return server.request(route.method, call.query ? `${path}?${call.query}` : path, {
      ...(token === undefined ? {} : { token }),
      ...(call.body === undefined ? {} : { body: call.body }),
      ...(call.upload === undefined ? {} : { rawBody: call.upload.rawBody }),
      headers: {
        ...(accept === undefined ? {} : { accept }),
        ...(call.upload === undefined ? {} : { 'content-type': call.upload.contentType }),
      },
    });
  }

  /** Person data an analyst must never receive (docs/security.md). */
  function leaksToAnalyst(text: string): string | undefined {
    const hidden = [...fx.people.citizenIds, ...fx.people.datesOfBirth, ...fx.people.places];
    return hidden.find((value) => text.includes(value));
  }

  it('has a rule for every documented route, and no rule for a route that is gone', () => {
    const documented = routes.map((route) => route.key);
    const missing = documented.filter((key) => MATRIX[key] === undefined);
    const stale = Object.keys(MATRIX).filter((key) => !documented.includes(key));
    expect({ routesWithoutARule: missing, rulesWithoutARoute: stale }).toEqual({
      routesWithoutARule: [],
      rulesWithoutARoute: [],
    });
  });

  it('answers each role as the matrix declares, inside and outside its scope', async () => {
    for (const route of routes) {
      const rule = MATRIX[route.key];
      if (!rule) continue; // reported by the test above
      for (const [index, role] of ROLES.entries()) {
        const scoped = server.token(role, fx.a.districtId, `${role}-of-${fx.a.districtId}`);
        const whole = server.token(role, '*', `${role}-of-everything`);
        const cases: [string, Outcome, Province, string | undefined][] =
          rule.access === 'public'
            ? [
                ['with a token', 'ok', fx.a, scoped],
                ['without a token', 'ok', fx.a, undefined],
              ]
            : rule.access === 'global'
              ? [
                  ["district's token", rule.inScope[index], fx.a, scoped],
                  ['whole-deployment token', rule.inScope[index], fx.a, whole],
                ]
              : rule.access === 'whole-deployment'
                ? [
                    ['whole-deployment token', rule.inScope[index], fx.a, whole],
                    ["district's token", rule.outOfScope[index], fx.a, scoped],
                  ]
                : [
                    ['in scope', rule.inScope[index], fx.a, scoped],
                    ['out of scope', rule.outOfScope[index], fx.b, scoped],
                    ['whole-deployment token on province B', rule.inScope[index], fx.b, whole],
                  ];
        for (const [label, outcome, province, token] of cases) {
          const response = await send(route, await rule.call(province, role), token);
          const failure = judge(outcome, rule, response);
          if (failure) failures.push(`${route.key} as ${role} ${label}: ${failure}`);
          if (role === 'analyst' && response.status < 300) {
            const leaked = leaksToAnalyst(response.text);
            if (leaked) failures.push(`${route.key} as analyst ${label}: answer shows "${leaked}"`);
            if (route.method === 'GET') {
              // The same as an export, where the route offers one.
              const csv = await send(route, await rule.call(province, role), token, 'text/csv');
              const inCsv = csv.status < 300 ? leaksToAnalyst(csv.text) : undefined;
              if (inCsv) failures.push(`${route.key} as analyst ${label}, CSV: shows "${inCsv}"`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers 401 to every non-public route without a valid token', async () => {
    const secret = 'another-deployment-' + 'k'.repeat(20) + 'QWERTYUIOP';
    const bad: [string, string | undefined][] = [
      ['no token', undefined],
      ['not a JWT', 'not-a-token'],
      [
        'signed by another deployment',
        issueToken(secret, { subject: 'x', roles: ['admin'], org: '*', expiresIn: '1h' }),
      ],
      ['expired', expiredAdminToken()],
      ['unsigned (alg none)', unsignedAdminToken()],
      [
        'without a known role',
        new JwtService({ secret: serverSecret() }).sign(
          { sub: 'x', roles: ['superuser'], org: '*' },
          { algorithm: 'HS256', issuer: TOKEN_ISSUER, expiresIn: '1h' },
        ),
      ],
    ];
    const wrong: string[] = [];
    for (const route of routes) {
      const rule = MATRIX[route.key];
      if (!rule || rule.access === 'public') continue;
      const call = await rule.call(fx.a, 'admin');
      for (const [label, token] of bad) {
        const response = await send(route, call, token);
        if (response.status !== 401 || response.body?.code !== 'unauthenticated') {
          wrong.push(`${route.key} with ${label}: ${response.status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('refuses an analyst a search by citizen ID or card number on every route that searches', async () => {
    const searching = routes.filter(
      (route) => route.method === 'GET' && route.queryParams.includes('q'),
    );
    expect(searching.length).toBeGreaterThan(0);
    const analyst = server.token('analyst', '*');
    const officer = server.token('officer', '*');
    for (const route of searching) {
      const call = await MATRIX[route.key].call(fx.a, 'analyst');
      const path = fillPath(route.path, call.params ?? {});
      const byId = `${path}?q=${fx.people.citizenIds[0]}`;
      const refused = await server.request('GET', byId, { token: analyst });
      expect({ route: route.key, status: refused.status, code: refused.body?.code }).toEqual({
        route: route.key,
        status: 403,
        code: 'identifier_search_forbidden',
      });
      // An officer finds the person by it.
      const found = await server.request('GET', byId, { token: officer });
      expect({ route: route.key, status: found.status }).toEqual({ route: route.key, status: 200 });
      expect(found.text).toContain(fx.people.fullNames[0]);
    }
  });

  it('shows an analyst a member as a roster does: birth year, no citizen ID, no dossier', async () => {
    const analyst = server.token('analyst', fx.a.districtId);
    const response = await server.request('GET', `/api/members/${fx.a.officialIds[0]}`, {
      token: analyst,
    });
    expect(response.status).toBe(200);
    expect(response.body.person).toEqual(
      expect.objectContaining({ fullName: expect.any(String), birthYear: 1980 }),
    );
    for (const hidden of ['citizenId', 'dateOfBirth', 'hometown', 'residence']) {
      expect(response.body.person).not.toHaveProperty(hidden);
    }
    expect(response.body).not.toHaveProperty('dossier');
    expect(response.body).not.toHaveProperty('cards');
    const officer = await server.request('GET', `/api/members/${fx.a.officialIds[0]}`, {
      token: server.token('officer', fx.a.districtId),
    });
    expect(officer.body.person.citizenId).toBe(fx.people.citizenIds[0]);
  });

  afterAll(() => {
    // One line for docs/security.md: how much the matrix covered.
    process.stdout.write(
      `route matrix: ${routes?.length ?? 0} documented routes × ${ROLES.length} roles, ${calls} calls, ${failures.length} mismatches\n`,
    );
  });

  /** The embedded deployment's signing secret, as created under its data directory. */
  function serverSecret(): string {
    return readFileSync(join(server.dataDir, 'jwt-secret'), 'utf8').trim();
  }

  function expiredAdminToken(): string {
    return new JwtService({ secret: serverSecret() }).sign(
      { sub: 'x', roles: ['admin'], org: '*', exp: Math.floor(Date.now() / 1000) - 60 },
      { algorithm: 'HS256', issuer: TOKEN_ISSUER },
    );
  }

  function unsignedAdminToken(): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'x', roles: ['admin'], org: '*', iss: TOKEN_ISSUER, iat: now, exp: now + 3600 })}.`;
  }
});
