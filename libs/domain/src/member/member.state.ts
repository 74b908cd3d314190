import type { MemberFacts } from '../kernel/facts';
import { addDays, daysBetween, monthsBetween, type LocalDate } from '../kernel/local-date';
import type {
  Introduction,
  MemberEvent,
  OrganizationResolution,
  PositionPlace,
  VoteTally,
} from './member.events';
import type {
  BackgroundConclusion,
  CommitteeLevel,
  DisciplineForm,
  ExemptionGround,
  HelpGround,
  MassOrganization,
  NameRemovalGround,
  OpinionSource,
  Position,
  RatingGrade,
  RemovalForm,
  TemporaryPurpose,
} from './member.vocabulary';
import type { GraveViolation } from './member.grounds';
import type { Person } from './person';
import { NEW, type StageOrNew } from './stages';
import { stageAfter } from './transitions';

/** The dates the rules and the statistics need, each set by the step it names. */
export interface MemberDates {
  readonly sourced?: LocalDate;
  readonly courseCertificate?: LocalDate;
  readonly application?: LocalDate;
  readonly cellResolution?: LocalDate;
  readonly committeeEndorsement?: LocalDate;
  readonly admissionDecision?: LocalDate;
  /** The first admission decision ever: party age counts from it (less the gaps). */
  readonly firstAdmissionDecision?: LocalDate;
  readonly ceremony?: LocalDate;
  readonly probationEnd?: LocalDate;
  readonly officialSince?: LocalDate;
  readonly recognitionVote?: LocalDate;
  readonly removal?: LocalDate;
  readonly death?: LocalDate;
  readonly candidacyEnded?: LocalDate;
}

/** A dated part of the admission dossier. */
interface Dated {
  readonly on: LocalDate;
}

export interface Dossier {
  readonly backgroundCheck?: Dated & { readonly conclusion: BackgroundConclusion };
  readonly introductions?: Dated & {
    readonly introducers: readonly Introduction[];
    readonly organizationResolution?: OrganizationResolution;
  };
  readonly opinions: Partial<Record<OpinionSource, Dated & { readonly favorable: boolean }>>;
}

export interface VoteRecord extends Dated {
  readonly tally: VoteTally;
  readonly passed: boolean;
}

/** A position held from `from` until the day before `until` (still held when `until` is absent). */
export interface HeldPosition extends PositionPlace {
  readonly position: Position;
  /** A party post: the level of its committee, as its unit was when the position was taken. */
  readonly level?: CommitteeLevel;
  /** A cell post: whether the cell is residential. */
  readonly residential?: boolean;
  readonly from: LocalDate;
  /** The first day the position is no longer held. */
  readonly until?: LocalDate;
}

/** Whether two places of a position are the same place. */
export function samePlace(a: PositionPlace, b: PositionPlace): boolean {
  return a.villageId === b.villageId && a.unitId === b.unitId && a.organization === b.organization;
}

export interface Card {
  readonly cardNo: string;
  readonly issuedOn: LocalDate;
  readonly active: boolean;
}

