/**
 * Test support for the member decider: fixtures and the given/when/then helper. Not part of the public
 * API (index.ts does not export it). Uses node's assert so it compiles without the jest globals.
 */
import { deepStrictEqual, fail, ok, strictEqual } from 'node:assert';
import { createVietnamCalendar } from '../calendar/working-day-calendar';
import { fold, type Decision } from '../kernel/decider';
import type { Facts, MemberFacts, OrgFacts, VillageFacts } from '../kernel/facts';
import type { LocalDate } from '../kernel/local-date';
import { isRejection, type Rejection } from '../kernel/rejection';
import type { OrgKind } from '../org/org-kind';
import { POLICY_2021 } from '../policy/policy-2021';
import type {
  MemberCommand,
  MemberCommandOf,
  MemberContext,
  MemberPayloads,
} from './member.commands';
import { memberDecider } from './member.decider';
import type { MemberEvent, MemberEventOf, MemberEventType } from './member.events';
import type { MemberState } from './member.state';
import type { Person } from './person';
import type { RuleCode } from './rules';
import type { MemberAction } from './transitions';

export const MEMBER_ID = 'member-1';
export const TODAY: LocalDate = '2026-01-15';
export const CALENDAR = createVietnamCalendar();

function org(
  id: string,
  kind: OrgKind,
  ancestorIds: string[],
  extra: Partial<OrgFacts> = {},
): OrgFacts {
  return {
    id,
    kind,
    name: id,
    parentId: ancestorIds[0],
    active: true,
    admissionAuthority: false,
    ancestorIds,
    ...extra,
  };
}

/**
 * province → district → grassroots (no authority) → cell-1, cell-2; district → authorized (grassroots
 * committee with admission authority) → cell-a; district → grassroots-cell; province → other-district.
 */
export const ORGS: readonly OrgFacts[] = [
  org('province', 'province', []),
  org('district', 'direct_committee', ['province']),
  org('other-district', 'direct_committee', ['province']),
  org('grassroots', 'grassroots_committee', ['district', 'province']),
  org('authorized', 'grassroots_committee', ['district', 'province'], { admissionAuthority: true }),
  org('cell-1', 'cell', ['grassroots', 'district', 'province'], { residential: true }),
  org('cell-2', 'cell', ['grassroots', 'district', 'province']),
  org('cell-a', 'cell', ['authorized', 'district', 'province']),
  org('grassroots-cell', 'grassroots_cell', ['district', 'province']),
  org('dissolved-cell', 'cell', ['grassroots', 'district', 'province'], { active: false }),
  // The province's own grassroots organization, and a district merged into the province in 2025
  // whose grassroots committee is now the province's (the facts follow a merge to its target).
  org('province-grassroots-cell', 'grassroots_cell', ['province']),
  org('merged-district', 'direct_committee', ['province'], { active: false }),
  org('orphan-grassroots', 'grassroots_committee', ['merged-district', 'province']),
  org('orphan-cell', 'cell', ['orphan-grassroots', 'merged-district', 'province']),
  // The 2025 structure (QĐ 294, ADR 0014): a commune committee under the province, with a grassroots
  // cell and a village cell of its own; its zones make it a special area (R-EDUCATION).
  org('commune', 'direct_committee', ['province'], {
    attributes: { area: 'rural', level: 'commune', zones: ['mountainous', 'ethnic_minority'] },
  }),
  org('commune-grassroots-cell', 'grassroots_cell', ['commune', 'province']),
  org('village-cell', 'cell', ['commune', 'province'], { attributes: { area: 'rural' } }),
  org('border-cell', 'cell', ['grassroots', 'district', 'province'], {
    attributes: { area: 'border' },
  }),
];

function memberFacts(id: string, stage: string): MemberFacts {
  return {
    id,
    stage,
    cellId: 'cell-1',
    officialSince: stage === 'official' ? '2010-01-01' : undefined,
  };
}

export const MEMBERS: readonly MemberFacts[] = [
  memberFacts('helper-1', 'official'),
  memberFacts('intro-1', 'official'),
  memberFacts('intro-2', 'official'),
  memberFacts('probie', 'probationary'),
];

