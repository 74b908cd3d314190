import { join } from 'node:path';
import { startTestServer } from '../support/test-app';
import { sqliteTamper } from './tamper';
import { describeTamperEvidence } from './tamper-scenarios';

describeTamperEvidence('SQLite', async () => {
  const server = await startTestServer();
  return {
    server,
    // The server keeps its store open: the tamperer opens the same file beside it, as a person would.
    tamper: async () => sqliteTamper(join(server.dataDir, 'events.db')),
    teardown: () => server.close(),
  };
});
