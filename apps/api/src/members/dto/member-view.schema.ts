import type { MemberView } from '@memberflow/application';
import {
  BACKGROUND_CONCLUSIONS,
  COMMITTEE_LEVELS,
  DISCIPLINE_FORMS,
  EDUCATION_LEVELS,
  ETHNICITIES,
  EXEMPTION_GROUNDS,
  GENDERS,
  HELP_GROUNDS,
  INTRODUCING_ORGANIZATIONS,
  MASS_ORGANIZATIONS,
  MEMBER_ACTIONS,
  MEMBER_STAGES,
  NAME_REMOVAL_GROUNDS,
  NEW,
  OPINION_SOURCES,
  POLITICAL_THEORY_LEVELS,
  POSITIONS,
  PROFESSIONAL_LEVELS,
  RATING_GRADES,
  REMOVAL_FORMS,
  GRAVE_VIOLATIONS,
  TEMPORARY_PURPOSES,
  type Card,
  type Dossier,
  type HeldPosition,
  type MemberDates,
  type MemberState,
  type Person,
  type VoteRecord,
  type VoteTally,
} from '@memberflow/domain/member';
import {
  arrayOf,
  boolean,
  component,
  integer,
  localDate,
  mapOf,
  oneOfValues,
  optional,
  text,
  typedObject,
  type Merged,
  type PropertiesOf,
} from '../../http/json-schema';
import { PROBLEM_SCHEMA } from '../../http/problem.schema';
import type { MembersController } from '../members.controller';

/** The answers about members: the member view (libs/application member.reader.ts) and the import's. */

const PERSON = component(
  'PersonRecord',
  typedObject<Person>()(
    {
      fullName: text(undefined, 'Nguyễn Văn An'),
      gender: oneOfValues(GENDERS),
      dateOfBirth: localDate(),
      ethnicity: oneOfValues(ETHNICITIES),
      religion: optional(text('Absent for people without a religion')),
      citizenId: text('Căn cước công dân: 12 digits'),
      hometown: text(),
      residence: text(),
      education: oneOfValues(EDUCATION_LEVELS),
      professionalLevel: oneOfValues(PROFESSIONAL_LEVELS),
      politicalTheory: oneOfValues(POLITICAL_THEORY_LEVELS),
      occupation: text(),
      youthUnionMember: boolean(),
    },
    'What the records hold about a person (domain.md §5).',
  ),
);

const MEMBER_DATES = component(
  'MemberDates',
  typedObject<MemberDates>()(
    {
      sourced: optional(localDate()),
      courseCertificate: optional(localDate()),
      application: optional(localDate()),
      cellResolution: optional(localDate()),
      committeeEndorsement: optional(localDate()),
      admissionDecision: optional(localDate()),
      firstAdmissionDecision: optional(
        localDate('The first admission decision ever: party age counts from it'),
      ),
      ceremony: optional(localDate()),
      probationEnd: optional(localDate()),
      officialSince: optional(localDate()),
      recognitionVote: optional(localDate()),
      removal: optional(localDate()),
      death: optional(localDate()),
      candidacyEnded: optional(localDate()),
    },
    'The date of each step taken, set by the step it names.',
  ),
);

const VOTE_TALLY = component(
  'VoteTally',
  typedObject<VoteTally>()({
    entitled: integer('Everyone entitled to vote'),
    present: optional(integer('Informative: thresholds are shares of all entitled members')),
    inFavor: integer(),
  }),
);

const VOTE_RECORD = component(
  'VoteRecord',
  typedObject<VoteRecord>()({ on: localDate(), tally: VOTE_TALLY, passed: boolean() }),
);

type Introductions = NonNullable<Dossier['introductions']>;

const DOSSIER = component(
  'Dossier',
  typedObject<Dossier>()(
    {
      backgroundCheck: optional(
        typedObject<NonNullable<Dossier['backgroundCheck']>>()({
          on: localDate(),
          conclusion: oneOfValues(BACKGROUND_CONCLUSIONS),
        }),
      ),
      introductions: optional(
        typedObject<Introductions>()({
          on: localDate(),
          introducers: arrayOf(
            typedObject<Introductions['introducers'][number]>()({
              memberId: text(),
              knownSince: localDate(),
            }),
          ),
          organizationResolution: optional(
            typedObject<NonNullable<Introductions['organizationResolution']>>()({
              organization: oneOfValues(INTRODUCING_ORGANIZATIONS),
              resolutionRef: text(),
            }),
          ),
        }),
      ),
      opinions: {
        type: 'object',
        description: 'The latest opinion of each source',
        properties: Object.fromEntries(
          OPINION_SOURCES.map((source) => [
            source,
            typedObject<NonNullable<Dossier['opinions'][typeof source]>>()({
              on: localDate(),
              favorable: boolean(),
            }),
          ]),
        ),
      },
    },
    'The admission dossier.',
  ),
);

type Dated<Key extends keyof MemberState> = NonNullable<MemberState[Key]>;