/** Villages of the commune `grassroots`: village-1 served by cell-1, village-2 without a cell. */
export const VILLAGES: readonly VillageFacts[] = [
  { id: 'village-1', name: 'Thôn 1', communeId: 'grassroots', cellId: 'cell-1', active: true },
  { id: 'village-2', name: 'Thôn 2', communeId: 'grassroots', cellId: undefined, active: true },
  { id: 'old-village', name: 'Thôn Cũ', communeId: 'grassroots', cellId: undefined, active: false },
];

export function factsOf(
  members: readonly MemberFacts[] = MEMBERS,
  orgs: readonly OrgFacts[] = ORGS,
  villages: readonly VillageFacts[] = VILLAGES,
): Facts {
  return {
    member: (id) => members.find((member) => member.id === id),
    org: (id) => orgs.find((unit) => unit.id === id),
    village: (id) => villages.find((village) => village.id === id),
  };
}

export function testContext(overrides: Partial<MemberContext> = {}): MemberContext {
  return { today: TODAY, policy: POLICY_2021, calendar: CALENDAR, facts: factsOf(), ...overrides };
}

export const PERSON: Person = {
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  dateOfBirth: '2000-03-15',
  ethnicity: 'kinh',
  citizenId: '001200012345',
  hometown: 'Hà Nội',
  residence: 'Phường Láng, Hà Nội',
  education: 'upper_secondary',
  professionalLevel: 'university',
  politicalTheory: 'elementary',
  occupation: 'Kỹ sư',
  youthUnionMember: true,
};

export function command<Action extends MemberAction>(
  action: Action,
  occurredOn: LocalDate,
  payload: MemberPayloads[Action],
  extra: { reason?: string; documentRef?: string } = {},
): MemberCommand {
  const built: MemberCommandOf<Action> = {
    action,
    memberId: MEMBER_ID,
    occurredOn,
    payload,
    ...extra,
  };
  return built as MemberCommand;
}

export function event<Type extends MemberEventType>(
  type: Type,
  occurredOn: LocalDate,
  data: MemberEventOf<Type>['data'],
): MemberEventOf<Type> {
  return { type, occurredOn, data } as MemberEventOf<Type>;
}

export interface Then {
  readonly decision: Decision<MemberEvent>;
  /** Exactly these events. */
  then(expected: readonly MemberEvent[]): void;
  /** Events, whatever they are; returns them for finer assertions. */
  thenAccepted(): readonly MemberEvent[];
  /** A rejection by `rule`; returns it for assertions on its message. */
  thenRejects(rule: RuleCode): Rejection;
}

/** `given(events).when(command).then(events)` or `.thenRejects('R-VOTE')`. */
export function given(events: readonly MemberEvent[], context: Partial<MemberContext> = {}) {
  const state: MemberState = fold(memberDecider, events);
  return {
    state,
    when(command: MemberCommand): Then {
      const decision = memberDecider.decide(command, state, testContext(context));
      const accepted = (): readonly MemberEvent[] => {
        if (isRejection(decision))
          fail(`expected events, got ${decision.rule}: ${decision.message.en}`);
        return decision;
      };
      return {
        decision,
        then: (expected) => deepStrictEqual(accepted(), expected),
        thenAccepted: accepted,
        thenRejects: (rule) => {
          ok(
            isRejection(decision),
            `expected a ${rule} rejection, got ${JSON.stringify(decision)}`,
          );
          strictEqual(decision.rule, rule, decision.message.en);
          return decision;
        },
      };
    },
  };
}

/** The state after the events and the decision's events (the decision must accept). */
export function stateAfter(
  events: readonly MemberEvent[],
  command: MemberCommand,
  context?: Partial<MemberContext>,
): MemberState {
  const produced = given(events, context).when(command).thenAccepted();
  return fold(memberDecider, [...events, ...produced]);
}

const TWO_THIRDS = POLICY_2021.admission.cellVote;

