import type { StreamableFile } from '@nestjs/common';
import { ORG_KINDS } from '@memberflow/domain';
import {
  COMMITTEE_LEVELS,
  GENDERS,
  MEMBER_STAGES,
  PRE_ADMISSION_STAGES,
  REMOVAL_FORMS,
} from '@memberflow/domain/member';
import {
  ADMISSION_DIMENSIONS,
  AGE_BANDS,
  FLOW_NAMES,
  MEMBER_DIMENSIONS,
  type AdmissionsRow,
  type Figures,
  type GenerationStatus,
  type Leadership,
  type OrgTreeNode,
  type Page,
  type ProjectionStatus,
  type RosterEntry,
  type StageDuration,
  type WorkEntry,
} from '@memberflow/projections';
import {
  arrayOf,
  boolean,
  component,
  decimal,
  integer,
  localDate,
  mapOf,
  nullable,
  objectSchema,
  oneOfValues,
  optional,
  text,
  instant,
  typedObject,
} from '../../http/json-schema';
import type { MemberQueriesController } from '../member-queries.controller';
import type { OrgQueriesController } from '../org-queries.controller';
import type { ProjectionsController } from '../projections.controller';

/** The answers of the analysts' queries and of the projection operations, all read from projections. */

const UNIT_SUMMARY = component(
  'UnitSummary',
  typedObject<{ id: string; name: string | null; kind: string | null }>()(
    {
      id: text(),
      name: nullable(text('null when the organization tree does not know the unit')),
      kind: nullable(text()),
    },
    'A unit by its id, name and kind.',
  ),
);

const DATE_OR_NULL = nullable(localDate());

/**
 * A roster row (libs/projections members.queries.ts, roster-columns.ts): every column of the roster
 * read model, null where the record has no value.
 */
const ROSTER_ENTRY = component(
  'RosterEntry',
  objectSchema(
    {
      id: text(),
      revision: integer(),
      stage: oneOfValues(MEMBER_STAGES),
      cellId: nullable(text()),
      temporaryCellId: nullable(text('The cell of a temporary stay')),
      fullName: nullable(text()),
      citizenId: nullable(text()),
      cardNo: nullable(text('The active card')),
      gender: nullable(oneOfValues(GENDERS)),
      dateOfBirth: DATE_OR_NULL,
      ethnicity: nullable(text()),
      religion: nullable(text()),
      education: nullable(text()),
      professionalLevel: nullable(text()),
      politicalTheory: nullable(text()),
      occupation: nullable(text()),
      youthUnion: boolean(),
      exempt: boolean(),
      sourcedOn: DATE_OR_NULL,
      courseOn: DATE_OR_NULL,
      appliedOn: DATE_OR_NULL,
      cellResolvedOn: DATE_OR_NULL,
      endorsedOn: DATE_OR_NULL,
      admissionDecidedOn: DATE_OR_NULL,
      ceremonyOn: DATE_OR_NULL,
      officialSince: DATE_OR_NULL,
      removedOn: DATE_OR_NULL,
      removalForm: nullable(oneOfValues(REMOVAL_FORMS)),
      diedOn: DATE_OR_NULL,
      registeredOn: nullable(localDate('When the member was registered from earlier records')),
      cellName: nullable(text()),
    },
    'A person of the roster. Analysts see it without the fields marked so.',
  ),
);

const PAGE_PROPERTIES = {
  page: integer('1-based'),
  size: integer('Rows per page'),
  total: integer('Rows of every page'),
};

/** GET /api/members: the search. */
export const SEARCH_PAGE = component(
  'SearchPage',
  typedObject<Page<RosterEntry>>()(
    { items: arrayOf(ROSTER_ENTRY), ...PAGE_PROPERTIES },
    'A page of the people found, by name.',
  ),
);

type RosterPage = Exclude<
  Awaited<ReturnType<OrgQueriesController['roster']>>,
  string | StreamableFile
>;

/** GET /api/orgs/{id}/roster as JSON. */
export const ROSTER_PAGE = component(
  'RosterPage',
  typedObject<RosterPage>()(
    { unit: UNIT_SUMMARY, items: arrayOf(ROSTER_ENTRY), ...PAGE_PROPERTIES },
    'A page of the roster of a subtree, by name.',
  ),
);

const COUNT = integer();