/** The properties of a member's state (libs/domain member.state.ts), shared by the views that show it. */
const MEMBER_STATE_PROPERTIES: PropertiesOf<MemberState> = {
  stage: oneOfValues([NEW, ...MEMBER_STAGES], '`new`: no event yet (a state asked of a past date)'),
  person: optional(PERSON),
  cellId: optional(
    text('The cell the member officially belongs to (a temporary stay does not change it)'),
  ),
  proposedBy: optional(oneOfValues(MASS_ORGANIZATIONS)),
  helperId: optional(text()),
  dates: MEMBER_DATES,
  overAgeConsentRef: optional(text()),
  dossier: DOSSIER,
  votes: typedObject<MemberState['votes']>()(
    {
      cell: optional(VOTE_RECORD),
      committee: optional(VOTE_RECORD),
      recognition: optional(VOTE_RECORD),
    },
    'The latest vote of each kind for the current candidacy or probation',
  ),
  admissionDecisionNo: optional(text()),
  ratings: mapOf(oneOfValues(RATING_GRADES), undefined, 'Year → grade'),
  exemption: optional(
    typedObject<Dated<'exemption'>>()({ on: localDate(), ground: oneOfValues(EXEMPTION_GROUNDS) }),
  ),
  helpList: optional(
    typedObject<Dated<'helpList'>>()({
      on: localDate(),
      grounds: arrayOf(oneOfValues(HELP_GROUNDS)),
    }),
  ),
  disciplines: arrayOf(
    typedObject<MemberState['disciplines'][number]>()({
      on: localDate(),
      form: oneOfValues(DISCIPLINE_FORMS),
    }),
  ),
  cards: arrayOf(
    component(
      'Card',
      typedObject<Card>()({ cardNo: text(), issuedOn: localDate(), active: boolean() }),
    ),
  ),
  badges: arrayOf(integer(), 'The badges awarded, by years of membership'),
  removal: optional(
    typedObject<Dated<'removal'>>()({
      on: localDate(),
      form: oneOfValues(REMOVAL_FORMS),
      ground: optional(oneOfValues(NAME_REMOVAL_GROUNDS)),
      graveViolation: optional(
        oneOfValues(GRAVE_VIOLATIONS, 'An expulsion for a violation that bars readmission'),
      ),
      familyHardship: optional(boolean('A withdrawal asked for special family hardship')),
    }),
  ),
  readmissions: integer(),
  partyAgeGaps: arrayOf(
    typedObject<MemberState['partyAgeGaps'][number]>()({ from: localDate(), to: localDate() }),
    'Periods outside the party, subtracted from party age',
  ),
  openGapSince: optional(localDate()),
  temporaryStay: optional(
    typedObject<Dated<'temporaryStay'>>()({
      cellId: text(),
      from: localDate(),
      until: localDate(),
      purpose: oneOfValues(TEMPORARY_PURPOSES),
    }),
  ),
  positions: arrayOf(
    component(
      'HeldPosition',
      typedObject<HeldPosition>()(
        {
          position: oneOfValues(POSITIONS),
          villageId: optional(text('Where a village post is held')),
          unitId: optional(text('The cell, committee or commune it is held in')),
          organization: optional(oneOfValues(MASS_ORGANIZATIONS)),
          level: optional(
            oneOfValues(COMMITTEE_LEVELS, 'A party post: the level of its committee'),
          ),
          residential: optional(boolean('A cell post: whether the cell is residential')),
          from: localDate(),
          until: optional(localDate('The first day it is no longer held; absent while held')),
        },
        'A position taken, held now or in the past.',
      ),
    ),
    'Positions taken, in the order they were taken',
  ),
  residenceVillageId: optional(text('The village the person lives in')),
  lastOccurredOn: optional(
    localDate("The business date of the stream's last event: no step may be dated before it"),
  ),
};

/** A member's state folded from its events (libs/domain member.state.ts). */
export const MEMBER_STATE = component(
  'MemberState',
  typedObject<MemberState>()(MEMBER_STATE_PROPERTIES, 'A member folded from its events.'),
);

/** A member as GET /api/members/{id} and every command on a member answer it. */
export const MEMBER_VIEW = component(
  'MemberView',
  typedObject<MemberView>()(
    {
      id: text('The member id (derived from the citizen ID)'),
      revision: integer('The revision of its stream: the ETag'),
      availableActions: arrayOf(
        oneOfValues(MEMBER_ACTIONS),
        'The actions the transition table allows from the stage',
      ),
      ...MEMBER_STATE_PROPERTIES,
    },
    'A member: its state, its revision and the actions available from its stage. Analysts see it without the fields marked so.',
  ),
);

type ImportResult = Awaited<ReturnType<MembersController['import']>>;

/** The answer of POST /api/members/import: counts and a result per row. */
export const IMPORT_RESULT = component(
  'ImportResult',
  typedObject<ImportResult>()({
    registered: integer(),
    exists: integer('Rows whose member was registered already (idempotent by citizen ID)'),
    rejected: integer(),
    results: arrayOf(
      component(
        'ImportRow',
        typedObject<Merged<ImportResult['results'][number]>>()({
          index: integer('The row of the request'),
          id: text('The member id'),
          status: oneOfValues(['registered', 'exists', 'rejected']),
          stage: optional(oneOfValues(MEMBER_STAGES, 'registered: the stage')),
          revision: optional(integer('registered: the revision')),
          problem: optional(PROBLEM_SCHEMA),
        }),
      ),
    ),
  }),
);