export interface MemberState {
  readonly stage: StageOrNew;
  readonly person?: Person;
  /** The cell the member officially belongs to (a temporary stay elsewhere does not change it). */
  readonly cellId?: string;
  readonly proposedBy?: MassOrganization;
  readonly helperId?: string;
  readonly dates: MemberDates;
  readonly overAgeConsentRef?: string;
  readonly dossier: Dossier;
  /** The latest vote of each kind for the current candidacy or probation. */
  readonly votes: {
    readonly cell?: VoteRecord;
    readonly committee?: VoteRecord;
    readonly recognition?: VoteRecord;
  };
  readonly admissionDecisionNo?: string;
  /** Year → grade. */
  readonly ratings: Readonly<Record<number, RatingGrade>>;
  readonly exemption?: Dated & { readonly ground: ExemptionGround };
  readonly helpList?: Dated & { readonly grounds: readonly HelpGround[] };
  readonly disciplines: readonly (Dated & { readonly form: DisciplineForm })[];
  readonly cards: readonly Card[];
  readonly badges: readonly number[];
  readonly removal?: Dated & RemovalRecord;
  readonly readmissions: number;
  /** Periods outside the party (removal → readmission decision), subtracted from party age. */
  readonly partyAgeGaps: readonly { readonly from: LocalDate; readonly to: LocalDate }[];
  /** Set from readmission until the new admission decision closes the gap. */
  readonly openGapSince?: LocalDate;
  readonly temporaryStay?: {
    readonly cellId: string;
    readonly from: LocalDate;
    readonly until: LocalDate;
    readonly purpose: TemporaryPurpose;
  };
  /** Positions taken, held now (no `until`) or in the past, in the order they were taken. */
  readonly positions: readonly HeldPosition[];
  /** The village the person lives in (its residents are the village's members). */
  readonly residenceVillageId?: string;
  /** The business date of the stream's last event: no command may be dated before it. */
  readonly lastOccurredOn?: LocalDate;
}

export const initialState: MemberState = {
  stage: NEW,
  dates: {},
  dossier: { opinions: {} },
  votes: {},
  ratings: {},
  disciplines: [],
  cards: [],
  badges: [],
  readmissions: 0,
  partyAgeGaps: [],
  positions: [],
};

const EMPTY_DOSSIER: Dossier = { opinions: {} };

function deactivateCards(cards: readonly Card[]): Card[] {
  return cards.map((card) => ({ ...card, active: false }));
}

function withDates(state: MemberState, dates: MemberDates): MemberState {
  return { ...state, dates: { ...state.dates, ...dates } };
}

