import { monthsBetween, type LocalDate } from '@memberflow/domain';
import {
  evolve,
  initialState,
  type MemberEvent,
  type MemberState,
} from '@memberflow/domain/member';
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
}

export interface OracleReport {
  total: PlainFigures;
  children: Record<string, PlainFigures>;
}

function empty(): PlainFigures {
  return {
    units: {},
    people: {},
    members: { total: 0, byDimension: {}, byAgeBand: {} },
    flows: {},
  };
}

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
  /** Flow counts by the cell the member was in when the event happened. */
  const flows: { cellId: string; flow: string; date: LocalDate }[] = [];
  for await (const stored of store.readAll()) {
    const occurredOn = stored.metadata.occurredOn;
    if (occurredOn > on) continue;
    const event = { type: stored.type, occurredOn, data: stored.data };
    if (stored.streamId.startsWith('org-')) {
      const id = stored.streamId.slice(4);
      orgs.set(id, evolveOrg(orgs.get(id) ?? initialOrgState, event as OrgEvent));
    } else if (stored.streamId.startsWith('member-')) {
      const id = stored.streamId.slice(7);
      const before = members.get(id) ?? initialState;
      const after = evolve(before, event as MemberEvent);
      members.set(id, after);
      const cellId = after.cellId ?? before.cellId;
      if (cellId)
        for (const [flow, date] of flowsOf(before, after, event as MemberEvent))
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
  return report;
}

function flowsOf(
  before: MemberState,
  after: MemberState,
  event: MemberEvent,
): [string, LocalDate][] {
  const found: [string, LocalDate][] = [];
  const on = event.occurredOn;
  if (event.type === 'MemberRegistered') {
    if (event.data.admissionDecisionDate)
      found.push(['admitted', event.data.admissionDecisionDate]);
    if (event.data.cardNo) found.push(['cardIssued', event.data.cardIssuedOn ?? on]);
  }
  if (event.type === 'AdmissionDecided') found.push(['admitted', on]);
  if (event.type === 'RecognizedAsOfficial') found.push(['recognized', on]);
  if (event.type === 'RatingRecorded') found.push([`rating.${event.data.grade}`, on]);
  if (event.type === 'CardIssued') found.push(['cardIssued', on]);
  if (event.type === 'DeathRecorded') found.push(['deceased', on]);
  if (before.stage !== 'removed' && after.stage === 'removed' && after.removal)
    found.push([`removed.${after.removal.form}`, on]);
  return found;
}

/** Read-model figures in the oracle's shape: zeros dropped. */
export function plain(figures: {
  units: Record<string, number>;
  people: Record<string, number>;
  members: {
    total: number;
    byDimension: Record<string, Record<string, number>>;
    byAgeBand: Record<string, number>;
  };
  flows: Record<string, number>;
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
  };
}
