/**
 * One tamper-evidence suite for every store: members are written through the command path, their rows are
 * then edited, deleted and reordered with plain SQL, and both verification routes must fail and name the
 * right event.
 */
import type { StoredEvent } from '@memberflow/event-store';
import type { TestServer } from '../support/test-app';
import {
  establishTree,
  eventsOf,
  memberWithCorrections,
  verifyWholeStore,
  type NdjsonLine,
} from './audit-fixtures';
import type { Tamper } from './tamper';

export interface TamperSetup {
  readonly server: TestServer;
  tamper(): Promise<Tamper>;
  teardown(): Promise<void>;
}

interface Scenario {
  readonly name: string;
  /** Does the damage to the member's four events (revisions 0–3). */
  readonly act: (tamper: Tamper, events: StoredEvent[]) => Promise<void>;
  /** What the verification must report, given the events as they were. */
  readonly expected: (events: StoredEvent[]) => Record<string, unknown>;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'an edited correction (data changed in place)',
    act: (tamper, events) =>
      tamper.editData(events[2].eventId, {
        changes: [{ field: 'fullName', old: 'Nguyễn Văn An I', new: 'Trần Văn Bình' }],
      }),
    expected: (events) => ({ revision: 2, eventId: events[2].eventId, reason: 'hash_mismatch' }),
  },
  {
    name: 'an edited actor (metadata changed in place)',
    act: (tamper, events) =>
      tamper.editMetadata(events[1].eventId, {
        ...events[1].metadata,
        actor: { id: 'someone-else', role: 'admin', orgId: '*' },
      }),
    expected: (events) => ({ revision: 1, eventId: events[1].eventId, reason: 'hash_mismatch' }),
  },
  {
    name: 'a deleted event in the middle of the stream',
    act: (tamper, events) => tamper.deleteEvent(events[1].eventId),
    // Revision 1 is missing; the event found in its place is the former revision 2.
    expected: (events) => ({ revision: 1, eventId: events[2].eventId, reason: 'missing_event' }),
  },
  {
    name: 'a deleted last event',
    act: (tamper, events) => tamper.deleteEvent(events[3].eventId),
    expected: () => ({ revision: 3, reason: 'missing_tail' }),
  },
  {
    name: 'two events reordered within the stream (revisions swapped)',
    act: (tamper, events) => tamper.swapRevisions(events[1].streamId, 1, 2),
    // The stream now reads the former revision 2 first: it links to revision 1's hash, not revision 0's.
    expected: (events) => ({ revision: 1, eventId: events[2].eventId, reason: 'broken_link' }),
  },
  {
    name: 'two events reordered in the global log (positions swapped)',
    act: (tamper, events) => tamper.swapPositions(events[1].eventId, events[2].eventId),
    expected: (events) => ({ revision: 2, eventId: events[2].eventId, reason: 'out_of_order' }),
  },
];

export function describeTamperEvidence(storeName: string, setUp: () => Promise<TamperSetup>): void {
  describe(`tamper evidence on ${storeName} (rows changed outside the API)`, () => {
    let setup: TamperSetup;
    let auditor: string;
    let untouched: string;
    const members: { scenario: Scenario; memberId: string; events: StoredEvent[] }[] = [];

    beforeAll(async () => {
      setup = await setUp();
      auditor = setup.server.token('auditor', '*');
      await establishTree(setup.server);
      untouched = await memberWithCorrections(setup.server, 3);
      for (const scenario of SCENARIOS) {
        const memberId = await memberWithCorrections(setup.server, 3);
        members.push({ scenario, memberId, events: await eventsOf(setup.server, memberId) });
      }
    }, 60_000);

    afterAll(async () => {
      await setup?.teardown();
    });

    it('verifies every stream before anyone touches the rows', async () => {
      const { status, lines } = await verifyWholeStore(setup.server, auditor);
      expect(status).toBe(200);
      expect(lines.at(-1)).toMatchObject({ type: 'done', ok: true, brokenStreams: 0 });
      expect(lines.at(-1)?.rootHash).toMatch(/^[0-9a-f]{64}$/);
      for (const { memberId } of members) {
        const response = await setup.server.request('GET', `/api/members/${memberId}/verify`, {
          token: auditor,
        });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ id: memberId, ok: true, count: 4 });
      }
    });

    describe('after the rows were tampered with', () => {
      beforeAll(async () => {
        const tamper = await setup.tamper();
        try {
          for (const { scenario, events } of members) await scenario.act(tamper, events);
        } finally {
          await tamper.close();
        }
      });

      it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
        'GET /api/members/{id}/verify fails on %s and names the event',
        async (_name, scenario) => {
          const { memberId, events } = members.find((m) => m.scenario === scenario)!;
          const response = await setup.server.request('GET', `/api/members/${memberId}/verify`, {
            token: auditor,
          });
          expect(response.status).toBe(200);
          expect(response.body).toMatchObject({
            id: memberId,
            ok: false,
            firstBad: { streamId: events[0].streamId, ...scenario.expected(events) },
          });
          expect(response.body.firstBad.message.vi).toBeTruthy();
          expect(response.body.firstBad.message.en).toBeTruthy();
        },
      );

      it('GET /api/audit/verify streams progress and names the first bad event of each broken stream', async () => {
        const { status, contentType, lines } = await verifyWholeStore(setup.server, auditor);
        expect(status).toBe(200);
        expect(contentType).toContain('application/x-ndjson');
        expect(lines[0]).toMatchObject({ type: 'start' });
        expect(lines.some((line) => line.type === 'progress')).toBe(true);
        const broken = lines.filter((line) => line.type === 'broken');
        expect(broken).toHaveLength(SCENARIOS.length);
        for (const { scenario, events } of members) {
          expect(broken).toContainEqual(
            expect.objectContaining({ streamId: events[0].streamId, ...scenario.expected(events) }),
          );
        }
        const untouchedStream = `member-${untouched}`;
        expect(broken.map((line: NdjsonLine) => line.streamId)).not.toContain(untouchedStream);
        expect(lines.at(-1)).toMatchObject({
          type: 'done',
          ok: false,
          brokenStreams: SCENARIOS.length,
        });
        expect(lines.at(-1)?.rootHash).toBeUndefined();
      });

      it('still verifies the untouched member', async () => {
        const response = await setup.server.request('GET', `/api/members/${untouched}/verify`, {
          token: auditor,
        });
        expect(response.body).toMatchObject({ ok: true, count: 4 });
      });
    });
  });
}