/** The figures of domain.md §4, every category listed (libs/projections figures.ts, dimensions.ts). */
const FIGURES_PROPERTIES = {
  units: mapOf(COUNT, ORG_KINDS, 'Active units below the unit, by kind'),
  people: mapOf(COUNT, MEMBER_STAGES, 'Everyone with a record in the subtree, by stage'),
  members: typedObject<Figures['members']>()({
    total: integer('Probationary and official members'),
    byDimension: objectSchema(
      Object.fromEntries(
        MEMBER_DIMENSIONS.map((dimension) => [dimension.name, mapOf(COUNT, dimension.values)]),
      ),
    ),
    byAgeBand: mapOf(
      COUNT,
      AGE_BANDS.map((band) => band.band),
    ),
  }),
  flows: mapOf(
    COUNT,
    FLOW_NAMES,
    'Events of the period: admissions and their breakdowns (admitted.<dimension>.<value>), recognitions, removals, ratings of members (rating.*) and of organizations (orgRating.*) counted by the year rated, cards, deaths',
  ),
  leadership: component(
    'Leadership',
    typedObject<Leadership>()(
      {
        villages: integer('Villages (thôn, bản, tổ dân phố) of the communes in the subtree'),
        villagesWithCell: integer('Served by a residential cell'),
        villagesWithFewerThan3Members: integer('Where fewer than 3 members live (none included)'),
        villagesWithoutMember: integer('Where no member lives'),
        villageHeadsWhoAreMembers: integer('Villages whose head is a party member'),
        villageHeadsWhoAreMembersPercent: nullable(
          decimal('Of the villages, two decimals (the report’s 71,76%)'),
        ),
        residentialCells: integer('Residential cells, the unit itself included'),
        cellSecretariesWhoAreVillageHeads: integer(
          'Members both secretary of a residential cell and a village head',
        ),
        cellSecretariesWhoAreVillageHeadsPercent: nullable(
          decimal('Of the residential cells, two decimals (the report’s 20,08%)'),
        ),
        committeeMembersByLevel: mapOf(
          COUNT,
          COMMITTEE_LEVELS,
          'Committee seats held by members, by the level of the committee',
        ),
      },
      'Villages and who leads them, committee seats (issue 18).',
    ),
  ),
};

const FIGURES = component(
  'Figures',
  typedObject<Figures>()(FIGURES_PROPERTIES, 'The figures of domain.md §4 for a subtree.'),
);

type Statistics = Exclude<Awaited<ReturnType<OrgQueriesController['statistics']>>, StreamableFile>;

/** GET /api/orgs/{id}/statistics. */
export const STATISTICS = component(
  'Statistics',
  typedObject<Statistics>()(
    {
      unit: UNIT_SUMMARY,
      asOf: localDate(),
      period: typedObject<Statistics['period']>()(
        { from: localDate(), to: localDate() },
        'The period flows are counted in: from the first day of the year to asOf',
      ),
      source: oneOfValues(
        ['precomputed', 'history'],
        'precomputed: today, from the rolled-up counters; history: a past date',
      ),
      total: FIGURES,
      children: arrayOf(
        component(
          'UnitFigures',
          typedObject<Statistics['children'][number]>()(
            { unit: UNIT_SUMMARY, ...FIGURES_PROPERTIES },
            'The figures of a child unit.',
          ),
        ),
        'A row per active child unit',
      ),
      knownAt: optional(instant('The figures as the system knew them at this time')),
    },
    'The statistics of a subtree, with a row per child unit.',
  ),
);

const ADMISSIONS_ROW_PROPERTIES = {
  unitId: text(),
  admitted: integer(),
  target: nullable(integer("The unit's own plan for the year, if one was set")),
  percent: nullable(decimal('Admitted as a percentage of the target, two decimals')),
  breakdown: component(
    'AdmissionsBreakdown',
    objectSchema(
      Object.fromEntries(
        ADMISSION_DIMENSIONS.map((dimension) => [dimension.name, mapOf(COUNT, dimension.values)]),
      ),
      'Admitted by area of the cell, gender, ethnicity (minority or Kinh), religion, age band at the decision, Youth Union origin (a Youth Union member or put forward by it)',
    ),
  ),
};

type Admissions = Awaited<ReturnType<OrgQueriesController['admissions']>>;

