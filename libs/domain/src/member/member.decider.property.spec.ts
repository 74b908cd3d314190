import fc from 'fast-check';
import { fold } from '../kernel/decider';
import { addDays, addMonths, yearOf, type LocalDate } from '../kernel/local-date';
import { isRejection } from '../kernel/rejection';
import type { MemberCommand } from './member.commands';
import { memberDecider } from './member.decider';
import type { MemberEvent } from './member.events';
import {
  DISCIPLINE_FORMS,
  HELP_GROUNDS,
  MASS_ORGANIZATIONS,
  NAME_REMOVAL_GROUNDS,
  POSITIONS,
  RATING_GRADES,
} from './member.vocabulary';
import { MEMBER_STAGES } from './stages';
import {
  COMMON_RULES,
  MEMBER_ACTIONS,
  TRANSITIONS,
  availableActions,
  isAllowedFrom,
  targetStages,
  type MemberAction,
} from './transitions';
import { PERSON, command, testContext } from './testing';

/** A command to build once its date is known (payload dates are relative to it). */
type Build = (on: LocalDate) => MemberCommand;

/** Mostly valid values, so sequences progress, and sometimes invalid ones, so rules fire. */
function mostly<T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalid });
}

const cell = mostly(
  fc.constantFrom('cell-1', 'cell-2', 'cell-a', 'grassroots-cell'),
  fc.constantFrom('dissolved-cell', 'cell-9'),
);
const unit = mostly(
  fc.constantFrom('district', 'province'),
  fc.constantFrom('grassroots', 'authorized', 'other-district', 'cell-1'),
);
const someone = mostly(
  fc.constantFrom('helper-1', 'intro-1', 'intro-2'),
  fc.constantFrom('probie', 'member-1', 'nobody'),
);
const tally = mostly(
  fc.integer({ min: 8, max: 12 }).map((inFavor) => ({ entitled: 12, inFavor })),
  fc
    .record({ entitled: fc.integer({ min: 1, max: 12 }), inFavor: fc.integer({ min: 0, max: 13 }) })
    .map(({ entitled, inFavor }) => ({ entitled, inFavor })),
);
const person = fc
  .record({
    dateOfBirth: mostly(
      fc.constant('2000-03-15'),
      fc.constantFrom('2005-06-10', '1960-01-01', '2010-01-01'),
    ),
    citizenId: mostly(fc.constant(PERSON.citizenId), fc.constant('123')),
    youthUnionMember: fc.boolean(),
  })
  .map((change) => ({ ...PERSON, ...change }));
/** A position somewhere, right or wrong for it, sometimes with what another position needs. */
const position = fc
  .record({
    position: fc.constantFrom(...POSITIONS),
    villageId: fc.option(fc.constantFrom('village-1', 'village-2', 'old-village'), {
      nil: undefined,
    }),
    unitId: fc.option(fc.constantFrom('cell-1', 'grassroots', 'district', 'dissolved-cell'), {
      nil: undefined,
    }),
    organization: fc.option(fc.constantFrom(...MASS_ORGANIZATIONS), { nil: undefined }),
  })
  .map(({ villageId, unitId, organization, ...rest }) => ({
    ...rest,
    ...(villageId === undefined ? {} : { villageId }),
    ...(unitId === undefined ? {} : { unitId }),
    ...(organization === undefined ? {} : { organization }),
  }));
const ref = fc.option(fc.constantFrom('45-CV/TU', '88-CV/HU'), { nil: undefined });
const monthsBack = (months: number) => (on: LocalDate) => addMonths(on, -months);