/** The state after `event`, but for its stage and `lastOccurredOn` (evolve sets those). */
function apply(state: MemberState, event: MemberEvent): MemberState {
  const on = event.occurredOn;
  switch (event.type) {
    case 'CandidateSourced': {
      const { person, cellId, proposedBy, helperId } = event.data;
      return withDates({ ...state, person, cellId, proposedBy, helperId }, { sourced: on });
    }
    case 'MemberRegistered': {
      const { person, cellId, cardNo, cardIssuedOn } = event.data;
      const decision = event.data.admissionDecisionDate;
      const cards = cardNo ? [{ cardNo, issuedOn: cardIssuedOn ?? on, active: true }] : [];
      return withDates(
        {
          ...state,
          person,
          cellId,
          admissionDecisionNo: event.data.admissionDecisionNo,
          cards,
        },
        {
          admissionDecision: decision,
          firstAdmissionDecision: decision,
          ceremony: event.data.ceremonyDate,
          probationEnd: event.data.probationEndsOn,
          officialSince: event.data.officialSince,
        },
      );
    }
    case 'HelperAssigned':
      return { ...state, helperId: event.data.helperId };
    case 'AwarenessCourseCompleted':
      return withDates(state, { courseCertificate: event.data.certificateDate });
    case 'ApplicationSubmitted':
      return withDates(
        { ...state, overAgeConsentRef: event.data.overAgeConsentRef },
        { application: on },
      );
    case 'BackgroundCheckRecorded':
      return {
        ...state,
        dossier: { ...state.dossier, backgroundCheck: { on, conclusion: event.data.conclusion } },
      };
    case 'IntroducersAssigned':
      return { ...state, dossier: { ...state.dossier, introductions: { on, ...event.data } } };
    case 'OpinionRecorded': {
      const opinion = { on, favorable: event.data.favorable };
      const opinions = { ...state.dossier.opinions, [event.data.source]: opinion };
      return { ...state, dossier: { ...state.dossier, opinions } };
    }
    case 'CellVoteRecorded': {
      const { vote, passed } = event.data;
      const next: MemberState = {
        ...state,
        votes: { ...state.votes, cell: { on, tally: vote, passed } },
        overAgeConsentRef: event.data.overAgeConsentRef ?? state.overAgeConsentRef,
      };
      return passed ? withDates(next, { cellResolution: on }) : next;
    }
    case 'CommitteeVoteRecorded': {
      const { vote, passed } = event.data;
      const next = { ...state, votes: { ...state.votes, committee: { on, tally: vote, passed } } };
      return passed ? withDates(next, { committeeEndorsement: on }) : next;
    }
    case 'AdmissionDecided': {
      const gap = state.openGapSince;
      return withDates(
        {
          ...state,
          admissionDecisionNo: event.data.decisionNo,
          partyAgeGaps: gap ? [...state.partyAgeGaps, { from: gap, to: on }] : state.partyAgeGaps,
          openGapSince: undefined,
        },
        { admissionDecision: on, firstAdmissionDecision: state.dates.firstAdmissionDecision ?? on },
      );
    }
    case 'AdmissionRefused':
    case 'CandidacyEnded':
      return withDates(state, { candidacyEnded: on });
    case 'AdmittedAtCeremony':
      return withDates(
        { ...state, helperId: event.data.helperId ?? state.helperId },
        { ceremony: on, probationEnd: event.data.probationEndsOn },
      );
    case 'RecognitionVoteRecorded':
      return withDates(
        {
          ...state,
          votes: {
            ...state.votes,
            recognition: { on, tally: event.data.cellVote, passed: event.data.passed },
          },
        },
        { recognitionVote: on },
      );
    case 'RecognizedAsOfficial':
      return withDates(state, { officialSince: event.data.officialSince });
    case 'RecognitionRefused':
      return removed(state, on, { form: 'probation_not_recognized' });
    case 'CardIssued':
      return {
        ...state,
        cards: [
          ...deactivateCards(state.cards),
          { cardNo: event.data.cardNo, issuedOn: on, active: true },
        ],
      };
    case 'Transferred': {
      const { kind, toCellId, until, purpose } = event.data;
      if (kind === 'permanent') return { ...state, cellId: toCellId };
      if (kind === 'temporary' && until && purpose)
        return { ...state, temporaryStay: { cellId: toCellId, from: on, until, purpose } };
      return { ...state, temporaryStay: undefined };
    }
    case 'RatingRecorded':
      return { ...state, ratings: { ...state.ratings, [event.data.year]: event.data.grade } };
    case 'ExemptionGranted':
      return { ...state, exemption: { on, ground: event.data.ground } };
    case 'ExemptionEnded':
      return { ...state, exemption: undefined };
    case 'BadgeAwarded':
      return { ...state, badges: [...state.badges, event.data.milestoneYears] };
    case 'PutOnHelpList':
      return { ...state, helpList: { on, grounds: event.data.grounds } };
    case 'ClearedFromHelpList':
      return { ...state, helpList: undefined };
    case 'Disciplined': {
      const disciplines = [...state.disciplines, { on, form: event.data.form }];
      return event.data.form === 'expulsion'
        ? removed({ ...state, disciplines }, on, {
            form: 'expelled',
            ...(event.data.graveViolation ? { graveViolation: event.data.graveViolation } : {}),
          })
        : { ...state, disciplines };
    }
    case 'NameRemoved':
      return removed(state, on, { form: 'name_removed', ground: event.data.ground });
    case 'WithdrawalAccepted':
      return removed(state, on, {
        form: 'withdrawn',
        ...(event.data.specialFamilyHardship?.trim() ? { familyHardship: true } : {}),
      });
    case 'DeathRecorded':
      return withDates(
        { ...state, temporaryStay: undefined, positions: positionsEnded(state, on) },
        { death: on },
      );
    case 'Readmitted':
      return withDates(
        {
          ...state,
          cellId: event.data.cellId,
          readmissions: state.readmissions + 1,
          removal: undefined,
          openGapSince: state.dates.removal,
          dossier: EMPTY_DOSSIER,
          votes: {},
          overAgeConsentRef: undefined,
        },
        {
          application: on,
          cellResolution: undefined,
          committeeEndorsement: undefined,
          admissionDecision: undefined,
          ceremony: undefined,
          probationEnd: undefined,
          officialSince: undefined,
          recognitionVote: undefined,
          removal: undefined,
        },
      );
    case 'PositionAssigned': {
      const { position, villageId, unitId, organization, level, residential } = event.data;
      const held: HeldPosition = {
        position,
        ...(villageId === undefined ? {} : { villageId }),
        ...(unitId === undefined ? {} : { unitId }),
        ...(organization === undefined ? {} : { organization }),
        ...(level === undefined ? {} : { level }),
        ...(residential === undefined ? {} : { residential }),
        from: on,
      };
      return { ...state, positions: [...positionsOf(state), held] };
    }
    case 'PositionEnded':
      return {
        ...state,
        positions: positionsOf(state).map((held) =>
          held.until === undefined &&
          held.position === event.data.position &&
          samePlace(held, event.data)
            ? { ...held, until: on }
            : held,
        ),
      };
    case 'ResidenceVillageRecorded':
      return { ...state, residenceVillageId: event.data.villageId };
    case 'DetailsCorrected': {
      if (!state.person) return state;
      const corrected: Record<string, unknown> = { ...state.person };
      for (const change of event.data.changes) {
        if (change.new === undefined) delete corrected[change.field];
        else corrected[change.field] = change.new;
      }
      return { ...state, person: corrected as unknown as Person };
    }
  }
}