/** GET /api/orgs/{id}/admissions. */
export const ADMISSIONS = component(
  'Admissions',
  typedObject<Admissions>()(
    {
      unit: UNIT_SUMMARY,
      year: integer(),
      period: typedObject<Admissions['period']>()(
        { from: localDate(), to: localDate() },
        'From the first day of the year to asOf (the end of the year, today for this year); the units are those of the tree of its last day',
      ),
      total: component('AdmissionsRow', typedObject<AdmissionsRow>()(ADMISSIONS_ROW_PROPERTIES)),
      children: arrayOf(
        typedObject<Admissions['children'][number]>()({
          unit: UNIT_SUMMARY,
          ...ADMISSIONS_ROW_PROPERTIES,
        }),
      ),
    },
    'Admissions decided in a year per unit, against its plan.',
  ),
);

type Pipeline = Awaited<ReturnType<OrgQueriesController['pipeline']>>;

/** GET /api/orgs/{id}/pipeline. */
export const PIPELINE = component(
  'Pipeline',
  typedObject<Pipeline>()(
    {
      unit: UNIT_SUMMARY,
      candidates: typedObject<Pipeline['candidates']>()({
        total: integer(),
        byStage: mapOf(COUNT, PRE_ADMISSION_STAGES),
      }),
      durations: arrayOf(
        component(
          'StageDuration',
          typedObject<StageDuration>()({
            from: oneOfValues(MEMBER_STAGES),
            to: oneOfValues(MEMBER_STAGES),
            count: integer('People who went from one to the other'),
            medianDays: nullable(integer()),
          }),
        ),
      ),
      overdueSteps: integer(),
    },
    'Candidates per stage, median days between stages, steps overdue.',
  ),
);

type Worklist = Awaited<ReturnType<MemberQueriesController['worklist']>>;

/** GET /api/worklist. */
export const WORKLIST = component(
  'Worklist',
  typedObject<Worklist>()(
    {
      today: localDate(),
      due: oneOfValues(['all', 'overdue', 'week', 'month']),
      items: arrayOf(
        component(
          'WorkEntry',
          typedObject<WorkEntry>()({
            memberId: text(),
            fullName: nullable(text()),
            stage: text(),
            cellId: nullable(text()),
            cellName: nullable(text()),
            step: text('The action that completes the step', 'decide-admission'),
            rule: text('The rule that sets the deadline', 'R-DEADLINE'),
            subject: nullable(text('The year to rate, the badge’s years')),
            since: localDate('The date the deadline counts from'),
            dueOn: localDate(),
            daysOverdue: integer('Calendar days past the due date (negative: days left)'),
          }),
        ),
      ),
      ...PAGE_PROPERTIES,
    },
    'Steps due or overdue, soonest first.',
  ),
);

const TREE_NODE = component(
  'OrgTreeNode',
  typedObject<OrgTreeNode>()({
    id: text(),
    kind: oneOfValues(ORG_KINDS),
    name: text(),
    code: text(),
    status: oneOfValues(['active', 'merged', 'dissolved']),
    children: arrayOf({ $ref: '#/components/schemas/OrgTreeNode' }),
  }),
);

type Tree = Awaited<ReturnType<OrgQueriesController['tree']>>;

/** GET /api/orgs/{id}/tree. */
export const ORG_TREE = component(
  'OrgTree',
  typedObject<Tree>()(
    { asOf: localDate(), depth: integer(), tree: TREE_NODE },
    'A subtree, `depth` levels down.',
  ),
);

const GENERATION = component(
  'GenerationStatus',
  typedObject<GenerationStatus>()({
    generation: integer(),
    version: integer(),
    position: integer(),
    lag: integer('Events in the store after its checkpoint'),
  }),
);

const PROJECTION_STATUS = component(
  'ProjectionStatus',
  typedObject<ProjectionStatus>()({
    name: text(undefined, 'members'),
    description: text(),
    version: integer('The version this build projects'),
    serving: optional(GENERATION),
    building: optional(GENERATION),
    rebuildRequested: boolean(),
    appliedHere: boolean("Whether this process holds the projection's lock (and applies it)"),
    fault: optional(text()),
  }),
);

/** GET /api/projections. */
export const PROJECTION_LIST = component(
  'ProjectionList',
  typedObject<Awaited<ReturnType<ProjectionsController['list']>>>()({
    projections: arrayOf(PROJECTION_STATUS),
  }),
);

/** POST /api/projections/{name}/rebuild. */
export const REBUILD_ACCEPTED = component(
  'RebuildAccepted',
  typedObject<Awaited<ReturnType<ProjectionsController['rebuild']>>>()({
    accepted: oneOfValues([true]),
    projection: optional(PROJECTION_STATUS),
  }),
);
