import { monthsBetween, type LocalDate } from '@memberflow/domain';
import {
  evolve,
  heldPositions,
  initialState,
  type MemberEvent,
  type MemberState,
} from '@memberflow/domain/member';
import {
  evolveVillage,
  initialVillageState,
  isVillage,
  type VillageEvent,
  type VillageState,
} from '@memberflow/domain/village';
import {
  evolveOrg,
  initialOrgState,
  isEstablished,
  type OrgEvent,
  type OrgState,
} from '@memberflow/domain/org';
import type { EventStore } from '@memberflow/event-store';

/** Figures as plain nested counts, zeros left out, so two computations compare with toEqual. */
export interface PlainFigures {
  units: Record<string, number>;
  people: Record<string, number>;
  members: {
    total: number;
    byDimension: Record<string, Record<string, number>>;
    byAgeBand: Record<string, number>;
  };
  flows: Record<string, number>;
  /** Villages and who leads them (figures.ts Leadership), every field. */
  leadership: OracleLeadership;
}

export interface OracleLeadership {
  villages: number;
  villagesWithCell: number;
  villagesWithFewerThan3Members: number;
  villagesWithoutMember: number;
  villageHeadsWhoAreMembers: number;
  villageHeadsWhoAreMembersPercent: number | null;
  residentialCells: number;
  cellSecretariesWhoAreVillageHeads: number;
  cellSecretariesWhoAreVillageHeadsPercent: number | null;
  committeeMembersByLevel: Record<string, number>;
}

export interface OracleReport {
  total: PlainFigures;
  children: Record<string, PlainFigures>;
}

const LEVELS = ['central', 'province', 'direct', 'grassroots', 'partial', 'cell'];

