import { connect } from 'node:net';
import fc from 'fast-check';
import type { TestServer } from '../support/test-app';
import { documentedRoutes, fillPath, type DocumentedRoute } from './support/openapi-routes';
import { MEMBER_ACTION_BODY, ORG_ACTION_BODY, sampleBodyFor } from './support/sample-bodies';
import { caughtUp } from './support/projections';
import { digestSqliteDirectory } from './support/store-digest';
import { startWithTwoProvinces, type TwoProvinces } from './support/two-provinces';

/**
 * Bad input, fuzzed (issue 5): random and malformed bodies, headers, path parameters and query strings,
 * huge strings, control characters, mixed Unicode normalization and injection strings, sent to every
 * route of the OpenAPI document. The server must never answer 5xx nor crash, and after every refused
 * request the store and the read models must hold exactly what they held before (a digest of every
 * row of every SQLite file under the data directory).
 */

/** How long the fuzzer runs (CI: about 40 s); MEMBERFLOW_FUZZ_SECONDS overrides. */
const FUZZ_SECONDS = Number(process.env.MEMBERFLOW_FUZZ_SECONDS ?? 40);

const INJECTIONS = [
  "'; DROP TABLE events; --",
  '" OR 1=1 --',
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  '$(reboot)',
  '`id`',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  "=cmd|' /C calc'!A0",
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%00',
  '\u0000',
  '\r\nX-Injected: 1',
  '\n[ERROR] forged log line',
  '__proto__',
  'constructor',
  'prototype',
  '{"$ne":null}',
  '*',
  '%',
  '_',
  '\\',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e308',
  '99999999999999999999999',
  '0x7fffffff',
];

/** Unicode that breaks naive code: combining marks (NFD Vietnamese), bidi overrides, BOM, emoji, NUL. */
const UNICODE = [
  'Nguye\u0302\u0303n Va\u0306n An', // NFD
  'Nguyễn Văn An', // NFC
  'Ngu\u0079\u0065\u0302\u0303n', // mixed
  '\u202Eevil\u202C',
  '\uFEFFBOM',
  '\u200B\u200C\u200D',
  '👨‍👩‍👧‍👦',
  '\uD800', // a lone surrogate
  'ǅ ǈ ǋ',
  'İ ı ß ﬁ',
  '\u0007\u0008\u001b[31m',
  'A'.repeat(10_000),
];

/** Short hostile text: for headers, path parameters and query strings. */
const nasty = fc.oneof(
  fc.constantFrom(...INJECTIONS, ...UNICODE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
);

/** Hostile text of any size, up to past the body limit (256 kB): for body fields. */
const nastyOrHuge = fc.oneof(
  { weight: 5, arbitrary: nasty },
  { weight: 1, arbitrary: fc.nat({ max: 300_000 }).map((length) => 'x'.repeat(length)) },
);

/** A JSON value shaped to hurt: any JSON, deep nesting, huge arrays, prototype keys. */
const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  nastyOrHuge,
  fc.constantFrom(null, true, 0, -1, 1.5, 1e308, [], {}, [[]], [null], [{}]),
  fc.nat({ max: 1_000 }).map((depth) => nest(depth)),
  fc.nat({ max: 20_000 }).map((length) => Array.from({ length }, (_, i) => i)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}')),
);

function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Ways to write the same text differently: what normalization and comparison must survive. */
const TEXT_VARIANTS: readonly ((text: string) => string)[] = [
  (text) => text.normalize('NFD'),
  (text) => text.normalize('NFKD'),
  (text) => `\u200B${text}\u200D`,
  (text) => ` ${text}\t `,
  (text) => text.replace(/a/g, '\u0430'), // Cyrillic a
  (text) => text.toUpperCase(),
  (text) => `${text}\u0000`,
  (text) => `${text}\u202E`,
];

function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)]),
    );
  }
  return value;
}

