import { givenOn } from '../support/given';
import { recorded } from '../support/member-stages';
import { startTestServer, type TestServer } from '../support/test-app';
import { CELL, establishTree, person } from './audit-fixtures';

/**
 * Every timer but Date stays real, so the server keeps serving; only the record time the store gives
 * the events seeded meanwhile follows the clock the test sets.
 */
function recordAt(instant: string): void {
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
    now: new Date(instant),
  });
}

/**
 * Given a history with a late entry (issue 4), seeded step by step under the clock of its record time:
 * sourced on 10 January 2024 (recorded that day); the awareness course completed on 3 March, recorded
 * only on 10 March; a correction on 20 March (recorded that day).
 */
describe('state as of a business date, as known at a record time (late entries)', () => {
  let server: TestServer;
  let auditor: string;
  let memberId: string;

  beforeAll(async () => {
    server = await startTestServer();
    auditor = server.token('auditor', '*');
    await establishTree(server);
    const given = givenOn(server);
    try {
      recordAt('2024-01-10T03:00:00.000Z');
      const sourced = await given.stream([
        recorded('source-candidate', 'CandidateSourced', '2024-01-10', {
          person: person({ fullName: 'Lê Thị Hoa', gender: 'female' }),
          cellId: CELL,
          proposedBy: 'youth_union',
        }),
      ]);
      memberId = sourced.id;
      recordAt('2024-03-10T02:00:00.000Z');
      const late = await given.append(sourced, [
        recorded(
          'complete-awareness-course',
          'AwarenessCourseCompleted',
          '2024-03-03',
          {
            certificateNo: 'CN-2024-017',
            issuer: 'Trung tâm Chính trị huyện A',
            certificateDate: '2024-03-03',
          },
          { documentRef: 'CN-2024-017' },
        ),
      ]);
      recordAt('2024-03-20T03:00:00.000Z');
      await given.append(late, [
        recorded(
          'correct-details',
          'DetailsCorrected',
          '2024-03-20',
          { changes: [{ field: 'fullName', old: 'Lê Thị Hoa', new: 'Lê Thị Hòa' }] },
          { reason: 'sai dấu, theo căn cước' },
        ),
      ]);
    } finally {
      jest.useRealTimers();
    }
  }, 30_000);

  afterAll(() => server?.close());

  const stateAt = (asOf: string, knownAt: string) =>
    server.request(
      'GET',
      `/api/members/${memberId}/state?asOf=${asOf}&knownAt=${encodeURIComponent(knownAt)}`,
      {
        token: auditor,
      },
    );

  it('records the late entry with its real record time', async () => {
    const history = await server.request('GET', `/api/members/${memberId}/history`, {
      token: auditor,
    });
    expect(history.status).toBe(200);
    expect(
      history.body.events.map((e: { occurredOn: string; recordedAt: string; late: boolean }) => [
        e.occurredOn,
        e.recordedAt,
        e.late,
      ]),
    ).toEqual([
      ['2024-01-10', '2024-01-10T03:00:00.000Z', false],
      ['2024-03-03', '2024-03-10T02:00:00.000Z', true],
      ['2024-03-20', '2024-03-20T03:00:00.000Z', false],
    ]);
  });

  it('as of 5 March, as known today: the course is folded, and named as a late entry that is included', async () => {
    const response = await stateAt('2024-03-05', '2026-01-01T00:00:00Z');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      asOf: '2024-03-05',
      knownAt: '2026-01-01T00:00:00.000Z',
      existed: true,
      revision: 1,
      stage: 'course_completed',
      state: { person: { fullName: 'Lê Thị Hoa' } },
      summary: {
        included: 2,
        excludedByAsOf: 1,
        excludedByKnownAt: 0,
        lateIncluded: 1,
        lateExcludedByKnownAt: 0,
      },
    });
    expect(response.body.lateEvents).toEqual([
      expect.objectContaining({
        revision: 1,
        type: 'AwarenessCourseCompleted',
        occurredOn: '2024-03-03',
        recordedAt: '2024-03-10T02:00:00.000Z',
        daysLate: 7,
        included: true,
        excludedBy: [],
      }),
    ]);
  });

  it('as of 5 March, as known on 6 March: still a sympathizer; the late course is named as excluded by knownAt', async () => {
    const response = await stateAt('2024-03-05', '2024-03-06T00:00:00Z');
    expect(response.body).toMatchObject({
      revision: 0,
      stage: 'sympathizer',
      summary: { included: 1, lateIncluded: 0, lateExcludedByKnownAt: 1 },
    });
    expect(response.body.lateEvents).toEqual([
      expect.objectContaining({ revision: 1, included: false, excludedBy: ['knownAt'] }),
    ]);
  });

  it('as of 2 March, as known today: a sympathizer; the course had not happened yet, nothing late matters', async () => {
    const response = await stateAt('2024-03-02', '2026-01-01T00:00:00Z');
    expect(response.body).toMatchObject({ revision: 0, stage: 'sympathizer', lateEvents: [] });
    expect(response.body.events[1]).toMatchObject({
      late: true,
      included: false,
      excludedBy: ['asOf'],
    });
  });

  it('as of 2 March, as known on 6 March: a sympathizer, the course neither happened nor known', async () => {
    const response = await stateAt('2024-03-02', '2024-03-06T00:00:00Z');
    expect(response.body).toMatchObject({ revision: 0, stage: 'sympathizer', lateEvents: [] });
    expect(response.body.events[1]).toMatchObject({
      included: false,
      excludedBy: ['asOf', 'knownAt'],
    });
  });

  it('reads knownAt as a date (the end of that day in Vietnam) and the correction by its record time', async () => {
    const before = await stateAt('2024-03-31', '2024-03-19');
    expect(before.body).toMatchObject({
      knownAt: '2024-03-19T16:59:59.999Z',
      revision: 1,
      state: { person: { fullName: 'Lê Thị Hoa' } },
    });
    const after = await stateAt('2024-03-31', '2024-03-20');
    expect(after.body).toMatchObject({
      revision: 2,
      state: { person: { fullName: 'Lê Thị Hòa' } },
    });
  });

  it('answers before the first event with the initial state', async () => {
    const response = await stateAt('2023-12-31', '2026-01-01T00:00:00Z');
    expect(response.body).toMatchObject({ existed: false, revision: null, stage: 'new' });
  });

  it('defaults to today and now, and refuses malformed times with 400 naming them', async () => {
    const now = await server.request('GET', `/api/members/${memberId}/state`, { token: auditor });
    expect(now.body).toMatchObject({ revision: 2, summary: { included: 3 } });
    const bad = await server.request(
      'GET',
      `/api/members/${memberId}/state?asOf=2024-02-30&knownAt=yesterday`,
      {
        token: auditor,
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['asOf', 'knownAt']);
  });
});
