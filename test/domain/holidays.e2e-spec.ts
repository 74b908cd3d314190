import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSmallProvince, type SmallProvince } from '../support/fixtures';
import { givenOn } from '../support/given';
import { recorded } from '../support/member-stages';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * Deadlines count working days on the Vietnamese holidays (domain-rules.md, calendar): 2026 as announced
 * (National Day 29/8–2/9, Monday 31/8 worked on Saturday 22/8), and a deployment adds a newly enacted
 * holiday by configuration (MEMBERFLOW_HOLIDAYS), no release needed. R-CEREMONY-LATE: the ceremony
 * within 30 working days of the decision.
 */
describe('working days on the 2026 holidays and a deployment’s own, over HTTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'memberflow-holidays-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A member whose admission was decided on Monday 24/8/2026, holding the ceremony on `on`. */
  async function ceremonyOn(
    server: TestServer,
    tree: SmallProvince,
    citizenId: string,
    on: string,
  ) {
    const given = givenOn(server, tree);
    const member = await given.member('committeeEndorsed', citizenId);
    await given.append(member, [
      recorded('decide-admission', 'AdmissionDecided', '2026-08-24', {
        decisionNo: '125-QĐ/HU',
        decidingUnitId: tree.districtId,
        extended: false,
        workingDaysAfterResolution: 700,
        warnings: [],
      }),
    ]);
    return server.request('POST', `/api/members/${member.id}/actions/hold-ceremony`, {
      token: server.token('admin', '*'),
      body: { occurredOn: on },
    });
  }

  describe('the shipped calendar', () => {
    let server: TestServer;
    let tree: SmallProvince;
    beforeAll(async () => {
      server = await startTestServer();
      tree = await buildSmallProvince(server, server.token('admin', '*'));
    });
    afterAll(() => server.close());

    it('puts the 30th working day after Monday 24/8/2026 on Thursday 8/10, the five days of 2/9 off', async () => {
      // 25–28/8 (4); 29/8–2/9 off; 3–4/9 (6); 7–11/9 (11); … 5–8/10 (30). Without 31/8 swapped for
      // Saturday 22/8, Monday 31/8 would be the 5th and 7/10 the 30th.
      const onTime = await ceremonyOn(server, tree, '038095000601', '2026-10-08');
      expect(onTime.status).toBe(200);
      expect(onTime.body.stage).toBe('probationary');
      const late = await ceremonyOn(server, tree, '038095000602', '2026-10-09');
      expect({ status: late.status, rule: late.body.rule }).toEqual({
        status: 422,
        rule: 'R-CEREMONY-LATE',
      });
      expect(late.body.message.vi).toContain('31 ngày làm việc');
    });
  });

  describe('a holiday the deployment adds (MEMBERFLOW_HOLIDAYS)', () => {
    let server: TestServer;
    let tree: SmallProvince;
    beforeAll(async () => {
      const file = join(dir, 'ngay-nghi.json');
      writeFileSync(file, JSON.stringify({ holidays: { add: ['2026-09-21'] } }));
      server = await startTestServer({ MEMBERFLOW_HOLIDAYS: file });
      tree = await buildSmallProvince(server, server.token('admin', '*'));
    });
    afterAll(() => server.close());

    it('counts the added day out: Friday 9/10/2026, late on the shipped calendar, is the 30th working day', async () => {
      expect((await ceremonyOn(server, tree, '038095000603', '2026-10-09')).status).toBe(200);
      const late = await ceremonyOn(server, tree, '038095000604', '2026-10-12');
      expect(late.body.rule).toBe('R-CEREMONY-LATE');
    });
  });

  it('does not start on a holiday file it cannot read', async () => {
    await expect(
      startTestServer({ MEMBERFLOW_HOLIDAYS: join(dir, 'khong-co.json') }),
    ).rejects.toThrow(/MEMBERFLOW_HOLIDAYS: cannot read/);
  });
});
