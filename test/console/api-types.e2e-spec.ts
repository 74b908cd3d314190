import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * The console's typed client (apps/console/src/api/openapi.d.ts) is generated from the api's OpenAPI
 * document: it must be the document of this api, or the console compiles against routes that are not
 * there. `npm run console:api-types` writes it again.
 */
describe('the console’s typed client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('is generated from the api’s current OpenAPI document', async () => {
    const script = join(__dirname, '../../apps/console/scripts/api-types.mjs');
    // Asynchronously: the server the script reads runs in this process.
    const stderr = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        [script, '--from', server.url, '--check'],
        { encoding: 'utf8', timeout: 60_000 },
        (error, _stdout, output) => resolve(error ? `${output}${error.message}` : output),
      );
    });
    expect(stderr).toBe('');
  }, 90_000);
});
