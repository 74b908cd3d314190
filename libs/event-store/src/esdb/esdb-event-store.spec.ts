import { randomBytes } from 'node:crypto';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { openEsdbEventStore } from './esdb-event-store';

const url = process.env.MEMBERFLOW_TEST_ESDB_URL;

if (url) {
  // $all is shared by every test on the server: each test gets streams of its own behind a prefix.
  describeEventStoreContract(
    'EventStoreDB',
    async () => {
      const store = await openEsdbEventStore({
        url,
        streamPrefix: `mft_${randomBytes(6).toString('hex')}-`,
      });
      return { store, destroy: () => store.close() };
    },
    { findsAnyEventId: false, keepsSubmissionOrder: false },
  );
} else {
  process.stderr.write(
    'SKIPPED: EventStoreDB contract suite — MEMBERFLOW_TEST_ESDB_URL is not set (e.g. esdb://localhost:2113?tls=false)\n',
  );
  describe.skip('EventStoreDB event store', () => {
    it('needs an EventStoreDB server (MEMBERFLOW_TEST_ESDB_URL)', () => undefined);
  });
}
