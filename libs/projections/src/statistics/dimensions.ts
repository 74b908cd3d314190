import { monthsBetween, type LocalDate } from '@memberflow/domain';
import { ORG_AREAS } from '@memberflow/domain/org';
import {
  EDUCATION_LEVELS,
  GENDERS,
  MAJORITY_ETHNICITY,
  MEMBERSHIP_STAGES,
  POLITICAL_THEORY_LEVELS,
  PROFESSIONAL_LEVELS,
  REMOVAL_FORMS,
  RATING_GRADES,
  type MemberEvent,
  type MemberState,
  type Person,
} from '@memberflow/domain/member';
import { rolesOf } from './leadership';

/**
 * What the statistics count (domain.md §4), as data: each dimension names its values and how a member
 * falls into one, so the projection, the queries and the report shape all follow from these lists.
 */
export interface Dimension {
  readonly name: string;
  readonly values: readonly string[];
  readonly of: (state: MemberState) => string | undefined;
}

/** Breakdowns of the members (probationary and official). */
export const MEMBER_DIMENSIONS: readonly Dimension[] = [
  { name: 'gender', values: GENDERS, of: (s) => s.person?.gender },
  {
    name: 'ethnicity',
    values: ['kinh', 'minority'],
    of: (s) => s.person && (s.person.ethnicity === MAJORITY_ETHNICITY ? 'kinh' : 'minority'),
  },
  {
    name: 'religion',
    values: ['religious', 'none'],
    of: (s) => s.person && (s.person.religion ? 'religious' : 'none'),
  },
  { name: 'education', values: EDUCATION_LEVELS, of: (s) => s.person?.education },
  {
    name: 'professionalLevel',
    values: PROFESSIONAL_LEVELS,
    of: (s) => s.person?.professionalLevel,
  },
  {
    name: 'politicalTheory',
    values: POLITICAL_THEORY_LEVELS,
    of: (s) => s.person?.politicalTheory,
  },
  {
    name: 'youthUnion',
    values: ['member', 'not_member'],
    of: (s) => s.person && (s.person.youthUnionMember ? 'member' : 'not_member'),
  },
  {
    name: 'exemption',
    values: ['exempt', 'active'],
    of: (s) => (s.exemption ? 'exempt' : 'active'),
  },
];