/** Every action, with payloads that are sometimes valid and sometimes not. */
const BUILDS: { readonly [Action in MemberAction]: fc.Arbitrary<Build> } = {
  'source-candidate': fc
    .record({
      person,
      cellId: cell,
      proposedBy: fc.constantFrom(...MASS_ORGANIZATIONS),
      helperId: fc.option(someone, { nil: undefined }),
    })
    .map((payload) => (on) => command('source-candidate', on, payload)),
  'register-existing': fc
    .record({
      person,
      cellId: cell,
      decisionBack: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      ceremonyBack: fc.option(fc.integer({ min: 0, max: 380 }), { nil: undefined }),
      cardNo: fc.option(fc.constant('0100'), { nil: undefined }),
    })
    .map(
      (row) => (on) =>
        command('register-existing', on, {
          person: row.person,
          cellId: row.cellId,
          admissionDecisionDate:
            row.decisionBack === undefined ? undefined : addDays(on, -row.decisionBack),
          ceremonyDate: row.ceremonyBack === undefined ? undefined : addDays(on, -row.ceremonyBack),
          cardNo: row.cardNo,
        }),
    ),
  'assign-helper': someone.map((helperId) => (on) => command('assign-helper', on, { helperId })),
  'complete-awareness-course': mostly(
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 58, max: 70 }),
  ).map(
    (months) => (on) =>
      command('complete-awareness-course', on, {
        certificateNo: 'CN',
        issuer: 'TTCT',
        certificateDate: monthsBack(months)(on),
      }),
  ),
  'submit-application': ref.map(
    (overAgeConsentRef) => (on) => command('submit-application', on, { overAgeConsentRef }),
  ),
  'record-background-check': fc
    .constantFrom('clear', 'concerns' as const)
    .map(
      (conclusion) => (on) =>
        command('record-background-check', on, { conclusion: conclusion as 'clear' }),
    ),
  'assign-introducers': fc
    .record({
      pair: mostly(
        fc.constant<[string, string]>(['intro-1', 'intro-2']),
        fc.tuple(someone, someone),
      ),
      months: mostly(fc.integer({ min: 12, max: 30 }), fc.integer({ min: 6, max: 11 })),
      resolution: fc.boolean(),
    })
    .map(
      ({ pair, months, resolution }) =>
        (on) =>
          command('assign-introducers', on, {
            introducers: (resolution ? pair.slice(0, 1) : pair).map((memberId) => ({
              memberId,
              knownSince: monthsBack(months)(on),
            })),
            organizationResolution: resolution
              ? { organization: 'youth_union', resolutionRef: 'NQ' }
              : undefined,
          }),
    ),
  'record-opinion': fc
    .record({
      source: fc.constantFrom('mass_organization' as const, 'residence_cell' as const),
      favorable: fc.boolean(),
    })
    .map((opinion) => (on) => command('record-opinion', on, { ...opinion, summary: '' })),
  'record-cell-vote': tally.map((vote) => (on) => command('record-cell-vote', on, { vote })),
  'record-committee-vote': tally.map(
    (vote) => (on) => command('record-committee-vote', on, { vote }),
  ),
  'decide-admission': fc
    .record({ decidingUnitId: unit, extended: fc.boolean() })
    .map((payload) => (on) => command('decide-admission', on, { ...payload, decisionNo: 'QĐ' })),
  'refuse-admission': unit.map(
    (decidingUnitId) => (on) =>
      command('refuse-admission', on, { decidingUnitId, decisionNo: 'QĐ', reason: 'x' }),
  ),
  'hold-ceremony': ref.map(
    (superiorConsentRef) => (on) => command('hold-ceremony', on, { superiorConsentRef }),
  ),
  'record-recognition-vote': fc
    .record({ cellVote: tally, committeeVote: fc.option(tally, { nil: undefined }) })
    .map((payload) => (on) => command('record-recognition-vote', on, payload)),
  'recognize-official': unit.map(
    (decidingUnitId) => (on) =>
      command('recognize-official', on, { decidingUnitId, decisionNo: 'QĐ' }),
  ),
  'refuse-recognition': fc
    .record({ decidingUnitId: unit, vote: tally })
    .map((payload) => (on) => command('refuse-recognition', on, { ...payload, decisionNo: 'QĐ' })),
  'issue-card': fc
    .record({
      cardNo: fc.constantFrom('1', '2', '3'),
      reissue: fc.option(fc.constant('lost' as const), { nil: undefined }),
    })
    .map((payload) => (on) => command('issue-card', on, payload)),
  transfer: fc.oneof(
    cell.map(
      (targetCellId) => (on: LocalDate) =>
        command('transfer', on, {
          kind: 'permanent',
          targetCellId,
          introducedOn: addDays(on, -10),
        }),
    ),
    fc
      .record({
        targetCellId: cell,
        months: fc.integer({ min: 1, max: 26 }),
        training: fc.boolean(),
      })
      .map(
        ({ targetCellId, months, training }) =>
          (on: LocalDate) =>
            command('transfer', on, {
              kind: 'temporary',
              targetCellId,
              purpose: training ? 'training' : 'work',
              until: addMonths(on, months),
            }),
      ),
    fc.constant((on: LocalDate) => command('transfer', on, { kind: 'return' })),
  ),
  'record-rating': fc
    .record({ back: fc.integer({ min: -1, max: 3 }), grade: fc.constantFrom(...RATING_GRADES) })
    .map(
      ({ back, grade }) =>
        (on) =>
          command('record-rating', on, { year: yearOf(on) - back, grade }),
    ),
  'grant-exemption': fc.constant((on: LocalDate) =>
    command('grant-exemption', on, { ground: 'ill' }),
  ),
  'end-exemption': fc.constant((on: LocalDate) => command('end-exemption', on, {})),
  'award-badge': fc
    .constantFrom(1, 30, 35)
    .map((milestoneYears) => (on) => command('award-badge', on, { milestoneYears })),
  'put-on-help-list': fc
    .record({ grounds: fc.subarray([...HELP_GROUNDS]), vote: tally })
    .map((payload) => (on) => command('put-on-help-list', on, payload)),
  'clear-help-list': fc.constant((on: LocalDate) =>
    command('clear-help-list', on, { summary: '' }),
  ),
  discipline: fc
    .record({
      form: fc.constantFrom(...DISCIPLINE_FORMS),
      decidingUnitId: unit,
      vote: fc.option(tally, { nil: undefined }),
      inspectionApprovalRef: ref,
    })
    .map(
      (payload) => (on) =>
        command('discipline', on, { ...payload, decisionNo: 'QĐ', violation: 'x' }),
    ),
  'remove-name': fc
    .record({ ground: fc.constantFrom(...NAME_REMOVAL_GROUNDS), decidingUnitId: unit })
    .map((payload) => (on) => command('remove-name', on, { ...payload, decisionNo: 'QĐ' })),
  'accept-withdrawal': unit.map(
    (decidingUnitId) => (on) =>
      command('accept-withdrawal', on, {
        decidingUnitId,
        decisionNo: 'QĐ',
        requestedOn: addDays(on, -3),
      }),
  ),
  'record-death': fc.constant((on: LocalDate) => command('record-death', on, {})),
  'end-candidacy': fc.constant((on: LocalDate) => command('end-candidacy', on, { reason: 'x' })),
  readmit: fc
    .option(cell, { nil: undefined })
    .map((cellId) => (on) => command('readmit', on, { consentRef: 'CV', cellId })),
  'correct-details': fc
    .record({
      fullName: fc.constantFrom('Nguyễn Văn Ân', 'Lê Thị B', 'x1'),
      reason: fc.option(fc.constant('Sai'), { nil: undefined }),
    })
    .map(
      ({ fullName, reason }) =>
        (on) =>
          command('correct-details', on, { person: { fullName } }, { reason }),
    ),
  'assign-position': position.map((payload) => (on) => command('assign-position', on, payload)),
  'end-position': position.map((payload) => (on) => command('end-position', on, payload)),
  'record-residence-village': fc
    .constantFrom('village-1', 'village-2', 'old-village', 'nowhere')
    .map((villageId) => (on) => command('record-residence-village', on, { villageId })),
};

