import fc from 'fast-check';
import { addDays, type LocalDate } from '@memberflow/domain';
import {
  isAllowedFrom,
  targetStages,
  type MemberAction,
  type MemberCommand,
  type MemberState,
} from '@memberflow/domain/member';
import {
  EVENT_STORE,
  MEMBER_AGGREGATE,
  memberIdForCitizen,
  CommandService,
  loadStream,
} from '@memberflow/application';
import { verifyStream, type EventStore } from '@memberflow/event-store';
import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { describeOnEachStore, startTestServer, type TestServer } from '../support/test-app';

type Step = { action: MemberAction; payload: object };

/** Payloads for the actions a random officer tries, with votes and dates drawn at random. */
function payloadArbitrary(tree: SmallProvince): fc.Arbitrary<Step> {
  const vote = fc.record({
    entitled: fc.integer({ min: 3, max: 15 }),
    inFavor: fc.integer({ min: 0, max: 15 }),
  });
  const decision = { decisionNo: '1-QĐ/HU', decidingUnitId: tree.districtId };
  // Endings are rarer than steps forward, so that sequences reach the late stages.
  const ENDINGS: readonly MemberAction[] = ['remove-name', 'end-candidacy', 'record-death'];
  const of = <A extends MemberAction>(action: A, payload: fc.Arbitrary<object>) => ({
    arbitrary: payload.map((p) => ({ action: action as MemberAction, payload: p })),
    weight: ENDINGS.includes(action) ? 1 : 8,
  });
  return fc.oneof(
    of(
      'complete-awareness-course',
      fc.constant({ certificateNo: 'G', issuer: 'TTCT', certificateDate: '2020-01-10' }),
    ),
    of('submit-application', fc.constant({})),
    of(
      'record-background-check',
      fc.constantFrom({ conclusion: 'clear' }, { conclusion: 'concerns' }),
    ),
    of(
      'assign-introducers',
      fc.constant({
        introducers: tree.introducerIds.map((memberId) => ({ memberId, knownSince: '2018-01-01' })),
      }),
    ),
    of(
      'record-opinion',
      fc.record({
        source: fc.constantFrom('mass_organization', 'residence_cell'),
        favorable: fc.boolean(),
        summary: fc.constant('ý kiến'),
      }),
    ),
    of('record-cell-vote', fc.record({ vote })),
    of('record-committee-vote', fc.record({ vote })),
    of('decide-admission', fc.constant(decision)),
    of('hold-ceremony', fc.constant({})),
    of('record-recognition-vote', fc.record({ cellVote: vote })),
    of('recognize-official', fc.constant(decision)),
    of('issue-card', fc.constant({ cardNo: '38000001' })),
    of(
      'record-rating',
      fc.record({
        year: fc.integer({ min: 2020, max: 2025 }),
        grade: fc.constantFrom('good', 'complete'),
        score: fc.constant(75),
      }),
    ),
    of('remove-name', fc.constant({ ...decision, ground: 'dues_unpaid' })),
    of('end-candidacy', fc.constant({ reason: 'chuyển công tác' })),
    of('readmit', fc.constant({ consentRef: '9-CV/TU' })),
    of('record-death', fc.constant({})),
  );
}

describeOnEachStore(
  'the command path over a real store, driven by random command sequences',
  (kind) => {
    let server: TestServer;
    let commands: CommandService;
    let store: EventStore;
    let tree: SmallProvince;
    const principal = { id: 'property-tester', roles: ['admin' as const], orgScope: '*' };

    beforeAll(async () => {
      server = await startTestServer({}, kind);
      tree = await buildSmallProvince(server, server.token('admin', '*'));
      commands = server.app.get(CommandService);
      store = server.app.get(EVENT_STORE);
    });
    afterAll(() => server.close());

    it('folds stored events into the state the decider reached, moves only along the table, and keeps every chain intact', async () => {
      let citizen = 200000000000;
      const accepted = new Map<string, number>();
      const stagesReached = new Set<string>();
      const rejected = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              // Mostly an action the stage offers (so sequences get deep), sometimes any action at all.
              follow: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
              pick: fc.nat(),
              anyStep: payloadArbitrary(tree),
              offered: fc.array(payloadArbitrary(tree), { minLength: 8, maxLength: 8 }),
              days: fc.oneof(
                { arbitrary: fc.integer({ min: 0, max: 20 }), weight: 12 },
                { arbitrary: fc.integer({ min: 0, max: 400 }), weight: 1 },
              ),
            }),
            { minLength: 1, maxLength: 50, size: 'max' },
          ),
          async (steps) => {
            citizen += 1;
            const id = memberIdForCitizen(
              server.config.idSalt ?? readSalt(server),
              String(citizen),
            );
            let date: LocalDate = '2020-01-06';
            const run = async (command: MemberCommand): Promise<void> => {
              const before = await loadStream(store, MEMBER_AGGREGATE, id);
              const head = await store.headPosition();
              const result = await commands.execute({
                aggregate: MEMBER_AGGREGATE as never,
                id,
                command,
                principal,
                fingerprint: `${command.action}-${date}`,
                correlationId: 'property',
              });
              if (result.kind === 'rejected') {
                const rule = result.rejection.rule;
                rejected.set(rule, (rejected.get(rule) ?? 0) + 1);
                expect(await store.headPosition()).toBe(head);
                return;
              }
              if (result.kind !== 'ok') throw new Error(`refused: ${result.kind}`);
              const after = await loadStream(store, MEMBER_AGGREGATE, id);
              accepted.set(command.action, (accepted.get(command.action) ?? 0) + 1);
              stagesReached.add((after.state as MemberState).stage);
              expect(after.state).toEqual(result.state);
              const reachable = targetStages(command.action, (before.state as MemberState).stage);
              expect(reachable).toContain((after.state as MemberState).stage);
            };
            await run({
              action: 'source-candidate',
              memberId: id,
              occurredOn: date,
              payload: {
                person: person(String(citizen)),
                cellId: tree.cellId,
                proposedBy: 'youth_union',
              },
            } as MemberCommand);
            for (const { follow, pick, anyStep, offered, days } of steps) {
              const next = addDays(date, days);
              if (next > '2026-06-30') break;
              date = next;
              const stage = (await loadStream(store, MEMBER_AGGREGATE, id)).state.stage;
              const candidates = follow
                ? offered.filter((step) => isAllowedFrom(step.action, stage))
                : [];
              const { action, payload } =
                candidates.length > 0 ? candidates[pick % candidates.length] : anyStep;
              await run({ action, memberId: id, occurredOn: date, payload } as MemberCommand);
            }
            const verification = await verifyStream(
              store.readStream(MEMBER_AGGREGATE.streamId(id)),
            );
            expect(verification.ok).toBe(true);
          },
        ),
        { numRuns: 60 },
      );
      // The sequences must get far enough for the property to mean something.
      expect(accepted.get('record-cell-vote')).toBeGreaterThan(0);
      expect(rejected.get('R-STAGE')).toBeGreaterThan(0);
      expect([...stagesReached]).toEqual(
        expect.arrayContaining(['sympathizer', 'applying', 'cell_resolved', 'candidacy_ended']),
      );
    });
  },
);

function readSalt(server: TestServer): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the embedded salt file, read as the server does
  return (require('node:fs') as typeof import('node:fs'))
    .readFileSync(`${server.dataDir}/id-salt`, 'utf8')
    .trim();
}