/** Age bands in whole years on the date asked about; the first one also takes anyone younger. */
export const AGE_BANDS = [
  { band: '18-30', maxAge: 30 },
  { band: '31-40', maxAge: 40 },
  { band: '41-50', maxAge: 50 },
  { band: '51-60', maxAge: 60 },
  { band: 'over-60', maxAge: Number.POSITIVE_INFINITY },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['band'];

export function ageOn(dateOfBirth: LocalDate, on: LocalDate): number {
  return Math.floor(monthsBetween(dateOfBirth, on) / 12);
}

export function ageBandOn(dateOfBirth: LocalDate, on: LocalDate): AgeBand {
  const age = ageOn(dateOfBirth, on);
  return (AGE_BANDS.find((band) => age <= band.maxAge) ?? AGE_BANDS[AGE_BANDS.length - 1]).band;
}

export function isCountedMember(state: MemberState): boolean {
  return (MEMBERSHIP_STAGES as readonly string[]).includes(state.stage);
}

/**
 * What a person adds to the counts of their cell: their stage, and for members every dimension's
 * value and their birth date (age bands depend on the date asked about, so births are counted and the
 * bands worked out when asked). Undefined for a stream with no person or cell.
 */
export interface Contribution {
  readonly cellId: string;
  readonly stage: string;
  /** `dimension.value` for each member dimension; empty for non-members. */
  readonly values: readonly string[];
  readonly bornOn: LocalDate | undefined;
  /** What the member leads and where they live (leadership.ts), sorted; empty for non-members. */
  readonly roles: readonly string[];
}

export function contributionOf(state: MemberState): Contribution | undefined {
  if (!state.person || !state.cellId) return undefined;
  if (!isCountedMember(state)) {
    return { cellId: state.cellId, stage: state.stage, values: [], bornOn: undefined, roles: [] };
  }
  const values: string[] = [];
  for (const dimension of MEMBER_DIMENSIONS) {
    const value = dimension.of(state);
    if (value !== undefined) values.push(`${dimension.name}.${value}`);
  }
  return {
    cellId: state.cellId,
    stage: state.stage,
    values,
    bornOn: state.person.dateOfBirth,
    roles: rolesOf(state),
  };
}

/**
 * The counters a contribution adds to. A member's birth is counted by year, by month and by day, all
 * rolled up through the tree (age bands are worked out when asked: full years from the year counters,
 * the years around a band's edge from the months, the edge month itself from the days), so that a
 * unit's age bands are a bounded number of its own rows whatever the size of its subtree.
 */
export function contributionMetrics(contribution: Contribution): string[] {
  const metrics = [`stage.${contribution.stage}`, ...contribution.values];
  if (contribution.bornOn) {
    metrics.push(
      'members',
      bornMetric(contribution.bornOn.slice(0, 4)),
      bornMetric(contribution.bornOn.slice(0, 7)),
      bornMetric(contribution.bornOn),
    );
  }
  return metrics;
}

const BIRTH_GRAINS = { 4: 'y', 7: 'm', 10: 'd' } as const;
export type BirthGrain = (typeof BIRTH_GRAINS)[keyof typeof BIRTH_GRAINS];

/**
 * `born.y.1985` (a year), `born.m.1985-03` (a month) or `born.d.1985-03-14` (a day): each grain a key
 * range of its own, so that reading a unit's years does not walk its months and days.
 */
export function bornMetric(period: string): string {
  return `${bornPrefix(BIRTH_GRAINS[period.length as keyof typeof BIRTH_GRAINS])}${period}`;
}

export function bornPrefix(grain: BirthGrain): string {
  return `born.${grain}.`;
}

/**
 * A worklist step's counters: by the month and by the day it is due, rolled up through the tree, so
 * that the number of steps due by a date under a unit is a bounded number of that unit's rows.
 */
export function dueMetrics(dueOn: LocalDate): [string, string] {
  return [`${duePrefix('m')}${dueOn.slice(0, 7)}`, `${duePrefix('d')}${dueOn}`];
}

export function duePrefix(grain: 'm' | 'd'): string {
  return `due.${grain}.`;
}

/**
 * Flows are events counted in the period they happened in: admissions, recognitions, removals by form,
 * ratings by grade, cards issued, deaths. Each is dated (imported members bring the dates of their
 * admission and card) and counted in the cell the member belonged to then.
 *
 * Ratings, of members and of organizations, are counted by the **year rated**, whenever they were
 * entered (issue 18): a rating's flow is dated the first day of that year, so that every report of the
 * year counts it and no report of another year does.
 */
export interface Flow {
  readonly flow: string;
  readonly on: LocalDate;
}

/**
 * How admissions break down (domain.md §4, issue 18): by the area of the cell, the person's gender,
 * ethnicity (minority or Kinh), religion, age band at the admission decision, and Youth Union origin
 * (a Youth Union member, or put forward by the Youth Union). Each is a flow `admitted.<name>.<value>`.
 */
export interface AdmissionDimension {
  readonly name: string;
  readonly values: readonly string[];
}

export const ADMISSION_DIMENSIONS: readonly AdmissionDimension[] = [
  { name: 'area', values: ORG_AREAS },
  { name: 'gender', values: GENDERS },
  { name: 'ethnicity', values: ['kinh', 'minority'] },
  { name: 'religion', values: ['religious', 'none'] },
  { name: 'ageBand', values: AGE_BANDS.map((band) => band.band) },
  { name: 'youthUnion', values: ['member', 'not_member'] },
];

export const ADMISSION_FLOWS: readonly string[] = ADMISSION_DIMENSIONS.flatMap(({ name, values }) =>
  values.map((value) => `admitted.${name}.${value}`),
);

export const FLOW_NAMES: readonly string[] = [
  'admitted',
  ...ADMISSION_FLOWS,
  'recognized',
  ...REMOVAL_FORMS.map((form) => `removed.${form}`),
  ...RATING_GRADES.map((grade) => `rating.${grade}`),
  ...RATING_GRADES.map((grade) => `orgRating.${grade}`),
  'cardIssued',
  'deceased',
];

/** The first day of the year rated: the date a rating's flow is counted on. */
export function ratedYearStart(year: number): LocalDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** The breakdown flows of an admission decided on `on` (the cell's area when the tree knows it). */
export function admissionFlows(
  person: Person,
  state: MemberState,
  on: LocalDate,
  area: string | undefined,
): Flow[] {
  const values: [string, string | undefined][] = [
    ['area', area],
    ['gender', person.gender],
    ['ethnicity', person.ethnicity === MAJORITY_ETHNICITY ? 'kinh' : 'minority'],
    ['religion', person.religion ? 'religious' : 'none'],
    ['ageBand', ageBandOn(person.dateOfBirth, on)],
    [
      'youthUnion',
      person.youthUnionMember || state.proposedBy === 'youth_union' ? 'member' : 'not_member',
    ],
  ];
  return values.flatMap(([name, value]) =>
    value === undefined ? [] : [{ flow: `admitted.${name}.${value}`, on }],
  );
}

export function flowsOf(
  before: MemberState,
  after: MemberState,
  event: MemberEvent,
  areaOf: (cellId: string) => string | undefined = () => undefined,
): Flow[] {
  const on = event.occurredOn;
  const flows: Flow[] = [];
  const admitted = (decidedOn: LocalDate) => {
    flows.push({ flow: 'admitted', on: decidedOn });
    const cellId = after.cellId ?? before.cellId;
    if (after.person)
      flows.push(
        ...admissionFlows(after.person, after, decidedOn, cellId ? areaOf(cellId) : undefined),
      );
  };
  switch (event.type) {
    case 'MemberRegistered': {
      const { admissionDecisionDate, cardNo, cardIssuedOn } = event.data;
      if (admissionDecisionDate) admitted(admissionDecisionDate);
      if (cardNo) flows.push({ flow: 'cardIssued', on: cardIssuedOn ?? on });
      break;
    }
    case 'AdmissionDecided':
      admitted(on);
      break;
    case 'RecognizedAsOfficial':
      flows.push({ flow: 'recognized', on });
      break;
    case 'RatingRecorded':
      flows.push({ flow: `rating.${event.data.grade}`, on: ratedYearStart(event.data.year) });
      break;
    case 'CardIssued':
      flows.push({ flow: 'cardIssued', on });
      break;
    case 'DeathRecorded':
      flows.push({ flow: 'deceased', on });
      break;
    default:
      break;
  }
  if (after.stage === 'removed' && before.stage !== 'removed' && after.removal) {
    flows.push({ flow: `removed.${after.removal.form}`, on });
  }
  return flows;
}

/** The counter of a flow in a year: `flow.2025.admitted` (a year's flows sort together). */
export function flowMetric(flow: string, year: number | string): string {
  return `flow.${year}.${flow}`;
}