/** Days between steps: mostly forward, sometimes back (R-DATE-ORDER), sometimes far (stale, 36 months). */
const gap = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 1200 }) },
  { weight: 1, arbitrary: fc.integer({ min: -20, max: -1 }) },
);

/**
 * One step: a command for every action, and which to send. Mostly one the table allows from the
 * current stage (so sequences get far into the lifecycle), sometimes any action at all.
 */
const step = fc.record({
  builds: fc.record(BUILDS),
  pick: fc.nat(),
  anyAction: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  gap,
});
const steps = fc.array(step, { minLength: 1, maxLength: 60, size: 'max' });
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Actions that end a lifecycle are picked less often, so sequences live long enough to go far. */
const ENDINGS: readonly MemberAction[] = [
  'end-candidacy',
  'refuse-admission',
  'refuse-recognition',
  'remove-name',
  'accept-withdrawal',
  'record-death',
  'discipline',
];
const guided = (action: MemberAction): MemberAction[] =>
  Array<MemberAction>(ENDINGS.includes(action) ? 1 : 6).fill(action);

interface Run {
  readonly stagesReached: Set<string>;
}

/** Plays the steps, checking each decision against the table and the fold; returns what it reached. */
function play(sequence: readonly Step[]): Run {
  const context = testContext();
  let state = memberDecider.initialState;
  let on: LocalDate = '2015-01-05';
  const history: MemberEvent[] = [];
  const stagesReached = new Set<string>();
  for (const { builds, pick, anyAction, gap: days } of sequence) {
    on = addDays(on, days);
    const choices = anyAction ? MEMBER_ACTIONS : availableActions(state).flatMap(guided);
    const cmd = builds[choices[pick % choices.length]](on);
    const transition = TRANSITIONS[cmd.action];
    const decision = memberDecider.decide(cmd, state, context);
    if (isRejection(decision)) {
      expect([...COMMON_RULES, ...transition.rules]).toContain(decision.rule);
      continue;
    }
    expect(isAllowedFrom(cmd.action, state.stage)).toBe(true);
    for (const produced of decision) expect(transition.emits).toContain(produced.type);
    const next = decision.reduce(memberDecider.evolve, state);
    expect(targetStages(cmd.action, state.stage)).toContain(next.stage);
    history.push(...decision);
    expect(fold(memberDecider, history)).toEqual(next);
    state = next;
    stagesReached.add(state.stage);
  }
  return { stagesReached };
}

describe('the member decider, over random command sequences', () => {
  it('reaches only what the table allows, and folding its events reproduces its state', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        play(sequence);
      }),
      { numRuns: 300 },
    );
  });

  it('is exercised everywhere: the generated sequences reach every stage (fixed seed)', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(steps, (sequence) => {
        for (const stage of play(sequence).stagesReached) reached.add(stage);
      }),
      { numRuns: 400, seed: 20260115 },
    );
    expect([...reached].sort()).toEqual([...MEMBER_STAGES].sort());
  });
});
