import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startChildServer,
  strongSecret,
  withoutColours,
  type ChildServer,
} from '../security/support/child-server';

/**
 * What an operator reads at the default level (issue 17 §9): one line per request, none for the
 * OpenAPI page's static files, no framework start-up chatter, no warning for a documented setting, and
 * no admin-token hint that could not work.
 */
describe('the server log at the default level (pretty format)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-log-lines-'));
  let server: ChildServer;

  beforeAll(async () => {
    server = await startChildServer({
      env: {
        MEMBERFLOW_DATA_DIR: dataDir,
        MEMBERFLOW_LOG_FORMAT: 'pretty',
        MEMBERFLOW_JWT_SECRET: strongSecret(),
        MEMBERFLOW_RATE_LIMIT_PER_TOKEN: '0',
        MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '0',
      },
    });
    for (const path of [
      '/metrics',
      '/api/docs/',
      '/api/docs/swagger-ui.css',
      '/api/orgs/x',
      '/nowhere',
    ]) {
      await fetch(`${server.url}${path}`);
    }
    // The request log is written when each answer has finished.
    for (let tries = 0; tries < 50 && !server.output().includes('(no route) 404'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 90_000);
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const lines = () => withoutColours(server.output()).split('\n');
  const httpLines = () => lines().filter((line) => line.includes('[http]'));

  it('gives one line per request, naming method, route, status and duration', () => {
    expect(httpLines().filter((line) => line.includes('/metrics'))).toEqual([
      expect.stringMatching(/\[http\] GET \/metrics 200 [\d.]+ ms$/),
    ]);
    expect(httpLines().some((line) => /GET \/api\/orgs\/x 401/.test(line))).toBe(true);
    expect(httpLines().some((line) => /GET \(no route\) 404/.test(line))).toBe(true);
  });

  it('logs no static file and no multi-line object', () => {
    expect(httpLines().filter((line) => line.includes('(no route) 200'))).toEqual([]);
    expect(server.output()).not.toContain('Object(');
  });

  it('keeps the framework’s start-up lines and a documented setting’s warning out', () => {
    expect(server.output()).not.toMatch(/RouterExplorer|RoutesResolver|InstanceLoader/);
    expect(server.output()).not.toContain('No throttlers');
  });

  it('gives no admin-token hint when the signing secret is configured', () => {
    expect(server.output()).not.toContain('admin token');
    expect(server.output()).toContain('serving on');
  });
});

describe('a start that fails for a reason the operator fixes', () => {
  it('prints the reason alone, without a stack, and exits 1', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-start-failure-'));
    try {
      const server = await startChildServer({
        env: {
          MEMBERFLOW_DATA_DIR: dataDir,
          MEMBERFLOW_LOG_FORMAT: 'pretty',
          // A port nothing listens on, with few retries: the store is unreachable.
          MEMBERFLOW_EVENT_STORE: 'postgres://postgres@127.0.0.1:1/test?connectAttempts=1',
        },
        waitReady: false,
      });
      const { code } = await server.exited;
      const output = withoutColours(server.output()).trim();
      expect(code).toBe(1);
      expect(output).toMatch(
        /^PostgreSQL event store unreachable at 127\.0\.0\.1:1\b.*ECONNREFUSED/,
      );
      expect(output).not.toMatch(/\n\s+at /);
      expect(output.split('\n')).toHaveLength(1);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
