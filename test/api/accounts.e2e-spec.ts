import { EVENT_STORE } from '@memberflow/application';
import type { EventStore } from '@memberflow/event-store';
import { buildSmallProvince, provinceBody } from '../support/fixtures';
import { startTestServer, type TestResponse, type TestServer } from '../support/test-app';
import { caughtUp } from '../security/support/projections';

/**
 * People and sign-in (issue 19, ADR 0015), over real HTTP: accounts created by administrators within
 * their scope, signing in with a cookie session that every route accepts beside bearer tokens, CSRF on
 * writes, signing out, the same answer for an unknown username and a wrong password, the lock after
 * five failures, sessions ended by a disable, a password change or a reset, auditors reading an
 * account's history, and never a password or its hash in an answer.
 */

/** A browser's cookie jar for one person: the session and CSRF cookies the server set. */
interface Browser {
  readonly username: string;
  cookies: Record<string, string>;
  readonly csrf: () => string;
}

const PASSWORDS = new Set<string>();
const secret = (password: string) => {
  PASSWORDS.add(password);
  return password;
};

describe('people and sign-in (real server)', () => {
  let server: TestServer;
  let admin: string;
  /** Every answer of the suite, searched at the end for passwords and hashes. */
  const answers: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      MEMBERFLOW_SIGN_IN_LIMIT_PER_ADDRESS: '0',
      MEMBERFLOW_SIGN_IN_LIMIT_PER_USERNAME: '0',
    });
    admin = server.token('admin', '*', 'quan-tri-tinh');
    await buildSmallProvince(server, admin);
    await server.request('POST', '/api/orgs', { token: admin, body: provinceBody('tinh-b') });
    const other = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        id: 'huyen-b',
        parentId: 'tinh-b',
        kind: 'direct_committee',
        name: 'Đảng bộ huyện B',
        code: 'HB',
        attributes: { area: 'rural' },
        occurredOn: '2015-01-05',
      },
    });
    expect(other.status).toBe(201);
  }, 60_000);
  afterAll(() => server.close());

  async function call(
    method: string,
    path: string,
    options: {
      token?: string;
      browser?: Browser;
      csrf?: string | false;
      body?: unknown;
      headers?: Record<string, string>;
    } = {},
  ): Promise<TestResponse & { setCookies: string[] }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.browser) {
      headers.cookie = Object.entries(options.browser.cookies)
        .map(([name, value]) => `${name}=${value}`)
        .join('; ');
      const csrf = options.csrf ?? options.browser.csrf();
      if (csrf !== false) headers['x-csrf-token'] = csrf;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    answers.push(text, JSON.stringify([...response.headers]));
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const setCookies = response.headers.getSetCookie();
    if (options.browser) remember(options.browser, setCookies);
    return { status: response.status, headers: response.headers, body, text, setCookies };
  }

  function remember(browser: Browser, setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair] = line.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      if (value === '' || /Expires=Thu, 01 Jan 1970/i.test(line)) delete browser.cookies[name];
      else browser.cookies[name] = value;
    }
  }

  function browserOf(username: string): Browser {
    const browser: Browser = {
      username,
      cookies: {},
      csrf: () => browser.cookies.mf_csrf ?? '',
    };
    return browser;
  }

  async function signIn(username: string, password: string): Promise<Browser> {
    const browser = browserOf(username);
    const response = await call('POST', '/api/session', {
      browser,
      csrf: false,
      body: { username, password },
    });
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 200,
      body: { username },
    });
    return browser;
  }

  async function createAccount(
    username: string,
    role: string,
    orgScope: string,
    password: string,
    token = admin,
  ): Promise<TestResponse> {
    const response = await call('POST', '/api/accounts', {
      token,
      body: {
        username,
        displayName: `Người dùng ${username}`,
        role,
        orgScope,
        password: secret(password),
      },
    });
    return response;
  }

  it('creates an account (201, Location, ETag) and signs in with cookies: httpOnly session, readable CSRF, both SameSite=Strict', async () => {
    const created = await createAccount('can-bo-huyen', 'officer', 'huyen', 'Mật khẩu huyện 2026');
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/accounts/can-bo-huyen');
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({
      username: 'can-bo-huyen',
      role: 'officer',
      orgScope: 'huyen',
      status: 'active',
      createdBy: 'quan-tri-tinh',
      mustChangePassword: false,
      revision: 1,
    });
    expect(created.body).not.toHaveProperty('password');

    const browser = browserOf('can-bo-huyen');
    const signedIn = await call('POST', '/api/session', {
      browser,
      csrf: false,
      body: { username: 'can-bo-huyen', password: 'Mật khẩu huyện 2026' },
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toEqual({
      username: 'can-bo-huyen',
      displayName: 'Người dùng can-bo-huyen',
      role: 'officer',
      orgScope: 'huyen',
      mustChangePassword: false,
      csrfToken: browser.cookies.mf_csrf,
      expiresAt: expect.any(String),
    });
    const hours = (Date.parse(signedIn.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    const session = signedIn.setCookies.find((line) => line.startsWith('mf_session='))!;
    const csrf = signedIn.setCookies.find((line) => line.startsWith('mf_csrf='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Strict/);
    expect(session).toMatch(/; Path=\//);
    expect(session).toMatch(/Max-Age=28[78]\d\d/);
    expect(session).not.toMatch(/; Secure/); // embedded mode over plain HTTP
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/; SameSite=Strict/);

    const current = await call('GET', '/api/session', { browser });
    expect(current.status).toBe(200);
    expect(current.body).toEqual(signedIn.body);
    expect(current.setCookies).toEqual([]);
  });

  it('accepts the cookie session on a scoped route, within the account’s scope only', async () => {
    const browser = await signIn('can-bo-huyen', 'Mật khẩu huyện 2026');
    expect((await call('GET', '/api/orgs/xa', { browser })).status).toBe(200);
    const outside = await call('GET', '/api/orgs/huyen-b', { browser });
    expect({ status: outside.status, code: outside.body.code }).toEqual({
      status: 403,
      code: 'out_of_scope',
    });
    // The officer's role applies: no account management.
    const accounts = await call('GET', '/api/accounts', { browser });
    expect({ status: accounts.status, code: accounts.body.code }).toEqual({
      status: 403,
      code: 'forbidden_role',
    });
  });

  it('refuses a write with the session cookie but without the CSRF header (or with another one), and records it with the header', async () => {
    const browser = await signIn('can-bo-huyen', 'Mật khẩu huyện 2026');
    const rename = { name: 'Chi bộ thôn Một', occurredOn: '2016-01-04' };
    const without = await call('POST', '/api/orgs/chibo/actions/rename', {
      browser,
      csrf: false,
      body: rename,
    });
    expect({ status: without.status, code: without.body.code }).toEqual({
      status: 403,
      code: 'csrf_failed',
    });
    const wrong = await call('POST', '/api/orgs/chibo/actions/rename', {
      browser,
      csrf: 'x'.repeat(43),
      body: rename,
    });
    expect(wrong.status).toBe(403);
    const renamed = await call('POST', '/api/orgs/chibo/actions/rename', { browser, body: rename });
    expect(renamed.status).toBe(200);
    const history = await call('GET', '/api/orgs/chibo', { token: admin });
    expect(history.body.name).toBe('Chi bộ thôn Một');
  });

  it('signs out: the session ends (on every replica: it is recorded) and the cookies are cleared', async () => {
    const browser = await signIn('can-bo-huyen', 'Mật khẩu huyện 2026');
    const kept = { ...browser.cookies };
    const refused = await call('DELETE', '/api/session', { browser, csrf: false });
    expect(refused.status).toBe(403);
    const out = await call('DELETE', '/api/session', { browser });
    expect(out.status).toBe(204);
    expect(out.setCookies.some((line) => /^mf_session=;/.test(line))).toBe(true);
    expect(browser.cookies).toEqual({});
    const replayed = await call('GET', '/api/session', { browser: { ...browser, cookies: kept } });
    expect({ status: replayed.status, code: replayed.body.code }).toEqual({
      status: 401,
      code: 'unauthenticated',
    });
    expect((await call('GET', '/api/session', { browser })).status).toBe(401);
  });

  it('answers an unknown username and a wrong password alike, in about the same time', async () => {
    const attempt = async (username: string) => {
      const started = performance.now();
      const response = await call('POST', '/api/session', {
        body: { username, password: 'không phải mật khẩu' },
      });
      return { response, ms: performance.now() - started };
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1];
    await createAccount('nguoi-that', 'analyst', 'huyen', 'Mật khẩu người thật 1');
    const wrong = [
      await attempt('nguoi-that'),
      await attempt('nguoi-that'),
      await attempt('nguoi-that'),
    ];
    const unknown = [
      await attempt('khong-co-ai'),
      await attempt('khong-co-ai'),
      await attempt('khong-co-ai'),
    ];
    expect(unknown[0].response.status).toBe(401);
    expect(unknown[0].response.body).toEqual(wrong[0].response.body);
    expect(wrong[0].response.body).toMatchObject({ code: 'invalid_credentials' });
    // Both verify a hash: neither is an instant answer.
    const ratio = median(unknown.map((a) => a.ms)) / median(wrong.map((a) => a.ms));
    expect(ratio).toBeGreaterThan(0.25);
    expect(ratio).toBeLessThan(4);
  });

  it('locks the account at the fifth failure within 15 minutes, with Retry-After, even against the right password, until an admin lifts it', async () => {
    await createAccount('bi-khoa', 'auditor', 'tinh', 'Mật khẩu đúng 12345');
    const statuses: number[] = [];
    let fifth: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 5; i++) {
      fifth = await call('POST', '/api/session', {
        body: { username: 'bi-khoa', password: `sai ${i} lần nữa` },
      });
      statuses.push(fifth.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect(fifth!.body).toMatchObject({
      code: 'account_locked',
      details: { retryAfterSeconds: 900 },
    });
    expect(Number(fifth!.headers.get('retry-after'))).toBeGreaterThan(890);
    const right = await call('POST', '/api/session', {
      body: { username: 'bi-khoa', password: 'Mật khẩu đúng 12345' },
    });
    expect(right.status).toBe(423);
    expect(Number(right.headers.get('retry-after'))).toBeLessThanOrEqual(900);
    const view = await call('GET', '/api/accounts/bi-khoa', { token: admin });
    expect(view.body).toMatchObject({ status: 'locked', lockedUntil: expect.any(String) });
    // An unknown username is "locked" the same way: a lock does not tell that an account exists.
    const phantom: number[] = [];
    for (let i = 0; i < 6; i++) {
      phantom.push(
        (
          await call('POST', '/api/session', {
            body: { username: 'ma-khong-co', password: `x${i}` },
          })
        ).status,
      );
    }
    expect(phantom).toEqual([401, 401, 401, 401, 423, 423]);

    const lifted = await call('POST', '/api/accounts/bi-khoa/actions/enable', { token: admin });
    expect({ status: lifted.status, state: lifted.body.status }).toEqual({
      status: 200,
      state: 'active',
    });
    await signIn('bi-khoa', 'Mật khẩu đúng 12345');
    const history = await call('GET', '/api/accounts/bi-khoa/history', { token: admin });
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'AccountCreated',
      'PasswordSet',
      'AccountLocked',
      'AccountUnlocked',
    ]);
    expect(history.body.events[2].actor.id).toBe('memberflow-sign-in');
  });

  it('ends the sessions of a disabled account at their next request; only the right password learns it is disabled', async () => {
    await createAccount('se-bi-tat', 'officer', 'xa', 'Mật khẩu sẽ tắt 123');
    const browser = await signIn('se-bi-tat', 'Mật khẩu sẽ tắt 123');
    expect((await call('GET', '/api/orgs/xa', { browser })).status).toBe(200);
    const disabled = await call('POST', '/api/accounts/se-bi-tat/actions/disable', {
      token: admin,
      body: { reason: 'Chuyển công tác' },
    });
    expect(disabled.body.status).toBe('disabled');
    expect((await call('GET', '/api/orgs/xa', { browser })).status).toBe(401);
    const right = await call('POST', '/api/session', {
      body: { username: 'se-bi-tat', password: 'Mật khẩu sẽ tắt 123' },
    });
    expect({ status: right.status, code: right.body.code }).toEqual({
      status: 403,
      code: 'account_disabled',
    });
    const wrong = await call('POST', '/api/session', {
      body: { username: 'se-bi-tat', password: 'Mật khẩu sai 123456' },
    });
    expect(wrong.status).toBe(401);
    expect(
      (await call('POST', '/api/accounts/se-bi-tat/actions/enable', { token: admin })).status,
    ).toBe(200);
    // Enabled again, the old session stays ended; a new one works.
    expect((await call('GET', '/api/orgs/xa', { browser })).status).toBe(401);
    await signIn('se-bi-tat', 'Mật khẩu sẽ tắt 123');
  });

  it('changes the password: this session goes on (its cookie re-issued), the other sessions end', async () => {
    await createAccount('doi-mat-khau', 'analyst', 'huyen', 'Mật khẩu cũ 123456');
    const here = await signIn('doi-mat-khau', 'Mật khẩu cũ 123456');
    const there = await signIn('doi-mat-khau', 'Mật khẩu cũ 123456');
    const before = { ...here.cookies };
    const weak = await call('POST', '/api/session/password', {
      browser: here,
      body: { currentPassword: 'Mật khẩu cũ 123456', newPassword: 'ngan' },
    });
    expect(weak.body).toMatchObject({
      status: 422,
      rule: 'R-PASSWORD-LENGTH',
      details: { field: 'newPassword', minLength: 10 },
    });
    const wrongCurrent = await call('POST', '/api/session/password', {
      browser: here,
      body: { currentPassword: 'không đúng đâu', newPassword: secret('Mật khẩu mới 654321') },
    });
    expect(wrongCurrent.body).toMatchObject({ status: 422, rule: 'R-PASSWORD-CURRENT' });
    const changed = await call('POST', '/api/session/password', {
      browser: here,
      body: { currentPassword: 'Mật khẩu cũ 123456', newPassword: 'Mật khẩu mới 654321' },
    });
    expect(changed.status).toBe(204);
    expect(here.cookies.mf_session).not.toBe(before.mf_session);
    expect(here.cookies.mf_csrf).toBe(before.mf_csrf);
    expect((await call('GET', '/api/session', { browser: here })).status).toBe(200);
    expect((await call('GET', '/api/session', { browser: there })).status).toBe(401);
    expect(
      (await call('GET', '/api/session', { browser: { ...here, cookies: before } })).status,
    ).toBe(401);
    expect(
      (
        await call('POST', '/api/session', {
          body: { username: 'doi-mat-khau', password: 'Mật khẩu cũ 123456' },
        })
      ).status,
    ).toBe(401);
    await signIn('doi-mat-khau', 'Mật khẩu mới 654321');
  });

  it('makes a reset password one the holder must change before anything else', async () => {
    await createAccount('quen-mat-khau', 'officer', 'huyen', 'Mật khẩu bị quên 1');
    const old = await signIn('quen-mat-khau', 'Mật khẩu bị quên 1');
    const reset = await call('POST', '/api/accounts/quen-mat-khau/actions/reset-password', {
      token: admin,
      body: { password: secret('Mật khẩu tạm 2026') },
    });
    expect(reset.body).toMatchObject({ mustChangePassword: true });
    expect((await call('GET', '/api/session', { browser: old })).status).toBe(401);
    const browser = await signIn('quen-mat-khau', 'Mật khẩu tạm 2026');
    expect((await call('GET', '/api/session', { browser })).body.mustChangePassword).toBe(true);
    const blocked = await call('GET', '/api/orgs/huyen', { browser });
    expect({ status: blocked.status, code: blocked.body.code }).toEqual({
      status: 403,
      code: 'password_change_required',
    });
    const changed = await call('POST', '/api/session/password', {
      browser,
      body: {
        currentPassword: 'Mật khẩu tạm 2026',
        newPassword: secret('Mật khẩu của tôi 99'),
      },
    });
    expect(changed.status).toBe(204);
    expect((await call('GET', '/api/orgs/huyen', { browser })).status).toBe(200);
  });

  it('lets an admin scoped to a subtree manage accounts inside it only, through its own session too', async () => {
    await createAccount('quan-tri-huyen', 'admin', 'huyen', 'Quản trị huyện 2026');
    const browser = await signIn('quan-tri-huyen', 'Quản trị huyện 2026');
    const body = (username: string, orgScope: string) => ({
      username,
      displayName: 'Cán bộ mới',
      role: 'officer',
      orgScope,
      password: secret('Mật khẩu cán bộ 1'),
    });
    const inside = await call('POST', '/api/accounts', { browser, body: body('can-bo-xa', 'xa') });
    expect(inside.status).toBe(201);
    expect(inside.body.createdBy).toBe('quan-tri-huyen');
    for (const scope of ['huyen-b', 'tinh', '*']) {
      const outside = await call('POST', '/api/accounts', {
        browser,
        body: body(`ngoai-${scope === '*' ? 'het' : scope}`, scope),
      });
      expect({ scope, status: outside.status, code: outside.body.code }).toEqual({
        scope,
        status: 403,
        code: 'out_of_scope',
      });
    }
    const unknown = await call('POST', '/api/accounts', {
      browser,
      body: body('chua-co', 'khong-co'),
    });
    expect(unknown.body).toMatchObject({ status: 422, rule: 'R-ACCOUNT-SCOPE' });
    // Nor act on, or read, an account outside it.
    expect(
      (await call('POST', '/api/accounts/bi-khoa/actions/disable', { browser, body: {} })).status,
    ).toBe(403);
    expect((await call('GET', '/api/accounts/bi-khoa', { browser })).status).toBe(403);
    // Moving one of its accounts out of its subtree is refused too.
    const move = await call('POST', '/api/accounts/can-bo-xa/actions/change-role', {
      browser,
      body: { role: 'officer', orgScope: 'huyen-b' },
    });
    expect(move.status).toBe(403);
    // Its own account: not disabled by itself.
    const self = await call('POST', '/api/accounts/quan-tri-huyen/actions/disable', {
      browser,
      body: {},
    });
    expect(self.body).toMatchObject({ status: 422, rule: 'R-ACCOUNT-SELF' });
    // The list of its subtree, from the read model.
    await caughtUp(server);
    const list = await call('GET', '/api/accounts?size=200', { browser });
    expect(list.status).toBe(200);
    const names = list.body.items.map((item: { username: string }) => item.username);
    expect(names).toEqual(expect.arrayContaining(['can-bo-huyen', 'can-bo-xa', 'quan-tri-huyen']));
    expect(names).not.toContain('bi-khoa'); // scoped to the province
    expect(list.body.items.every((item: object) => !('password' in item))).toBe(true);
    const outsideList = await call('GET', '/api/accounts?orgId=huyen-b', { browser });
    expect(outsideList.status).toBe(403);
  });

  it('keeps officers and analysts out of account management, and refuses a weak first password by its rule', async () => {
    for (const role of ['officer', 'analyst'] as const) {
      const token = server.token(role, '*');
      expect((await call('GET', '/api/accounts', { token })).status).toBe(403);
      expect(
        (await createAccount(`thu-${role}`, 'officer', 'huyen', 'Mật khẩu thử 12', token)).status,
      ).toBe(403);
    }
    const weak = await createAccount('yeu-qua', 'officer', 'huyen', 'ngắn');
    expect(weak.body).toMatchObject({
      status: 422,
      code: 'rule_violation',
      rule: 'R-PASSWORD-LENGTH',
      details: { field: 'password', minLength: 10, length: 4 },
      message: { vi: expect.stringContaining('từ 10 đến 256 ký tự'), en: expect.any(String) },
    });
    const badName = await createAccount('Có Dấu', 'officer', 'huyen', 'Mật khẩu đủ dài 1');
    expect(badName.status).toBe(400);
    expect(badName.body.errors[0].field).toBe('username');
  });

  it('answers a retried creation with the same Idempotency-Key as the first time', async () => {
    const body = {
      username: 'thu-lai',
      displayName: 'Thử lại',
      role: 'auditor',
      orgScope: 'huyen',
      password: secret('Mật khẩu thử lại 1'),
    };
    const headers = { 'idempotency-key': 'create-thu-lai' };
    const first = await call('POST', '/api/accounts', { token: admin, body, headers });
    const again = await call('POST', '/api/accounts', { token: admin, body, headers });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const fresh = await call('POST', '/api/accounts', { token: admin, body });
    expect(fresh.body).toMatchObject({ status: 422, rule: 'R-ACCOUNT-EXISTS' });
  });

  it('shows an auditor the history of an account (who granted whom which role and scope, when), never a hash', async () => {
    await call('POST', '/api/accounts/can-bo-huyen/actions/change-role', {
      token: admin,
      body: { role: 'auditor', orgScope: 'tinh', reason: 'Sang ủy ban kiểm tra' },
    });
    const auditor = server.token('auditor', 'tinh', 'kiem-tra-vien');
    const history = await call('GET', '/api/accounts/can-bo-huyen/history', { token: auditor });
    expect(history.status).toBe(200);
    const events = history.body.events as {
      type: string;
      actor: { id: string };
      data: Record<string, unknown>;
      reason?: string;
      recordedAt: string;
      rulesPassed: { code: string; vi: string }[];
    }[];
    expect(events.map((e) => e.type)).toEqual([
      'AccountCreated',
      'PasswordSet',
      'SignedOut',
      'AccountRoleChanged',
    ]);
    expect(events[0]).toMatchObject({
      actor: { id: 'quan-tri-tinh' },
      data: { username: 'can-bo-huyen', role: 'officer', orgScope: 'huyen', by: 'quan-tri-tinh' },
    });
    expect(events[3]).toMatchObject({
      reason: 'Sang ủy ban kiểm tra',
      data: {
        role: 'auditor',
        orgScope: 'tinh',
        previousRole: 'officer',
        previousOrgScope: 'huyen',
      },
    });
    for (const event of events) expect(event.data).not.toHaveProperty('password');
    expect(history.text).not.toContain('"salt"');
    expect(history.text).not.toContain('scrypt');
    expect(events[0].rulesPassed.map((rule: { code: string }) => rule.code)).toContain(
      'R-ACCOUNT-SCOPE',
    );
    // Out of the auditor's subtree, and to analysts and officers: refused.
    const other = server.token('auditor', 'tinh-b');
    expect((await call('GET', '/api/accounts/can-bo-huyen/history', { token: other })).status).toBe(
      403,
    );
    const officer = server.token('officer', '*');
    expect(
      (await call('GET', '/api/accounts/can-bo-huyen/history', { token: officer })).status,
    ).toBe(403);
  });

  it('never shows a password or its hash in an answer', async () => {
    const store = server.app.get<EventStore>(EVENT_STORE);
    const hashes: string[] = [];
    for await (const event of store.readAll()) {
      const password = (event.data as { password?: { hash: string; salt: string } }).password;
      if (password) hashes.push(password.hash, password.salt);
    }
    expect(hashes.length).toBeGreaterThan(10);
    const everything = answers.join('\n');
    const leaked = [...PASSWORDS, ...hashes].filter(
      (value) =>
        everything.includes(value) || everything.includes(JSON.stringify(value).slice(1, -1)),
    );
    expect(leaked).toEqual([]);
  });
});

describe('sign-in rate limits (real server)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      MEMBERFLOW_SIGN_IN_LIMIT_PER_ADDRESS: '3',
      MEMBERFLOW_SIGN_IN_WINDOW_SECONDS: '60',
    });
  });
  afterAll(() => server.close());

  it('answers 429 with Retry-After past the attempts allowed per address', async () => {
    const statuses: number[] = [];
    let last: TestResponse | undefined;
    for (const username of ['mot', 'hai', 'ba', 'bon']) {
      last = await server.request('POST', '/api/session', {
        body: { username, password: 'mật khẩu gì đó' },
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last!.body).toMatchObject({
      code: 'too_many_requests',
      details: { per: 'address', limit: 3, windowSeconds: 60 },
    });
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
