import type { EventStore, StoredEvent } from '@memberflow/event-store';
import { EVENT_STORE, MEMBER_AGGREGATE, ProjectionService } from '@memberflow/application';
import { buildSmallProvince, person, type SmallProvince } from './fixtures';
import { givenOn, type Given } from './given';
import { STAGE_FIXTURES, type StageFixture } from './member-stages';
import { describeOnEachStore, startTestServer, type TestServer } from './test-app';

/**
 * The stage fixtures stand for the requests of the README's walk: a member seeded at a stage must be,
 * for every test that starts from it, the member those requests leave. Walked once over HTTP, compared
 * with a member seeded at each stage: the events and what the command path records with them, the
 * member as the API answers it (stage, available actions, ETag), its hash chain, and the projections.
 */
describeOnEachStore(
  'a member seeded at a stage of the walk, against the walk over HTTP',
  (store) => {
    let server: TestServer;
    let tree: SmallProvince;
    let officer: string;
    let auditor: string;
    let given: Given;

    beforeAll(async () => {
      server = await startTestServer({}, store);
      tree = await buildSmallProvince(server, server.token('admin', '*'));
      officer = server.token('officer', tree.districtId);
      auditor = server.token('auditor', '*');
      // Recorded as the walking officer, so that the metadata compares as a whole.
      given = givenOn(server, tree, {
        id: 'officer-tester',
        role: 'officer',
        orgId: tree.districtId,
      });
    });
    afterAll(() => server.close());

    /** The README's requests after sourcing, each with the fixture it completes. */
    const requests = (): [StageFixture, string, Record<string, unknown>][] => [
      [
        'courseCompleted',
        'complete-awareness-course',
        {
          certificateNo: 'GCN-123',
          issuer: 'Trung tâm Chính trị huyện Thọ Xuân',
          certificateDate: '2023-02-10',
          occurredOn: '2023-02-10',
        },
      ],
      ['applying', 'submit-application', { occurredOn: '2023-03-01' }],
      [
        'dossierComplete',
        'record-background-check',
        { conclusion: 'clear', occurredOn: '2023-03-10' },
      ],
      [
        'dossierComplete',
        'assign-introducers',
        {
          introducers: tree.introducerIds.map((memberId) => ({
            memberId,
            knownSince: '2021-01-01',
          })),
          occurredOn: '2023-03-11',
        },
      ],
      [
        'dossierComplete',
        'record-opinion',
        {
          source: 'mass_organization',
          favorable: true,
          summary: 'Đoàn cơ sở nhất trí',
          occurredOn: '2023-03-15',
        },
      ],
      [
        'dossierComplete',
        'record-opinion',
        {
          source: 'residence_cell',
          favorable: true,
          summary: 'Chi bộ nơi cư trú nhất trí',
          occurredOn: '2023-03-16',
        },
      ],
      [
        'cellResolved',
        'record-cell-vote',
        {
          vote: { entitled: 12, present: 10, inFavor: 8 },
          documentRef: '05-NQ/CB',
          occurredOn: '2023-04-03',
        },
      ],
      [
        'committeeEndorsed',
        'record-committee-vote',
        { vote: { entitled: 9, inFavor: 7 }, occurredOn: '2023-04-10' },
      ],
      [
        'admissionDecided',
        'decide-admission',
        { decisionNo: '125-QĐ/HU', decidingUnitId: tree.districtId, occurredOn: '2023-05-02' },
      ],
      ['probationary', 'hold-ceremony', { occurredOn: '2023-05-19' }],
      [
        'recognitionVoted',
        'record-recognition-vote',
        { cellVote: { entitled: 12, inFavor: 11 }, occurredOn: '2024-05-20' },
      ],
      [
        'official',
        'recognize-official',
        { decisionNo: '310-QĐ/HU', decidingUnitId: tree.districtId, occurredOn: '2024-05-27' },
      ],
    ];

    /** What the command path records, but for the ids it makes up and who the person is. */
    function recorded(events: readonly StoredEvent[]) {
      return events.map(({ revision, type, schemaVersion, data, metadata }) => {
        const { commandId, correlationId, causationId, fingerprint, ...rest } = metadata;
        expect(typeof commandId === 'string' && causationId === commandId).toBe(true);
        expect(typeof correlationId === 'string' && typeof fingerprint === 'string').toBe(true);
        return { revision, type, schemaVersion, data: anonymous(data), metadata: rest };
      });
    }

    /** The member as the API answers it, with the person's citizen ID left out. */
    async function answered(id: string) {
      const read = await server.request('GET', `/api/members/${id}`, { token: officer });
      expect(read.status).toBe(200);
      return { etag: read.headers.get('etag'), member: anonymous({ ...read.body, id: 'same' }) };
    }

    /** The member as the projections show it (the officers' search by citizen ID). */
    async function found(citizenId: string) {
      const search = await server.request('GET', `/api/members?q=${citizenId}`, { token: officer });
      expect(search.status).toBe(200);
      expect(search.body.items).toHaveLength(1);
      return anonymous({ ...search.body.items[0], id: 'same' });
    }

    async function streamOf(id: string): Promise<StoredEvent[]> {
      const events: StoredEvent[] = [];
      const store = server.app.get<symbol, EventStore>(EVENT_STORE);
      for await (const event of store.readStream(MEMBER_AGGREGATE.streamId(id))) events.push(event);
      return events;
    }

    it('seeds, stage by stage, what the requests of the walk record and answer', async () => {
      const compared: StageFixture[] = [];
      const expectSeededLikeWalked = async (fixture: StageFixture, walked: string) => {
        const citizenId = `0380950009${String(10 + compared.length)}`;
        const seeded = await given.member(fixture, citizenId, { projections: 'caught-up' });
        expect({ fixture, events: recorded(seeded.events) }).toEqual({
          fixture,
          events: recorded(await streamOf(walked)),
        });
        expect({ fixture, ...(await answered(seeded.id)) }).toEqual({
          fixture,
          ...(await answered(walked)),
        });
        const verified = await server.request('GET', `/api/members/${seeded.id}/verify`, {
          token: auditor,
        });
        expect(verified.body).toMatchObject({ ok: true, count: seeded.events.length });
        expect({ fixture, found: await found(citizenId) }).toEqual({
          fixture,
          found: await found(WALKED),
        });
        compared.push(fixture);
      };

      const sourced = await server.request('POST', '/api/members', {
        token: officer,
        body: {
          person: person(WALKED),
          cellId: tree.cellId,
          proposedBy: 'youth_union',
          occurredOn: '2023-01-05',
        },
      });
      expect(sourced.status).toBe(201);
      const walked: string = sourced.body.id;
      await expectSeededLikeWalked('sourced', walked);
      const steps = requests();
      for (const [index, [fixture, action, body]] of steps.entries()) {
        const response = await server.request('POST', `/api/members/${walked}/actions/${action}`, {
          token: officer,
          body,
        });
        expect({ action, status: response.status }).toEqual({ action, status: 200 });
        if (steps[index + 1]?.[0] !== fixture) {
          await server.app.get(ProjectionService).runner.waitUntilCaughtUp();
          await expectSeededLikeWalked(fixture, walked);
        }
      }
      expect(compared).toEqual(STAGE_FIXTURES);
    });
  },
);

const WALKED = '038095000901';

/** A value with every citizen ID in it replaced by the same placeholder. */
function anonymous<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/"citizenId":"[^"]*"/g, '"citizenId":"…"')) as T;
}