/** The leaf paths of an object (`person.fullName`, `introducers.0.memberId`). */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Object.entries(value);
  if (entries.length === 0) return [prefix];
  return [[...prefix], ...entries.flatMap(([key, item]) => leafPaths(item, [...prefix, key]))];
}

function mutate(body: unknown, path: string[], change: 'set' | 'delete', value: unknown): unknown {
  if (path.length === 0) return change === 'set' ? value : undefined;
  const copy = structuredClone(body) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (change === 'delete') delete node[last];
  else node[last] = value;
  return copy;
}

type Body =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'raw'; readonly text: string; readonly contentType: string }
  | { readonly kind: 'none' };

interface FuzzRequest {
  readonly route: DocumentedRoute;
  readonly params: Record<string, string>;
  readonly query: string;
  readonly headers: Record<string, string>;
  readonly token: string | undefined;
  readonly body: Body;
}

/** Header values fetch can send (no CR, LF, NUL, nothing past Latin-1). */
const headerSafe = (text: string) =>
  text
    .slice(0, 2000)
    .replace(/[\r\n\0]/g, '')
    .replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

describe('the fuzzer: malformed input to every documented route', () => {
  let server: TestServer;
  let fx: TwoProvinces;
  let routes: DocumentedRoute[];
  const figures = {
    requests: 0,
    raw: 0,
    accepted: 0,
    refused: 0,
    digests: 0,
    changedByAccepted: 0,
    statuses: {} as Record<number, number>,
  };

  beforeAll(async () => {
    ({ server, fx } = await startWithTwoProvinces());
    routes = await documentedRoutes(server.url);
  }, 60_000);

  afterAll(async () => {
    process.stdout.write(
      `fuzz: ${figures.requests} requests (${figures.raw} raw), ${figures.accepted} accepted, ${figures.refused} refused, ${figures.digests} digests compared (${figures.changedByAccepted} changed by accepted writes), statuses ${JSON.stringify(figures.statuses)}\n`,
    );
    await server.close();
  });

  const sampleBody = (route: DocumentedRoute) => sampleBodyFor(route, fx.a, fx.freshPerson);

  const requests = (): fc.Arbitrary<FuzzRequest> => {
    const knownIds = [
      fx.a.candidateId,
      fx.b.candidateId,
      ...fx.a.officialIds,
      fx.a.communeId,
      fx.b.cellId,
      fx.a.provinceId,
    ];
    const param = (name: string) =>
      name === 'action'
        ? fc.oneof(
            fc.constantFrom(...Object.keys(MEMBER_ACTION_BODY), ...Object.keys(ORG_ACTION_BODY)),
            nasty,
          )
        : name === 'year'
          ? fc.oneof(fc.constantFrom('2026', '0', '-1', '1e3', '2026.5', '99999999999999'), nasty)
          : fc.oneof(fc.constantFrom(...knownIds), nasty);
    const tokens = fc.oneof(
      { weight: 3, arbitrary: fc.constant(server.token('admin', '*', 'fuzz-admin')) },
      {
        weight: 2,
        arbitrary: fc.constant(server.token('officer', fx.a.districtId, 'fuzz-officer')),
      },
      fc.constantFrom(...(['auditor', 'analyst'] as const)).map((role) => server.token(role, '*')),
      fc.constant(undefined),
      nasty.map(headerSafe),
    );
    const noisyHeaders = fc.record(
      {
        'content-type': fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/problem+json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          '',
        ),
        accept: fc.constantFrom('application/json', 'text/csv', '*/*', 'text/html', 'x/y;q=0'),
        'if-match': fc
          .oneof(fc.constantFrom('"0"', '"1"', 'W/"3"', '*', '"-1"'), nasty)
          .map(headerSafe),
        'idempotency-key': nasty.map(headerSafe),
        'x-correlation-id': nasty.map(headerSafe),
        'accept-language': nasty.map(headerSafe),
        'x-forwarded-for': fc.constantFrom('1.2.3.4', '::1, 10.0.0.1', 'garbage'),
      },
      { requiredKeys: [] },
    );
    // Clean headers half the time, so that odd bodies and parameters get past the header checks.
    const headers = fc.oneof(fc.constant({ 'content-type': 'application/json' }), noisyHeaders);
    return fc.constantFrom(...routes).chain((route) =>
      fc.record({
        route: fc.constant(route),
        params: fc.record(
          Object.fromEntries(route.pathParams.map((name) => [name, param(name)])),
        ) as fc.Arbitrary<Record<string, string>>,
        query: fc
          .array(
            fc.tuple(
              fc.oneof(fc.constantFrom(...route.queryParams, 'page', 'size', 'q'), nasty),
              nasty,
            ),
            { maxLength: 4 },
          )
          .map((pairs) => new URLSearchParams(pairs).toString()),
        headers: headers as fc.Arbitrary<Record<string, string>>,
        token: tokens,
        body: bodies(route),
      }),
    );
  };

  const bodies = (route: DocumentedRoute): fc.Arbitrary<Body> => {
    const sample = sampleBody(route);
    const paths = sample === undefined ? [[]] : leafPaths(sample);
    const valid = sample ?? {};
    return fc.oneof(
      // The valid body as is: with odd path parameters and headers it reaches the domain's checks.
      fc.constant({ kind: 'json' as const, value: valid }),
      // Every text of it in another Unicode form, with invisible or look-alike characters.
      fc
        .constantFrom(...TEXT_VARIANTS)
        .map((variant) => ({ kind: 'json' as const, value: mapStrings(valid, variant) })),
      // A valid body with one field changed, removed or added: reaches the domain's checks.
      fc
        .tuple(fc.constantFrom(...paths), fc.constantFrom('set', 'delete'), nastyJson)
        .map(([path, change, value]) => ({
          kind: 'json' as const,
          value: mutate(sample ?? {}, path, change as 'set' | 'delete', value),
        })),
      fc.tuple(nasty, nastyJson).map(([key, value]) => ({
        kind: 'json' as const,
        value: { ...(sample as object), [key]: value },
      })),
      nastyJson.map((value) => ({ kind: 'json' as const, value })),
      fc
        .oneof(
          fc.constantFrom('{', '{"a":', '[1,2', '{"a":1}}', 'nul', '\u0000', '{"a":"\\u00"}', ''),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.nat({ max: 400_000 }).map((n) => `{"pad":"${'x'.repeat(n)}"}`),
          fc.nat({ max: 100_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
          fc.nat({ max: 50_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
        )
        .map((text) => ({ kind: 'raw' as const, text, contentType: 'application/json' })),
      fc.constant({ kind: 'none' as const }),
    );
  };

  async function send(
    request: FuzzRequest,
  ): Promise<{ status: number; text: string; type: string }> {
    const path = fillPath(request.route.path, request.params);
    const url = `${server.url}${path}${request.query ? `?${request.query}` : ''}`;
    const headers: Record<string, string> = { ...request.headers };
    if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;
    let body: string | undefined;
    if (request.body.kind === 'json') {
      body = JSON.stringify(request.body.value);
      if (body === undefined) delete headers['content-type'];
    } else if (request.body.kind === 'raw') {
      body = request.body.text;
      headers['content-type'] = request.body.contentType;
    }
    const method = request.route.method;
    const response = await fetch(url, {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
    });
    return {
      status: response.status,
      text: await response.text(),
      type: response.headers.get('content-type') ?? '',
    };
  }

  /** Bytes fetch will not send: broken request lines and header lines, straight onto a socket. */
  async function sendRaw(bytes: Buffer): Promise<string> {
    const { port } = new URL(server.url);
    return new Promise((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      socket.setTimeout(5_000, () => socket.destroy());
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('error', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.end(bytes);
    });
  }

  it(
    `never answers 5xx and never writes on a refused request (${FUZZ_SECONDS} s of random requests)`,
    async () => {
      // The digest sees a write: a new candidate changes it (once projected).
      await caughtUp(server);
      let digest = digestSqliteDirectory(server.dataDir);
      await fx.freshCandidate(fx.a);
      await caughtUp(server);
      expect(digestSqliteDirectory(server.dataDir)).not.toBe(digest);
      digest = digestSqliteDirectory(server.dataDir);
      const problems: string[] = [];
      const run = await fc.check(
        fc.asyncProperty(requests(), async (request) => {
          const { status, type } = await send(request);
          figures.requests += 1;
          figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
          const where = `${request.route.method} ${fillPath(request.route.path, request.params).slice(0, 120)}`;
          if (status >= 500) problems.push(`${where} → ${status} for ${summarize(request)}`);
          if (status >= 400 && !type.startsWith('application/problem+json')) {
            problems.push(`${where} → ${status} as ${type}, not a problem document`);
          }
          const accepted = status >= 200 && status < 300;
          // What an accepted request wrote reaches the read models asynchronously: wait for it.
          if (accepted) await caughtUp(server);
          const after = digestSqliteDirectory(server.dataDir);
          figures.digests += 1;
          if (accepted) {
            figures.accepted += 1;
            if (after !== digest) figures.changedByAccepted += 1;
          } else {
            figures.refused += 1;
            if (after !== digest) problems.push(`${where} → ${status} but the stored data changed`);
          }
          digest = after;
          return problems.length === 0;
        }),
        {
          numRuns: 1_000_000,
          interruptAfterTimeLimit: FUZZ_SECONDS * 1000,
          endOnFailure: true,
          ...seedOf(),
        },
      );
      expect(problems).toEqual([]);
      expect(run.failed ? `seed ${run.seed}: ${String(run.errorInstance)}` : 'passed').toBe(
        'passed',
      );
      expect(figures.requests).toBeGreaterThan(100);
    },
    (FUZZ_SECONDS + 60) * 1000,
  );

  it('survives broken HTTP on the socket and keeps serving', async () => {
    const broken = [
      'GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n',
      'POST /api/members HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      'POST /api/members HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
      'POST /api/members HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\nContent-Type: application/json\r\n\r\n{',
      `GET /api/members/${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
      'GET /api/members/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /api/orgs/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n',
      'BREW /coffee HTCPCP/1.0\r\n\r\n',
      '\u0016\u0003\u0001\u0000\u00a5\u0001\u0000', // a TLS hello on the plain port
      `POST /api/orgs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${server.token('admin')}\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n{"a":`,
    ];
    await caughtUp(server);
    const before = digestSqliteDirectory(server.dataDir);
    for (const text of broken) {
      const answer = await sendRaw(Buffer.from(text, 'latin1'));
      figures.raw += 1;
      figures.requests += 1;
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      expect({ text: text.slice(0, 60), status: status >= 500 ? status : 'not 5xx' }).toEqual({
        text: text.slice(0, 60),
        status: 'not 5xx',
      });
    }
    expect(digestSqliteDirectory(server.dataDir)).toBe(before);
    expect((await server.request('GET', '/health')).status).toBe(200);
  }, 60_000);
});

/** The request, shortened, for a failure message. */
function summarize(request: FuzzRequest): string {
  const body =
    request.body.kind === 'json'
      ? JSON.stringify(request.body.value)
      : request.body.kind === 'raw'
        ? request.body.text
        : '';
  const text = JSON.stringify({
    ...request,
    route: undefined,
    token: request.token?.slice(0, 12),
    body,
  });
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** A fixed seed when MEMBERFLOW_FUZZ_SEED is set (to replay a failure), random otherwise. */
function seedOf(): { seed?: number } {
  const seed = process.env.MEMBERFLOW_FUZZ_SEED;
  return seed === undefined ? {} : { seed: Number(seed) };
}
