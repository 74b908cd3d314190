import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken } from '@memberflow/application';
import { openEventStore } from '@memberflow/event-store';
import type { RequestOptions, TestResponse } from '../support/test-app';
import {
  startChildServer,
  strongSecret,
  withoutColours,
  type ChildServer,
} from './support/child-server';
import { admissionSteps, runOfficerLoad } from './support/officer-load';
import { buildTwoProvinces } from './support/two-provinces';

/**
 * Logs never hold person data or tokens (issue 5): the real server, logging everything it logs at its
 * most verbose level, goes through an end-to-end run (a province, candidates taken through their first
 * steps, refused and malformed requests carrying person data, a citizen ID typed where an id belongs,
 * a search by name, accounts signing in and changing passwords); then its whole output is searched for
 * every name, citizen ID, birth date, address, token, password, password hash, session cookie and CSRF
 * token the run used.
 */

async function send(url: string, method: string, path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${url}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text } as TestResponse;
}

describe.each(['json', 'pretty'])('the server log of an end-to-end run (%s format)', (format) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-logs-'));
  const secret = strongSecret();
  const idSalt = strongSecret();
  let server: ChildServer;
  const secrets = new Set<string>([secret, idSalt]);
  const people = new Set<string>();
  const tokens = new Set<string>();
  const token = (role: 'admin' | 'officer' | 'auditor' | 'analyst', org: string) => {
    const issued = issueToken(secret, {
      subject: `${role}-log`,
      roles: [role],
      org,
      expiresIn: '1h',
    });
    tokens.add(issued);
    return issued;
  };

  beforeAll(async () => {
    server = await startChildServer({
      env: {
        MEMBERFLOW_DATA_DIR: dataDir,
        MEMBERFLOW_JWT_SECRET: secret,
        MEMBERFLOW_ID_SALT: idSalt,
        MEMBERFLOW_LOG_LEVEL: 'debug',
        MEMBERFLOW_LOG_FORMAT: format,
        MEMBERFLOW_RATE_LIMIT_PER_TOKEN: '0',
        MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '0',
      },
    });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds no name, citizen ID, birth date, address, token or secret it was given', async () => {
    const request = (method: string, path: string, options?: RequestOptions) =>
      send(server.url, method, path, options);
    const admin = token('admin', '*');
    const fx = await buildTwoProvinces(request, admin);
    const remember = (person: Record<string, unknown>) => {
      for (const field of ['fullName', 'citizenId', 'dateOfBirth', 'hometown', 'residence']) {
        const value = String(person[field]);
        people.add(value);
        people.add(value.normalize('NFD'));
      }
    };

    // A short load of officers: commands, replays, concurrency.
    const officer = token('officer', fx.a.districtId);
    const load = await runOfficerLoad({
      clients: 4,
      durationMs: 2_000,
      url: () => server.url,
      token: () => officer,
      subject: () => 'officer-log',
      cellId: fx.a.cellId,
      introducerIds: fx.a.officialIds,
      citizenPrefix: '0793',
      onPerson: remember,
    });
    expect(load.commands.filter((c) => (c.answer?.status ?? 500) >= 300)).toEqual([]);

    // Refusals carrying person data: an invalid body, a duplicate person, a rule violation, a
    // malformed JSON body, a body too deep, a prototype key.
    const someone = fx.freshPerson({ dateOfBirth: '1990-02-30' });
    expect(
      (
        await request('POST', '/api/members', {
          token: officer,
          body: {
            person: someone,
            cellId: fx.a.cellId,
            proposedBy: 'youth_union',
            occurredOn: '2023-01-05',
          },
        })
      ).status,
    ).toBe(400);
    const twice = fx.freshPerson();
    const source = {
      person: twice,
      cellId: fx.a.cellId,
      proposedBy: 'youth_union',
      occurredOn: '2023-01-05',
    };
    const first = await request('POST', '/api/members', { token: officer, body: source });
    expect(first.status).toBe(201);
    expect((await request('POST', '/api/members', { token: officer, body: source })).status).toBe(
      422,
    );
    const [action, body] = admissionSteps(fx.a.officialIds)[3];
    expect(
      (
        await request('POST', `/api/members/${first.body.id}/actions/${action}`, {
          token: officer,
          body,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await request('POST', '/api/members', {
          token: officer,
          rawBody: `{"person":{"fullName":"${twice.fullName}","citizenId":"${twice.citizenId}"`,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await request('POST', '/api/members', {
          token: officer,
          rawBody: `{"person":{"constructor":${JSON.stringify(twice)}}}`,
        })
      ).status,
    ).toBe(400);
    // Out of scope, with a token of another district.
    const stranger = token('officer', fx.b.districtId);
    expect(
      (await request('GET', `/api/members/${first.body.id}`, { token: stranger })).status,
    ).toBe(403);
    // A citizen ID and a name typed where an id belongs, a search by name and by citizen ID.
    expect(
      (await request('GET', `/api/members/${twice.citizenId}`, { token: officer })).status,
    ).toBe(404);
    expect(
      (
        await request('GET', `/api/members/${encodeURIComponent(String(twice.fullName))}/history`, {
          token: officer,
        })
      ).status,
    ).toBe(404);
    await request('GET', `/api/members?q=${encodeURIComponent(String(twice.fullName))}`, {
      token: officer,
    });
    await request('GET', `/api/members?q=${twice.citizenId}`, { token: token('analyst', '*') });
    // History and state read back every person field (auditor).
    const auditor = token('auditor', '*');
    expect(
      (await request('GET', `/api/members/${first.body.id}/history`, { token: auditor })).status,
    ).toBe(200);
    expect(
      (
        await request('GET', `/api/members/${first.body.id}/history`, {
          token: auditor,
          headers: { accept: 'text/csv' },
        })
      ).status,
    ).toBe(200);
    // Bad tokens, one of them a real token for another deployment.
    const foreign = issueToken(strongSecret(), {
      subject: 'x',
      roles: ['admin'],
      org: '*',
      expiresIn: '1h',
    });
    tokens.add(foreign);
    expect((await request('GET', '/api/orgs/xa-a', { token: foreign })).status).toBe(401);

    // People signing in (issue 19): passwords (right, wrong, weak, new, reset), session cookies and CSRF
    // tokens go through the server; none may reach its log.
    const password = (text: string) => {
      secrets.add(text);
      return text;
    };
    const cookiesOf = (response: TestResponse) => {
      const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]);
      for (const cookie of cookies) tokens.add(cookie.slice(cookie.indexOf('=') + 1));
      return cookies.join('; ');
    };
    const account = {
      username: 'can-bo-nhat-ky',
      displayName: 'Cán bộ nhật ký',
      role: 'officer',
      orgScope: fx.a.districtId,
    };
    expect(
      (
        await request('POST', '/api/accounts', {
          token: admin,
          body: { ...account, password: password('ngắn quá') },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await request('POST', '/api/accounts', {
          token: admin,
          body: { ...account, password: password('Mật khẩu nhật ký 2026') },
        })
      ).status,
    ).toBe(201);
    for (const typed of ['Mật khẩu đoán sai 1', 'Mật khẩu đoán sai 2']) {
      const wrong = await request('POST', '/api/session', {
        body: { username: account.username, password: password(typed) },
      });
      expect(wrong.status).toBe(401);
    }
    expect(
      (
        await request('POST', '/api/session', {
          body: { username: 'khong-co-ai', password: password('Mật khẩu người lạ 1') },
        })
      ).status,
    ).toBe(401);
    const signedIn = await request('POST', '/api/session', {
      body: { username: account.username, password: 'Mật khẩu nhật ký 2026' },
    });
    expect(signedIn.status).toBe(200);
    const cookie = cookiesOf(signedIn);
    const csrf = signedIn.body.csrfToken as string;
    tokens.add(csrf);
    expect(
      (await request('GET', `/api/orgs/${fx.a.districtId}`, { headers: { cookie } })).status,
    ).toBe(200);
    expect(
      (
        await request('POST', '/api/session/password', {
          headers: { cookie },
          body: { currentPassword: 'Mật khẩu nhật ký 2026', newPassword: 'Mật khẩu mới nhật ký 1' },
        })
      ).status,
    ).toBe(403); // no CSRF token
    const changed = await request('POST', '/api/session/password', {
      headers: { cookie, 'x-csrf-token': csrf },
      body: {
        currentPassword: 'Mật khẩu nhật ký 2026',
        newPassword: password('Mật khẩu mới nhật ký 1'),
      },
    });
    expect(changed.status).toBe(204);
    const renewed = cookiesOf(changed);
    expect(
      (
        await request('POST', `/api/accounts/${account.username}/actions/reset-password`, {
          token: admin,
          body: { password: password('Mật khẩu đặt lại nhật ký 1') },
        })
      ).status,
    ).toBe(200);
    expect((await request('GET', '/api/session', { headers: { cookie: renewed } })).status).toBe(
      401,
    );
    expect(
      (await request('GET', `/api/accounts/${account.username}/history`, { token: auditor }))
        .status,
    ).toBe(200);

    await server.stop();
    // The hashes the store keeps: never in the log either.
    const store = await openEventStore(`sqlite:${join(dataDir, 'events.db')}`);
    try {
      for await (const event of store.readAll()) {
        const kept = (event.data as { password?: { hash: string; salt: string } }).password;
        if (kept) secrets.add(kept.hash).add(kept.salt);
      }
    } finally {
      await store.close();
    }
    for (const list of Object.values(fx.people)) {
      for (const value of list) {
        people.add(value);
        people.add(value.normalize('NFD'));
        people.add(encodeURIComponent(value));
      }
    }
    const log = server.output();
    const requestLines = withoutColours(log)
      .split('\n')
      .filter((line) => /"status":\d{3}|\b(GET|POST) \S+ \d{3}\b|status/.test(line));
    expect(requestLines.length).toBeGreaterThan(load.commands.length); // the log was written

    const found = [...people, ...tokens, ...secrets]
      .filter((value) => value.length >= 6 && log.includes(value))
      .map((value) =>
        tokens.has(value) || secrets.has(value)
          ? `${value.slice(0, 12)}… (token or secret)`
          : value,
      );
    expect(found).toEqual([]);
  }, 120_000);
});
