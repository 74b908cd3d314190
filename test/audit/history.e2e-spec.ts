import { startTestServer, type TestServer } from '../support/test-app';
import { CELL, establishTree, person } from './audit-fixtures';

describe("a member's history over HTTP", () => {
  let server: TestServer;
  let officer: string;
  let auditor: string;
  let memberId: string;
  const who = person({ fullName: 'Phạm Văn Nam', religion: 'Không' });

  beforeAll(async () => {
    server = await startTestServer();
    officer = server.token('officer', 'xa-a', 'can-bo-xa-a');
    auditor = server.token('auditor', '*');
    await establishTree(server);
    const sourced = await server.request('POST', '/api/members', {
      token: officer,
      body: { person: who, cellId: CELL, proposedBy: 'youth_union', occurredOn: '2024-01-10' },
    });
    expect(sourced.status).toBe(201);
    memberId = sourced.body.id;
    const course = await server.request(
      'POST',
      `/api/members/${memberId}/actions/complete-awareness-course`,
      {
        token: officer,
        body: {
          certificateNo: 'CN-2024-017',
          issuer: 'Trung tâm Chính trị huyện A',
          certificateDate: '2024-03-01',
          occurredOn: '2024-03-03',
          documentRef: 'CN-2024-017',
        },
      },
    );
    expect(course.status).toBe(200);
    const corrected = await server.request(
      'POST',
      `/api/members/${memberId}/actions/correct-details`,
      {
        token: officer,
        body: {
          person: { fullName: 'Phạm Văn Năm', occupation: 'Giáo viên' },
          reason: 'Sai chính tả họ tên, theo căn cước công dân',
          occurredOn: '2024-04-02',
        },
      },
    );
    expect(corrected.status).toBe(200);
  });
  afterAll(() => server?.close());

  const history = (query = '', headers: Record<string, string> = {}) =>
    server.request('GET', `/api/members/${memberId}/history${query}`, { token: auditor, headers });

  it('lists every event in order with its business date, record time, actor, document, policy and rules', async () => {
    const response = await history();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: memberId,
      stage: 'course_completed',
      revision: 2,
      count: 3,
    });
    const [sourced, course, correction] = response.body.events;
    expect(sourced).toMatchObject({
      revision: 0,
      type: 'CandidateSourced',
      occurredOn: '2024-01-10',
      action: 'source-candidate',
      actor: { id: 'can-bo-xa-a', role: 'officer', orgId: 'xa-a' },
      policyVersion: expect.any(String),
      rulesSource: 'recorded',
      prevHash: '0'.repeat(64),
    });
    expect(Date.parse(sourced.recordedAt)).not.toBeNaN();
    expect(sourced.rulesPassed.map((rule: { code: string }) => rule.code)).toEqual(
      expect.arrayContaining(['R-STAGE', 'R-PERSON', 'R-CELL-ACTIVE']),
    );
    expect(course).toMatchObject({
      type: 'AwarenessCourseCompleted',
      documentRef: 'CN-2024-017',
      prevHash: sourced.hash,
    });
    expect(correction).toMatchObject({
      type: 'DetailsCorrected',
      reason: 'Sai chính tả họ tên, theo căn cước công dân',
      prevHash: course.hash,
    });
  });

  it('shows a correction as an event with the old and new value of each field, the original left as it was', async () => {
    const [sourced, , correction] = (await history()).body.events;
    expect(correction.changes).toEqual(
      expect.arrayContaining([
        { field: 'fullName', old: 'Phạm Văn Nam', new: 'Phạm Văn Năm' },
        { field: 'occupation', old: 'Kỹ sư', new: 'Giáo viên' },
      ]),
    );
    expect(correction.changes).toHaveLength(2);
    expect(sourced.data.person.fullName).toBe('Phạm Văn Nam');
    const current = await server.request('GET', `/api/members/${memberId}`, { token: auditor });
    expect(current.body.person.fullName).toBe('Phạm Văn Năm');
  });

  it('filters by business date range and by type', async () => {
    const march = await history('?from=2024-03-01&to=2024-03-31');
    expect(march.body.events.map((e: { type: string }) => e.type)).toEqual([
      'AwarenessCourseCompleted',
    ]);
    expect(march.body.filter).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    const corrections = await history('?type=DetailsCorrected');
    expect(corrections.body.count).toBe(1);
    const two = await history('?type=DetailsCorrected&type=CandidateSourced');
    expect(two.body.events.map((e: { revision: number }) => e.revision)).toEqual([0, 2]);
    const bad = await history('?from=2024-13-01&type=Nope');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['from', 'type']);
  });

  it('documents the audit routes in the OpenAPI document', async () => {
    const document = await server.request('GET', '/api/docs-json');
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/members/{id}/history',
        '/api/members/{id}/state',
        '/api/members/{id}/verify',
        '/api/audit/verify',
      ]),
    );
    const history = document.body.paths['/api/members/{id}/history'].get;
    expect(history.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['id', 'from', 'to', 'type']),
    );
  });

  it('exports CSV when asked with Accept: text/csv', async () => {
    const response = await history('?type=DetailsCorrected', { accept: 'text/csv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="member-${memberId}-history.csv"`,
    );
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].split(',').slice(0, 4)).toEqual(['revision', 'position', 'eventId', 'type']);
    expect(lines[1]).toContain('DetailsCorrected');
    expect(lines[1]).toContain('fullName: Phạm Văn Nam → Phạm Văn Năm');
    expect(lines[1]).toContain('can-bo-xa-a');
  });
});
