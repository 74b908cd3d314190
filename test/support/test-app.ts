import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig, type AppConfig, type Role, issueToken } from '@memberflow/application';
import { describeWithPostgres, dropSchemas, uniqueSchema } from './postgres';

/** A real server on a free loopback port over a real store file in a fresh temporary directory. */
export interface TestServer {
  readonly url: string;
  readonly dataDir: string;
  readonly config: AppConfig;
  readonly app: INestApplication;
  token(role: Role, org?: string, subject?: string): string;
  request(method: string, path: string, options?: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface RequestOptions {
  readonly token?: string;
  readonly body?: unknown;
  /** Sent as is (for malformed bodies). */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

export interface TestResponse {
  readonly status: number;
  readonly headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  readonly body: any;
  readonly text: string;
}

/** The event stores the end-to-end suites run on. */
export type StoreKind = 'sqlite' | 'postgres';

/**
 * Runs a suite on the embedded SQLite store and on PostgreSQL (a schema of its own per server, dropped
 * at close); the PostgreSQL run follows {@link describeWithPostgres}.
 */
export function describeOnEachStore(title: string, suite: (store: StoreKind) => void): void {
  describe(`${title} [SQLite]`, () => suite('sqlite'));
  describeWithPostgres(`${title} [PostgreSQL]`, () => suite('postgres'));
}

export async function startTestServer(
  env: Record<string, string> = {},
  store: StoreKind = 'sqlite',
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-test-'));
  const postgres = store === 'postgres' ? uniqueSchema('mf_e2e') : undefined;
  if (postgres) env = { MEMBERFLOW_EVENT_STORE: postgres.url, ...env };
  const config = loadConfig({
    MEMBERFLOW_DATA_DIR: dataDir,
    PORT: '0',
    MEMBERFLOW_LOG_LEVEL: 'silent',
    ...env,
  });
  const { app, secrets } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    dataDir,
    config,
    app,
    token: (role, org = '*', subject = `${role}-tester`) =>
      issueToken(secrets.signingSecret, { subject, roles: [role], org, expiresIn: '1h' }),
    request: (method, path, options = {}) => send(url, method, path, options),
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (postgres) await dropSchemas(postgres.schema);
    },
  };
}

async function send(
  url: string,
  method: string,
  path: string,
  options: RequestOptions,
): Promise<TestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${url}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: parseJson(text), text };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // not JSON (CSV, HTML): the test reads `text`
  }
}