/** A candidate's history, stage by stage (dates in 2023–2024; cell-1 under a grassroots committee). */
export const SOURCED: readonly MemberEvent[] = [
  event('CandidateSourced', '2023-01-10', {
    person: PERSON,
    cellId: 'cell-1',
    proposedBy: 'youth_union',
  }),
];
export const COURSE_COMPLETED: readonly MemberEvent[] = [
  ...SOURCED,
  event('AwarenessCourseCompleted', '2023-03-01', {
    certificateNo: 'CN-2023-001',
    issuer: 'Trung tâm Chính trị quận',
    certificateDate: '2023-02-28',
  }),
];
export const APPLYING: readonly MemberEvent[] = [
  ...COURSE_COMPLETED,
  event('ApplicationSubmitted', '2023-04-03', { ageMonths: 276 }),
];
export const DOSSIER_COMPLETE: readonly MemberEvent[] = [
  ...APPLYING,
  event('BackgroundCheckRecorded', '2023-05-02', { conclusion: 'clear' }),
  event('IntroducersAssigned', '2023-05-03', {
    introducers: [
      { memberId: 'intro-1', knownSince: '2021-01-01' },
      { memberId: 'intro-2', knownSince: '2021-01-01' },
    ],
  }),
  event('OpinionRecorded', '2023-05-04', {
    source: 'mass_organization',
    favorable: true,
    summary: 'Đoàn cơ sở đồng ý',
  }),
  event('OpinionRecorded', '2023-05-05', {
    source: 'residence_cell',
    favorable: true,
    summary: 'Chi bộ nơi cư trú đồng ý',
  }),
];
export const CELL_RESOLVED: readonly MemberEvent[] = [
  ...DOSSIER_COMPLETE,
  event('CellVoteRecorded', '2023-06-01', {
    vote: { entitled: 12, inFavor: 9 },
    threshold: TWO_THIRDS,
    passed: true,
    ageMonths: 278,
  }),
];
export const COMMITTEE_ENDORSED: readonly MemberEvent[] = [
  ...CELL_RESOLVED,
  event('CommitteeVoteRecorded', '2023-06-15', {
    vote: { entitled: 9, inFavor: 7 },
    threshold: TWO_THIRDS,
    passed: true,
  }),
];
export const ADMISSION_DECIDED: readonly MemberEvent[] = [
  ...COMMITTEE_ENDORSED,
  event('AdmissionDecided', '2023-07-03', {
    decisionNo: '125-QĐ/HU',
    decidingUnitId: 'district',
    extended: false,
    workingDaysAfterResolution: 22,
    warnings: [],
  }),
];
export const PROBATIONARY: readonly MemberEvent[] = [
  ...ADMISSION_DECIDED,
  event('AdmittedAtCeremony', '2023-07-20', {
    probationEndsOn: '2024-07-20',
    workingDaysAfterDecision: 13,
  }),
];
export const RECOGNITION_VOTED: readonly MemberEvent[] = [
  ...PROBATIONARY,
  event('RecognitionVoteRecorded', '2024-07-22', {
    cellVote: { entitled: 12, inFavor: 10 },
    threshold: TWO_THIRDS,
    passed: true,
    warnings: [],
  }),
];
export const OFFICIAL: readonly MemberEvent[] = [
  ...RECOGNITION_VOTED,
  event('RecognizedAsOfficial', '2024-08-01', {
    decisionNo: '310-QĐ/HU',
    decidingUnitId: 'district',
    officialSince: '2024-07-20',
    warnings: [],
  }),
];

/** The same history for another person or cell. */
export function sourcedAs(
  events: readonly MemberEvent[],
  change: { person?: Partial<Person>; cellId?: string },
): MemberEvent[] {
  return events.map((item) =>
    item.type === 'CandidateSourced'
      ? {
          ...item,
          data: {
            ...item.data,
            person: { ...item.data.person, ...change.person },
            cellId: change.cellId ?? item.data.cellId,
          },
        }
      : item,
  );
}

/** An official member imported with the given dates (decision, ceremony) and a card. */
export function importedOfficial(
  decision: LocalDate,
  ceremony: LocalDate,
  on: LocalDate,
): MemberEvent[] {
  return [
    event('MemberRegistered', on, {
      person: PERSON,
      cellId: 'cell-1',
      stage: 'official',
      admissionDecisionDate: decision,
      ceremonyDate: ceremony,
      cardNo: '01000123',
      cardIssuedOn: on,
    }),
  ];
}
