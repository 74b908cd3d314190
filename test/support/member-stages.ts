import { monthsBetween, policyOn, type LocalDate } from '@memberflow/domain';
import {
  normalizePerson,
  type MemberAction,
  type MemberEvent,
  type MemberEventOf,
  type MemberEventType,
  type Person,
} from '@memberflow/domain/member';
import { person, type SmallProvince } from './fixtures';

/**
 * The README's walk-through as events: what the store holds for a candidate of the small province
 * after each of the walk's requests (same dates, same values), stage by stage. `given` seeds these
 * histories; test/support/member-stages.e2e-spec.ts checks they are what the requests record.
 */

/** One command as the command path recorded it: the action an officer took and the event it stored. */
export interface RecordedStep {
  readonly action: MemberAction;
  readonly event: MemberEvent;
  readonly documentRef?: string;
  readonly reason?: string;
}

/** Where the walk takes place: the candidate's cell, its two introducers, the unit that admits. */
export type StageTree = Pick<SmallProvince, 'cellId' | 'introducerIds' | 'districtId'>;

/**
 * The fixtures, in the walk's order. Most are the stage of the same name; `sourced` is a sympathizer,
 * `dossierComplete` an applicant ready for the cell vote, `recognitionVoted` a probationary member whose
 * cell voted for recognition.
 */
export const STAGE_FIXTURES = [
  'sourced',
  'courseCompleted',
  'applying',
  'dossierComplete',
  'cellResolved',
  'committeeEndorsed',
  'admissionDecided',
  'probationary',
  'recognitionVoted',
  'official',
] as const;
export type StageFixture = (typeof STAGE_FIXTURES)[number];

/** A person as the API stores them: the test person of `fixtures.ts`, normalized as the decider does. */
export function storedPerson(who: string | ReturnType<typeof person>): Person {
  return normalizePerson((typeof who === 'string' ? person(who) : who) as Person);
}

/** A step of a history: `action` recorded `type` on `occurredOn` with `data`. */
export function recorded<Type extends MemberEventType>(
  action: MemberAction,
  type: Type,
  occurredOn: LocalDate,
  data: MemberEventOf<Type>['data'],
  extra: { documentRef?: string; reason?: string } = {},
): RecordedStep {
  return { action, event: { type, occurredOn, data } as MemberEvent, ...extra };
}

/** The threshold the policy in force on `on` sets for a cell's (or a committee's) vote. */
const cellThreshold = (on: LocalDate) => policyOn(on).admission.cellVote;
const committeeThreshold = (on: LocalDate) => policyOn(on).admission.committeeVote;

/** The steps of the walk, by the fixture they complete. */
function walk(
  tree: StageTree,
  who: Person,
): Readonly<Record<StageFixture, readonly RecordedStep[]>> {
  return {
    sourced: [
      recorded('source-candidate', 'CandidateSourced', '2023-01-05', {
        person: who,
        cellId: tree.cellId,
        proposedBy: 'youth_union',
      }),
    ],
    courseCompleted: [
      recorded('complete-awareness-course', 'AwarenessCourseCompleted', '2023-02-10', {
        certificateNo: 'GCN-123',
        issuer: 'Trung tâm Chính trị huyện Thọ Xuân',
        certificateDate: '2023-02-10',
      }),
    ],
    applying: [
      recorded('submit-application', 'ApplicationSubmitted', '2023-03-01', {
        ageMonths: monthsBetween(who.dateOfBirth, '2023-03-01'),
      }),
    ],
    dossierComplete: [
      recorded('record-background-check', 'BackgroundCheckRecorded', '2023-03-10', {
        conclusion: 'clear',
      }),
      recorded('assign-introducers', 'IntroducersAssigned', '2023-03-11', {
        introducers: tree.introducerIds.map((memberId) => ({ memberId, knownSince: '2021-01-01' })),
      }),
      recorded('record-opinion', 'OpinionRecorded', '2023-03-15', {
        source: 'mass_organization',
        favorable: true,
        summary: 'Đoàn cơ sở nhất trí',
      }),
      recorded('record-opinion', 'OpinionRecorded', '2023-03-16', {
        source: 'residence_cell',
        favorable: true,
        summary: 'Chi bộ nơi cư trú nhất trí',
      }),
    ],
    cellResolved: [
      recorded(
        'record-cell-vote',
        'CellVoteRecorded',
        '2023-04-03',
        {
          vote: { entitled: 12, present: 10, inFavor: 8 },
          threshold: cellThreshold('2023-04-03'),
          passed: true,
          ageMonths: monthsBetween(who.dateOfBirth, '2023-04-03'),
        },
        { documentRef: '05-NQ/CB' },
      ),
    ],
    committeeEndorsed: [
      recorded('record-committee-vote', 'CommitteeVoteRecorded', '2023-04-10', {
        vote: { entitled: 9, inFavor: 7 },
        threshold: committeeThreshold('2023-04-10'),
        passed: true,
      }),
    ],
    admissionDecided: [
      recorded('decide-admission', 'AdmissionDecided', '2023-05-02', {
        decisionNo: '125-QĐ/HU',
        decidingUnitId: tree.districtId,
        // The standing committee of the cell's direct superior (R-AUTHORITY: the district here).
        decidingBody: 'standing_committee',
        extended: false,
        workingDaysAfterResolution: 19,
        warnings: [],
      }),
    ],
    probationary: [
      recorded('hold-ceremony', 'AdmittedAtCeremony', '2023-05-19', {
        probationEndsOn: '2024-05-19',
        workingDaysAfterDecision: 12,
      }),
    ],
    recognitionVoted: [
      recorded('record-recognition-vote', 'RecognitionVoteRecorded', '2024-05-20', {
        cellVote: { entitled: 12, inFavor: 11 },
        threshold: cellThreshold('2024-05-20'),
        passed: true,
        warnings: [],
      }),
    ],
    official: [
      recorded('recognize-official', 'RecognizedAsOfficial', '2024-05-27', {
        decisionNo: '310-QĐ/HU',
        decidingUnitId: tree.districtId,
        decidingBody: 'standing_committee',
        officialSince: '2024-05-19',
        warnings: [],
      }),
    ],
  };
}

/** The walk's steps from sourcing `who` up to and including those of `stage`. */
export function stepsUpTo(
  stage: StageFixture,
  tree: StageTree,
  who: string | ReturnType<typeof person>,
): RecordedStep[] {
  const steps = walk(tree, storedPerson(who));
  return STAGE_FIXTURES.slice(0, STAGE_FIXTURES.indexOf(stage) + 1).flatMap((done) => steps[done]);
}