/** How a member left: what readmission looks at (R-READMIT). */
export interface RemovalRecord {
  readonly form: RemovalForm;
  readonly ground?: NameRemovalGround;
  /** An expulsion for a violation that bars readmission. */
  readonly graveViolation?: GraveViolation;
  /** A withdrawal asked for special family hardship. */
  readonly familyHardship?: boolean;
}

function removed(state: MemberState, on: LocalDate, removal: RemovalRecord): MemberState {
  return withDates(
    {
      ...state,
      removal: { on, ...removal },
      cards: deactivateCards(state.cards),
      exemption: undefined,
      helpList: undefined,
      temporaryStay: undefined,
      positions: positionsEnded(state, on),
    },
    { removal: on },
  );
}

/** A state folded before positions were recorded (a read model's older row) has none. */
function positionsOf(state: MemberState): readonly HeldPosition[] {
  return state.positions ?? [];
}

/** Whoever leaves the party or dies holds no position from that day. */
function positionsEnded(state: MemberState, on: LocalDate): readonly HeldPosition[] {
  const positions = positionsOf(state);
  if (positions.every((held) => held.until !== undefined)) return positions;
  return positions.map((held) => (held.until === undefined ? { ...held, until: on } : held));
}

/** The positions held now. */
export function heldPositions(state: MemberState): readonly HeldPosition[] {
  return positionsOf(state).filter((held) => held.until === undefined);
}

/** The stage comes from the transition table, the one place that states where each action leads. */
export function evolve(state: MemberState, event: MemberEvent): MemberState {
  const next = apply(state, event);
  const last = state.lastOccurredOn;
  return {
    ...next,
    stage: stageAfter(event, state.stage),
    lastOccurredOn: last && last > event.occurredOn ? last : event.occurredOn,
  };
}

/** Party age in whole months on `on`: from the first admission decision, gaps subtracted. */
export function partyAgeMonths(state: MemberState, on: LocalDate): number | undefined {
  const start = state.dates.firstAdmissionDecision;
  if (!start) return undefined;
  const gapDays = state.partyAgeGaps.reduce((sum, gap) => sum + daysBetween(gap.from, gap.to), 0);
  return Math.max(0, monthsBetween(addDays(start, gapDays), on));
}

export function activeCard(state: MemberState): Card | undefined {
  return state.cards.find((card) => card.active);
}

/** What other streams' rules may know about this member. */
export function toMemberFacts(id: string, state: MemberState): MemberFacts {
  return {
    id,
    stage: state.stage,
    cellId: state.cellId,
    officialSince: state.stage === 'official' ? state.dates.officialSince : undefined,
  };
}