function empty(): PlainFigures {
  return {
    units: {},
    people: {},
    members: { total: 0, byDimension: {}, byAgeBand: {} },
    flows: {},
    leadership: {
      villages: 0,
      villagesWithCell: 0,
      villagesWithFewerThan3Members: 0,
      villagesWithoutMember: 0,
      villageHeadsWhoAreMembers: 0,
      villageHeadsWhoAreMembersPercent: null,
      residentialCells: 0,
      cellSecretariesWhoAreVillageHeads: 0,
      cellSecretariesWhoAreVillageHeadsPercent: null,
      committeeMembersByLevel: Object.fromEntries(LEVELS.map((level) => [level, 0])),
    },
  };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;

/** The first day of a year rated: ratings count in the reports of that year, whenever entered. */
const ratedYearStart = (year: number) => `${year}-01-01`;

const COMMITTEE_SEATS = [
  'committee_member',
  'committee_secretary',
  'committee_deputy_secretary',
  'cell_secretary',
  'cell_deputy_secretary',
];

function add(counts: Record<string, number>, key: string, n = 1): void {
  counts[key] = (counts[key] ?? 0) + n;
}

/** The statistics of domain.md §4 computed straight from the event log, without any read model. */
export async function statisticsFromLog(
  store: EventStore,
  unitId: string,
  on: LocalDate,
): Promise<OracleReport> {
  const orgs = new Map<string, OrgState>();
  const members = new Map<string, MemberState>();
  const villageStates = new Map<string, VillageState>();
  /** Every member's state after all their events: where a rating entered later is counted. */
  const latest = new Map<string, MemberState>();
  /** Flow counts by the cell the member was in when the event happened. */
  const flows: { cellId: string; flow: string; date: LocalDate }[] = [];
  const areaOf = (cellId: string) => {
    const state = orgs.get(cellId);
    return state && isEstablished(state) ? state.attributes.area : undefined;
  };
  for await (const stored of store.readAll()) {
    const occurredOn = stored.metadata.occurredOn;
    const event = { type: stored.type, occurredOn, data: stored.data };
    if (stored.streamId.startsWith('member-')) {
      const id = stored.streamId.slice(7);
      const entered = evolve(latest.get(id) ?? initialState, event as MemberEvent);
      latest.set(id, entered);
      // A rating counts in the year rated, even when entered after the date asked about.
      if (occurredOn > on && event.type === 'RatingRecorded' && entered.cellId) {
        const { year, grade } = event.data as { year: number; grade: string };
        flows.push({ cellId: entered.cellId, flow: `rating.${grade}`, date: ratedYearStart(year) });
      }
    }
    if (stored.streamId.startsWith('org-') && event.type === 'OrgRatingRecorded') {
      const { year, grade } = event.data as { year: number; grade: string };
      flows.push({
        cellId: stored.streamId.slice(4),
        flow: `orgRating.${grade}`,
        date: ratedYearStart(year),
      });
    }
    if (occurredOn > on) continue;
    if (stored.streamId.startsWith('org-')) {
      const id = stored.streamId.slice(4);
      orgs.set(id, evolveOrg(orgs.get(id) ?? initialOrgState, event as OrgEvent));
    } else if (stored.streamId.startsWith('village-')) {
      const id = stored.streamId.slice(8);
      villageStates.set(
        id,
        evolveVillage(villageStates.get(id) ?? initialVillageState, event as VillageEvent),
      );
    } else if (stored.streamId.startsWith('member-')) {
      const id = stored.streamId.slice(7);
      const before = members.get(id) ?? initialState;
      const after = evolve(before, event as MemberEvent);
      members.set(id, after);
      const cellId = after.cellId ?? before.cellId;
      if (cellId)
        for (const [flow, date] of flowsOf(before, after, event as MemberEvent, areaOf(cellId)))
          flows.push({ cellId, flow, date });
    }
  }

  const active = (id: string): boolean => {
    const state = orgs.get(id);
    return !!state && isEstablished(state) && state.status === 'active';
  };
  /** Where a unit stands on the date: a merged unit and the sub-units of one belong to the target. */
  const parentOf = (id: string): string | undefined => {
    const state = orgs.get(id);
    if (!state || !isEstablished(state)) return undefined;
    if (state.status === 'merged') return state.mergedIntoId;
    let parent = state.parentId;
    for (let guard = 0; parent !== undefined && guard < 100; guard += 1) {
      const above = orgs.get(parent);
      if (!above || !isEstablished(above) || above.status !== 'merged') break;
      parent = above.mergedIntoId;
    }
    return parent;
  };
  /** The child of the root a unit lies under ('' for the root's own), or undefined outside it. */
  const topOf = (id: string): string | undefined => {
    const state = orgs.get(id);
    if (!state || !isEstablished(state) || state.status === 'dissolved') return undefined;
    if (id === unitId) return '';
    let child = id;
    for (
      let parent = parentOf(id), guard = 0;
      parent !== undefined && guard < 100;
      parent = parentOf(parent), guard += 1
    ) {
      const above = orgs.get(parent);
      if (!above || !isEstablished(above) || above.status === 'dissolved') return undefined;
      if (parent === unitId) return active(child) ? child : '';
      child = parent;
    }
    return undefined;
  };

  const report: OracleReport = { total: empty(), children: {} };
  for (const id of orgs.keys()) {
    if (id !== unitId && topOf(id) !== undefined && active(id) && parentOf(id) === unitId)
      report.children[id] = empty();
  }
  const each = (top: string, fill: (figures: PlainFigures) => void): void => {
    fill(report.total);
    const child = report.children[top];
    if (child) fill(child);
  };

  for (const [id, state] of orgs) {
    if (id === unitId || !active(id) || !isEstablished(state)) continue;
    const top = topOf(id);
    if (top === undefined) continue;
    add(report.total.units, state.kind);
    if (top !== id && report.children[top]) add(report.children[top].units, state.kind);
  }

  for (const state of members.values()) {
    if (!state.person || !state.cellId || state.stage === 'new') continue;
    const top = topOf(state.cellId);
    if (top === undefined) continue;
    const person = state.person;
    each(top, (figures) => {
      add(figures.people, state.stage);
      if (state.stage !== 'probationary' && state.stage !== 'official') return;
      figures.members.total += 1;
      const dims: [string, string][] = [
        ['gender', person.gender],
        ['ethnicity', person.ethnicity === 'kinh' ? 'kinh' : 'minority'],
        ['religion', person.religion ? 'religious' : 'none'],
        ['education', person.education],
        ['professionalLevel', person.professionalLevel],
        ['politicalTheory', person.politicalTheory],
        ['youthUnion', person.youthUnionMember ? 'member' : 'not_member'],
        ['exemption', state.exemption ? 'exempt' : 'active'],
      ];
      for (const [dimension, value] of dims) {
        figures.members.byDimension[dimension] ??= {};
        add(figures.members.byDimension[dimension], value);
      }
      const age = Math.floor(monthsBetween(person.dateOfBirth, on) / 12);
      add(
        figures.members.byAgeBand,
        age <= 30
          ? '18-30'
          : age <= 40
            ? '31-40'
            : age <= 50
              ? '41-50'
              : age <= 60
                ? '51-60'
                : 'over-60',
      );
    });
  }

  const yearStart = `${on.slice(0, 4)}-01-01`;
  for (const flow of flows) {
    if (flow.date < yearStart || flow.date > on) continue;
    const top = topOf(flow.cellId);
    if (top !== undefined) each(top, (figures) => add(figures.flows, flow.flow));
  }

  // Villages and who leads them (issue 18).
  const isMember = (state: MemberState) =>
    state.stage === 'probationary' || state.stage === 'official';
  for (const [id, state] of orgs) {
    if (!isEstablished(state) || state.status !== 'active') continue;
    if (
      !state.attributes.residential ||
      (state.kind !== 'cell' && state.kind !== 'grassroots_cell')
    )
      continue;
    const top = topOf(id);
    if (top !== undefined) each(top, (figures) => (figures.leadership.residentialCells += 1));
  }
  const finalVillage = (id: string): string => {
    let at = id;
    for (let guard = 0; guard < 100; guard += 1) {
      const state = villageStates.get(at);
      if (!state || !isVillage(state) || state.status !== 'merged' || !state.mergedIntoId) break;
      at = state.mergedIntoId;
    }
    return at;
  };
  const residents = new Map<string, number>();
  const headed = new Set<string>();
  for (const state of members.values()) {
    if (!isMember(state)) continue;
    if (state.residenceVillageId) {
      const at = finalVillage(state.residenceVillageId);
      residents.set(at, (residents.get(at) ?? 0) + 1);
    }
    const held = heldPositions(state);
    const heads = held.filter((p) => p.position === 'village_head' && p.villageId);
    for (const head of heads) headed.add(head.villageId as string);
    const seats = new Set(
      held
        .filter((p) => COMMITTEE_SEATS.includes(p.position) && p.level && p.unitId)
        .map((p) => `${p.level}@${p.unitId}`),
    );
    for (const seat of seats) {
      const [level, unitId] = seat.split('@');
      const top = topOf(unitId);
      if (top !== undefined)
        each(top, (figures) => (figures.leadership.committeeMembersByLevel[level] += 1));
    }
    if (heads.length > 0) {
      const cells = new Set(
        held
          .filter((p) => p.position === 'cell_secretary' && p.residential && p.unitId)
          .map((p) => p.unitId as string),
      );
      for (const cellId of cells) {
        const top = topOf(cellId);
        if (top !== undefined)
          each(top, (figures) => (figures.leadership.cellSecretariesWhoAreVillageHeads += 1));
      }
    }
  }
  for (const [id, state] of villageStates) {
    if (!isVillage(state) || state.status !== 'active') continue;
    const top = topOf(state.communeId);
    if (top === undefined) continue;
    const cell = state.cellId === undefined ? undefined : orgs.get(state.cellId);
    const withCell = !!cell && isEstablished(cell) && cell.status !== 'dissolved';
    const living = residents.get(id) ?? 0;
    each(top, (figures) => {
      const l = figures.leadership;
      l.villages += 1;
      if (withCell) l.villagesWithCell += 1;
      if (headed.has(id)) l.villageHeadsWhoAreMembers += 1;
      if (living === 0) l.villagesWithoutMember += 1;
      if (living < 3) l.villagesWithFewerThan3Members += 1;
    });
  }
  for (const figures of [report.total, ...Object.values(report.children)]) {
    const l = figures.leadership;
    l.villageHeadsWhoAreMembersPercent = percent(l.villageHeadsWhoAreMembers, l.villages);
    l.cellSecretariesWhoAreVillageHeadsPercent = percent(
      l.cellSecretariesWhoAreVillageHeads,
      l.residentialCells,
    );
  }
  return report;
}

function flowsOf(
  before: MemberState,
  after: MemberState,
  event: MemberEvent,
  area: string | undefined,
): [string, LocalDate][] {
  const found: [string, LocalDate][] = [];
  const on = event.occurredOn;
  const admitted = (date: LocalDate) => {
    found.push(['admitted', date]);
    const person = after.person;
    if (!person) return;
    const age = Math.floor(monthsBetween(person.dateOfBirth, date) / 12);
    const band =
      age <= 30
        ? '18-30'
        : age <= 40
          ? '31-40'
          : age <= 50
            ? '41-50'
            : age <= 60
              ? '51-60'
              : 'over-60';
    const youth = person.youthUnionMember || after.proposedBy === 'youth_union';
    for (const [name, value] of [
      ['area', area],
      ['gender', person.gender],
      ['ethnicity', person.ethnicity === 'kinh' ? 'kinh' : 'minority'],
      ['religion', person.religion ? 'religious' : 'none'],
      ['ageBand', band],
      ['youthUnion', youth ? 'member' : 'not_member'],
    ])
      if (value !== undefined) found.push([`admitted.${name}.${value}`, date]);
  };
  if (event.type === 'MemberRegistered') {
    if (event.data.admissionDecisionDate) admitted(event.data.admissionDecisionDate);
    if (event.data.cardNo) found.push(['cardIssued', event.data.cardIssuedOn ?? on]);
  }
  if (event.type === 'AdmissionDecided') admitted(on);
  if (event.type === 'RecognizedAsOfficial') found.push(['recognized', on]);
  if (event.type === 'RatingRecorded')
    found.push([`rating.${event.data.grade}`, ratedYearStart(event.data.year)]);
  if (event.type === 'CardIssued') found.push(['cardIssued', on]);
  if (event.type === 'DeathRecorded') found.push(['deceased', on]);
  if (before.stage !== 'removed' && after.stage === 'removed' && after.removal)
    found.push([`removed.${after.removal.form}`, on]);
  return found;
}

/** Read-model figures in the oracle's shape: zeros dropped (the leadership figures are kept whole). */
export function plain(figures: {
  units: Record<string, number>;
  people: Record<string, number>;
  members: {
    total: number;
    byDimension: Record<string, Record<string, number>>;
    byAgeBand: Record<string, number>;
  };
  flows: Record<string, number>;
  leadership: OracleLeadership;
}): PlainFigures {
  const nonZero = (counts: Record<string, number>): Record<string, number> =>
    Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
  const byDimension = Object.fromEntries(
    Object.entries(figures.members.byDimension)
      .map(([name, values]) => [name, nonZero(values)] as const)
      .filter(([, values]) => Object.keys(values).length > 0),
  );
  return {
    units: nonZero(figures.units),
    people: nonZero(figures.people),
    members: {
      total: figures.members.total,
      byDimension,
      byAgeBand: nonZero(figures.members.byAgeBand),
    },
    flows: nonZero(figures.flows),
    leadership: { ...figures.leadership },
  };
}
