import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { describeOnEachStore, startTestServer, type TestServer } from '../support/test-app';

describeOnEachStore(
  'a candidate taken to official member over HTTP (real server, real store)',
  (store) => {
    let server: TestServer;
    let officer: string;
    let tree: SmallProvince;
    /** Members seeded at a stage of the README's walk (test/support/member-stages.ts). */
    let given: Given;

    beforeAll(async () => {
      server = await startTestServer({}, store);
      tree = await buildSmallProvince(server, server.token('admin', '*'));
      officer = server.token('officer', 'huyen');
      given = givenOn(server, tree);
    });
    afterAll(() => server.close());

    const act = (
      id: string,
      action: string,
      body: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) =>
      server.request('POST', `/api/members/${id}/actions/${action}`, {
        token: officer,
        body,
        headers,
      });

    async function headPosition(): Promise<string> {
      return (await server.request('GET', '/health')).body.store.headPosition;
    }

    async function sourceCandidate(citizenId: string, extra: Record<string, unknown> = {}) {
      const response = await server.request('POST', '/api/members', {
        token: officer,
        body: {
          person: person(citizenId, extra),
          cellId: tree.cellId,
          proposedBy: 'youth_union',
          occurredOn: '2023-01-05',
        },
      });
      expect(response.status).toBe(201);
      return response;
    }

    it('takes a candidate through every stage to official member with a card', async () => {
      // The README's walk-through, every step a request: the behaviour under test, not a set-up.
      const id = (await sourceCandidate('038095000101')).body.id;
      const after = (action: string, body: Record<string, unknown>) => act(id, action, body);
      const dossier: [string, Record<string, unknown>][] = [
        [
          'complete-awareness-course',
          {
            certificateNo: 'GCN-123',
            issuer: 'Trung tâm Chính trị huyện Thọ Xuân',
            certificateDate: '2023-02-10',
            occurredOn: '2023-02-10',
          },
        ],
        ['submit-application', { occurredOn: '2023-03-01' }],
        ['record-background-check', { conclusion: 'clear', occurredOn: '2023-03-10' }],
        [
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
          'record-opinion',
          {
            source: 'mass_organization',
            favorable: true,
            summary: 'Đoàn cơ sở nhất trí',
            occurredOn: '2023-03-15',
          },
        ],
        [
          'record-opinion',
          {
            source: 'residence_cell',
            favorable: true,
            summary: 'Chi bộ nơi cư trú nhất trí',
            occurredOn: '2023-03-16',
          },
        ],
      ];
      for (const [action, body] of dossier) {
        const response = await after(action, body);
        expect({ action, status: response.status }).toEqual({ action, status: 200 });
      }
      const vote = await after('record-cell-vote', {
        vote: { entitled: 12, present: 10, inFavor: 8 },
        occurredOn: '2023-04-03',
        documentRef: '05-NQ/CB',
      });
      expect(vote.status).toBe(200);

      expect(
        (await server.request('GET', `/api/members/${id}`, { token: officer })).body.stage,
      ).toBe('cell_resolved');
      expect(
        (
          await after('record-committee-vote', {
            vote: { entitled: 9, inFavor: 7 },
            occurredOn: '2023-04-10',
          })
        ).status,
      ).toBe(200);
      const decided = await after('decide-admission', {
        decisionNo: '125-QĐ/HU',
        decidingUnitId: tree.districtId,
        occurredOn: '2023-05-02',
      });
      expect(decided.status).toBe(200);
      expect(decided.body.stage).toBe('admission_decided');
      expect((await after('hold-ceremony', { occurredOn: '2023-05-19' })).body.stage).toBe(
        'probationary',
      );
      expect(
        (
          await after('record-recognition-vote', {
            cellVote: { entitled: 12, inFavor: 11 },
            occurredOn: '2024-05-20',
          })
        ).status,
      ).toBe(200);
      const official = await after('recognize-official', {
        decisionNo: '310-QĐ/HU',
        decidingUnitId: tree.districtId,
        occurredOn: '2024-05-27',
      });
      expect(official.status).toBe(200);
      expect(official.body.stage).toBe('official');
      expect(official.body.dates.officialSince).toBe('2024-05-19');
      const carded = await after('issue-card', { cardNo: '38012345', occurredOn: '2024-06-03' });
      expect(carded.status).toBe(200);
      expect(carded.body.cards).toEqual([
        expect.objectContaining({ cardNo: '38012345', active: true }),
      ]);
      expect(carded.body.availableActions).toContain('record-rating');

      const read = await server.request('GET', `/api/members/${id}`, { token: officer });
      expect(read.headers.get('etag')).toBe(carded.headers.get('etag'));
      expect(read.body.stage).toBe('official');
    });

    it('refuses a step its stage does not allow (a decision before any vote) and stores nothing', async () => {
      const { id } = await given.member('courseCompleted', '038095000102');
      const before = await headPosition();

      const refused = await act(id, 'decide-admission', {
        decisionNo: '1-QĐ/HU',
        decidingUnitId: 'huyen',
        occurredOn: '2023-05-02',
      });

      expect(refused.status).toBe(422);
      expect(refused.body.rule).toBe('R-STAGE');
      expect(refused.body.message.vi).toBeTruthy();
      expect(await headPosition()).toBe(before);
    });

    it('records a failed cell vote (7/12) without resolving the candidate', async () => {
      const { id } = await given.member('dossierComplete', '038095000103');

      const vote = await act(id, 'record-cell-vote', {
        vote: { entitled: 12, present: 12, inFavor: 7 },
        occurredOn: '2023-04-03',
      });

      expect(vote.status).toBe(200);
      expect(vote.body.stage).toBe('applying');
      expect(vote.body.votes.cell.passed).toBe(false);
    });

    it('stores a name typed in NFD as NFC, and finds the same person whatever the normalization', async () => {
      const nfd = 'Nguyễn Thị Hồng'.normalize('NFD');
      const created = await sourceCandidate('038095000104', { fullName: `  ${nfd}  ` });
      expect(created.body.person.fullName).toBe('Nguyễn Thị Hồng'.normalize('NFC'));
      const history = await server.request('GET', `/api/members/${created.body.id}`, {
        token: officer,
      });
      expect(history.body.person.fullName).toBe('Nguyễn Thị Hồng'.normalize('NFC'));
    });

    it('refuses to source the same citizen twice (one person, one stream)', async () => {
      await given.member('sourced', '038095000105');
      const before = await headPosition();

      const again = await server.request('POST', '/api/members', {
        token: officer,
        body: {
          person: person('038095000105'),
          cellId: tree.cellId,
          proposedBy: 'youth_union',
          occurredOn: '2023-01-06',
        },
      });

      expect(again.status).toBe(422);
      expect(again.body.rule).toBe('R-STAGE');
      expect(await headPosition()).toBe(before);
    });

    it('answers an unknown member with 404 and an unknown action with 404', async () => {
      const unknown = await server.request(
        'GET',
        '/api/members/00000000-0000-5000-8000-000000000000',
        { token: officer },
      );
      expect(unknown.status).toBe(404);
      const { id } = await given.member('sourced', '038095000106');
      const action = await act(id, 'promote-to-general-secretary', { occurredOn: '2023-02-01' });
      expect(action.status).toBe(404);
      const actionOnUnknown = await act(
        '00000000-0000-5000-8000-000000000000',
        'submit-application',
        { occurredOn: '2023-02-01' },
      );
      expect(actionOnUnknown.status).toBe(404);
    });

    it('names every invalid field of an action body, nested ones by their path', async () => {
      const { id } = await given.member('sourced', '038095000107');

      const response = await act(id, 'complete-awareness-course', {
        certificateNo: 5,
        certificateDate: '2023-13-01',
        surprise: true,
      });
      expect(response.status).toBe(400);
      const fields = response.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'certificateNo',
          'issuer',
          'certificateDate',
          'occurredOn',
          'surprise',
        ]),
      );
      const nested = await server.request('POST', '/api/members', {
        token: officer,
        body: {
          person: person('12345', { gender: 'x' }),
          cellId: tree.cellId,
          proposedBy: 'youth_union',
          occurredOn: '2023-01-05',
        },
      });
      expect(nested.status).toBe(400);
      expect(nested.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['person.citizenId', 'person.gender']),
      );
      // Found by the fuzzer: an array where an object belongs was a 500.
      for (const wrong of [[], 'Nguyễn Văn An', 7]) {
        const shaped = await server.request('POST', '/api/members', {
          token: officer,
          body: {
            person: wrong,
            cellId: tree.cellId,
            proposedBy: 'youth_union',
            occurredOn: '2023-01-05',
          },
        });
        expect(shaped.status).toBe(400);
        expect(shaped.body.errors.map((e: { field: string }) => e.field)).toContain('person');
      }
    });

    it('lets exactly one of two concurrent commands with the same If-Match win; the other gets 412', async () => {
      const { id } = await given.member('sourced', '038095000108');
      const read = await server.request('GET', `/api/members/${id}`, { token: officer });
      const etag = read.headers.get('etag')!;
      const body = {
        certificateNo: 'G',
        issuer: 'TTCT',
        certificateDate: '2023-02-10',
        occurredOn: '2023-02-10',
      };

      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          act(id, 'complete-awareness-course', body, { 'if-match': etag }),
        ),
      );

      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(5);
      const history = await server.request('GET', `/api/members/${id}`, { token: officer });
      expect(history.body.revision).toBe(1);
    });

    it('decides concurrent commands without If-Match one after the other, losing none', async () => {
      const { id } = await given.member('official', '038095000109');

      // Both on the same day: whichever the server takes first, the other is not earlier than it.
      const years = [2024, 2025];
      const results = await Promise.all(
        years.map((year) =>
          act(id, 'record-rating', { year, grade: 'good', score: 80, occurredOn: '2026-01-10' }),
        ),
      );

      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const member = await server.request('GET', `/api/members/${id}`, { token: officer });
      expect(Object.keys(member.body.ratings).sort()).toEqual(['2024', '2025']);
    });

    it('replays an action with the same Idempotency-Key: same answer, no second append', async () => {
      const { id } = await given.member('sourced', '038095000110');
      const body = {
        certificateNo: 'G',
        issuer: 'TTCT',
        certificateDate: '2023-02-10',
        occurredOn: '2023-02-10',
      };
      const first = await act(id, 'complete-awareness-course', body, {
        'idempotency-key': 'course-110',
      });
      const position = await headPosition();
      const again = await act(id, 'complete-awareness-course', body, {
        'idempotency-key': 'course-110',
      });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(await headPosition()).toBe(position);
      const reused = await act(
        id,
        'complete-awareness-course',
        { ...body, certificateNo: 'OTHER' },
        { 'idempotency-key': 'course-110' },
      );
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
    });

    it('keeps an officer of another district out of this member', async () => {
      const { id } = await given.member('sourced', '038095000111');
      const outsider = server.token('officer', 'huyen-khac');

      expect((await server.request('GET', `/api/members/${id}`, { token: outsider })).status).toBe(
        403,
      );
      const write = await server.request('POST', `/api/members/${id}/actions/end-candidacy`, {
        token: outsider,
        body: { reason: 'x', occurredOn: '2023-02-01' },
      });
      expect(write.status).toBe(403);
    });
  },
);
