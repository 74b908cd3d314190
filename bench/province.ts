/**
 * A synthetic province, deterministic for a given size: an organization tree (province → districts →
 * grassroots committees → cells) and its members, each with the commands of their life so far. The
 * pure deciders turn those commands into the events the engine itself would store, so every figure of
 * the benchmark is taken over the events the lifecycle really produces.
 */
import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonths,
  createVietnamCalendar,
  isRejection,
  policyOn,
  type DomainEvent,
  type Facts,
  type LocalDate,
  type MemberFacts,
  type OrgFacts,
} from '@memberflow/domain';
import {
  memberDecider,
  toMemberFacts,
  type MemberCommand,
  type MemberState,
  type Person,
} from '@memberflow/domain/member';
import { orgDecider, toOrgFacts, type OrgCommand } from '@memberflow/domain/org';
import type { EventToAppend } from '@memberflow/event-store';
import { MEMBER_AGGREGATE, ORG_AGGREGATE } from '@memberflow/application';

export const MEMBERS_PER_CELL = 20;
const CELLS_PER_COMMUNE = 5;
export const COMMUNES_PER_DISTRICT = 15;
/** Official members imported in every cell: they introduce the cell's candidates. */
const IMPORTED_PER_CELL = 2;

/** The business date the generator decides on: every generated date lies before it. */
export const BENCH_TODAY: LocalDate = '2025-06-30';
const CALENDAR = createVietnamCalendar();

export interface OrgUnitPlan {
  readonly id: string;
  readonly parentId?: string;
  readonly kind: 'province' | 'direct_committee' | 'grassroots_committee' | 'cell';
  readonly name: string;
  readonly code: string;
  readonly area: 'urban' | 'rural';
}

export interface Province {
  readonly members: number;
  readonly provinceId: string;
  readonly units: readonly OrgUnitPlan[];
  readonly cells: readonly OrgUnitPlan[];
  /** The district committee above each cell (it decides admissions), by cell id. */
  readonly districtOf: ReadonlyMap<string, string>;
  /** The imported official members of each cell, by cell id. */
  readonly introducersOf: ReadonlyMap<string, readonly string[]>;
}

/** One member's commands, in order, as an officer would send them. */
export interface MemberPlan {
  readonly id: string;
  readonly cellId: string;
  readonly commands: readonly MemberCommand[];
}

/** A small, fast, seedable PRNG (mulberry32), so the same size always gives the same province. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildProvince(members: number): Province {
  const cellCount = Math.max(1, Math.ceil(members / MEMBERS_PER_CELL));
  const communeCount = Math.ceil(cellCount / CELLS_PER_COMMUNE);
  const districtCount = Math.ceil(communeCount / COMMUNES_PER_DISTRICT);
  const provinceId = 'tinh';
  const units: OrgUnitPlan[] = [
    { id: provinceId, kind: 'province', name: 'Đảng bộ tỉnh Thanh Hóa', code: 'TH', area: 'urban' },
  ];
  const cells: OrgUnitPlan[] = [];
  const districtOf = new Map<string, string>();
  const introducersOf = new Map<string, string[]>();
  for (let d = 0; d < districtCount; d++) {
    const districtId = `huyen-${d}`;
    units.push({
      id: districtId,
      parentId: provinceId,
      kind: 'direct_committee',
      name: `Đảng bộ huyện ${DISTRICT_NAMES[d % DISTRICT_NAMES.length]} ${d}`,
      code: `H${d}`,
      area: 'rural',
    });
    for (let c = 0; c < COMMUNES_PER_DISTRICT; c++) {
      const commune = d * COMMUNES_PER_DISTRICT + c;
      if (commune >= communeCount) break;
      const communeId = `xa-${commune}`;
      units.push({
        id: communeId,
        parentId: districtId,
        kind: 'grassroots_committee',
        name: `Đảng bộ xã ${COMMUNE_NAMES[commune % COMMUNE_NAMES.length]} ${commune}`,
        code: `X${commune}`,
        area: commune % 4 === 0 ? 'urban' : 'rural',
      });
      for (let k = 0; k < CELLS_PER_COMMUNE; k++) {
        const index = commune * CELLS_PER_COMMUNE + k;
        if (index >= cellCount) break;
        const cell: OrgUnitPlan = {
          id: `chibo-${index}`,
          parentId: communeId,
          kind: 'cell',
          name: `Chi bộ thôn ${k + 1} xã ${commune}`,
          code: `C${index}`,
          area: commune % 4 === 0 ? 'urban' : 'rural',
        };
        units.push(cell);
        cells.push(cell);
        districtOf.set(cell.id, districtId);
        introducersOf.set(
          cell.id,
          Array.from({ length: IMPORTED_PER_CELL }, (_, n) => memberIdOf(index * 1000 + n)),
        );
      }
    }
  }
  return { members, provinceId, units, cells, districtOf, introducersOf };
}

/** Member ids of the generated province; the bench's cohorts use other number ranges. */
export function memberIdOf(n: number): string {
  return `m${n.toString(36).padStart(7, '0')}`;
}

export function orgCommands(province: Province): OrgCommand[] {
  return province.units.map((unit) => ({
    action: 'establish',
    orgId: unit.id,
    occurredOn: '2015-01-05',
    payload: {
      ...(unit.parentId === undefined ? {} : { parentId: unit.parentId }),
      kind: unit.kind,
      name: unit.name,
      code: unit.code,
      attributes: { area: unit.area },
    },
  }));
}

/**
 * The members of the province, cell after cell: each cell has two imported official members (with
 * three yearly ratings) and candidates at every stage of the admission pipeline, a third of them taken
 * all the way to an official member with a card. About 9 events a member on average.
 */
export function* provinceMembers(province: Province): Generator<MemberPlan> {
  const random = prng(province.members);
  let generated = 0;
  for (const [cellIndex, cell] of province.cells.entries()) {
    for (let n = 0; n < MEMBERS_PER_CELL && generated < province.members; n++, generated++) {
      const number = cellIndex * 1000 + n;
      const id = memberIdOf(number);
      if (n < IMPORTED_PER_CELL) {
        yield { id, cellId: cell.id, commands: importedOfficial(id, number, cell.id) };
        continue;
      }
      const all = candidateLifecycle(province, id, number, cell.id, random);
      const steps = random() < 0.35 ? all.length : 1 + Math.floor(random() * (all.length - 1));
      yield { id, cellId: cell.id, commands: all.slice(0, steps) };
    }
  }
}

/** New candidates (cohort `cohort`, `count` of them) taken through the whole lifecycle: 14 commands each. */
export function cohortMembers(province: Province, cohort: number, count: number): MemberPlan[] {
  const random = prng(cohort * 7919 + count);
  return Array.from({ length: count }, (_, index) => {
    const cell = province.cells[(index * 7 + cohort) % province.cells.length];
    const number = 1_000_000_000 + cohort * 10_000_000 + index;
    const id = memberIdOf(number);
    return {
      id,
      cellId: cell.id,
      commands: candidateLifecycle(province, id, number, cell.id, random),
    };
  });
}

function importedOfficial(memberId: string, number: number, cellId: string): MemberCommand[] {
  const registered: MemberCommand = {
    action: 'register-existing',
    memberId,
    occurredOn: '2015-02-01',
    payload: {
      person: personFor(number, '1975-05-01'),
      cellId,
      admissionDecisionDate: '2010-03-01',
      admissionDecisionNo: `${100 + (number % 800)}-QĐ/HU`,
      ceremonyDate: '2010-03-20',
      recognitionDate: '2011-03-20',
      cardNo: String(10_000_000 + number).slice(-8),
      cardIssuedOn: '2011-06-01',
    },
  };
  const ratings: MemberCommand[] = [2021, 2022, 2023].map((year) => ({
    action: 'record-rating',
    memberId,
    occurredOn: `${year + 1}-01-15`,
    payload: { year, grade: number % 3 === 0 ? 'complete' : 'good' },
  }));
  return [registered, ...ratings];
}

/** From sympathizer to official member with a card, dates spread over 2021–2023 by member. */
function candidateLifecycle(
  province: Province,
  memberId: string,
  number: number,
  cellId: string,
  random: () => number,
): MemberCommand[] {
  const base = addDays('2021-03-01', Math.floor(random() * 300));
  const on = (days: number): LocalDate => addDays(base, days);
  const district = province.districtOf.get(cellId) ?? province.provinceId;
  const [first, second] = province.introducersOf.get(cellId) ?? [];
  const ceremony = on(131);
  const recognitionVote = addDays(addMonths(ceremony, 12), 1);
  const command = <C extends MemberCommand>(c: Omit<C, 'memberId'>): MemberCommand =>
    ({ ...c, memberId }) as MemberCommand;
  const birth = addDays('1990-01-01', Math.floor(random() * 3650));
  return [
    command({
      action: 'source-candidate',
      occurredOn: on(0),
      payload: { person: personFor(number, birth), cellId, proposedBy: 'youth_union' },
    }),
    command({
      action: 'complete-awareness-course',
      occurredOn: on(30),
      payload: {
        certificateNo: `GCN-${number}`,
        issuer: 'Trung tâm Chính trị huyện',
        certificateDate: on(30),
      },
    }),
    command({ action: 'submit-application', occurredOn: on(50), payload: {} }),
    command({
      action: 'record-background-check',
      occurredOn: on(60),
      payload: { conclusion: 'clear' },
    }),
    command({
      action: 'assign-introducers',
      occurredOn: on(61),
      payload: {
        introducers: [first, second].map((id) => ({ memberId: id, knownSince: '2019-01-01' })),
      },
    }),
    command({
      action: 'record-opinion',
      occurredOn: on(65),
      payload: { source: 'mass_organization', favorable: true, summary: 'Đoàn cơ sở nhất trí' },
    }),
    command({
      action: 'record-opinion',
      occurredOn: on(66),
      payload: {
        source: 'residence_cell',
        favorable: true,
        summary: 'Chi bộ nơi cư trú nhất trí',
      },
    }),
    command({
      action: 'record-cell-vote',
      occurredOn: on(85),
      payload: { vote: { entitled: 12, present: 10, inFavor: 8 } },
      documentRef: `${number % 90}-NQ/CB`,
    }),
    command({
      action: 'record-committee-vote',
      occurredOn: on(92),
      payload: { vote: { entitled: 9, inFavor: 7 } },
    }),
    command({
      action: 'decide-admission',
      occurredOn: on(114),
      payload: { decisionNo: `${number % 900}-QĐ/HU`, decidingUnitId: district },
    }),
    command({ action: 'hold-ceremony', occurredOn: ceremony, payload: {} }),
    command({
      action: 'record-recognition-vote',
      occurredOn: recognitionVote,
      payload: { cellVote: { entitled: 12, inFavor: 11 } },
    }),
    command({
      action: 'recognize-official',
      occurredOn: addDays(recognitionVote, 7),
      payload: { decisionNo: `${number % 900}-QĐ/HU`, decidingUnitId: district },
    }),
    command({
      action: 'issue-card',
      occurredOn: addDays(recognitionVote, 14),
      payload: { cardNo: String(20_000_000 + (number % 80_000_000)) },
    }),
  ];
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Quang'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Linh'];
const ETHNICITY = ['kinh', 'kinh', 'kinh', 'kinh', 'kinh', 'kinh', 'muong', 'thai', 'tay'];
const DISTRICT_NAMES = ['Thọ Xuân', 'Quảng Xương', 'Hoằng Hóa', 'Nga Sơn', 'Tĩnh Gia', 'Yên Định'];
const COMMUNE_NAMES = ['Xuân Hòa', 'Quảng Ninh', 'Hoằng Phụ', 'Nga Liên', 'Hải Hòa', 'Định Tăng'];

function personFor(number: number, dateOfBirth: LocalDate): Person {
  const pick = <T>(list: readonly T[], salt: number): T => list[(number * 31 + salt) % list.length];
  return {
    fullName: `${pick(FAMILY, 1)} ${pick(MIDDLE, 3)} ${pick(GIVEN, 7)}`,
    gender: number % 2 === 0 ? 'male' : 'female',
    dateOfBirth,
    ethnicity: pick(ETHNICITY, 5) as Person['ethnicity'],
    citizenId: String(38_000_000_000 + number)
      .padStart(12, '0')
      .slice(-12),
    hometown: 'Xã Quảng Ninh, huyện Quảng Xương, tỉnh Thanh Hóa',
    residence: 'Thôn 3, xã Quảng Ninh, huyện Quảng Xương, tỉnh Thanh Hóa',
    education: 'upper_secondary',
    professionalLevel: number % 5 === 0 ? 'college' : 'university',
    politicalTheory: 'elementary',
    occupation: 'Giáo viên trung học cơ sở',
    youthUnionMember: true,
  } as Person;
}

/** The actor the generated history is recorded by. */
export const BENCH_ACTOR = { id: 'bench-officer', role: 'officer', orgId: 'tinh' } as const;

/**
 * Decides commands with the pure deciders, against facts kept in memory, and wraps the events as the
 * command path would append them (same ids, schema versions and metadata).
 */
export class HistoryWriter {
  private readonly orgFacts = new Map<string, OrgFacts>();
  private readonly memberFacts = new Map<string, MemberFacts>();
  private readonly facts: Facts = {
    org: (id) => this.orgFacts.get(id),
    member: (id) => this.memberFacts.get(id),
  };

  orgStream(command: OrgCommand): { streamId: string; events: EventToAppend[] } {
    const decided = orgDecider.decide(command, orgDecider.initialState, this.context(command));
    if (isRejection(decided))
      throw new Error(`${command.orgId}: ${decided.rule} ${decided.message.en}`);
    const state = decided.reduce(orgDecider.evolve, orgDecider.initialState);
    const parent = command.action === 'establish' ? command.payload.parentId : undefined;
    const parentFacts = parent === undefined ? undefined : this.orgFacts.get(parent);
    const ancestors = parentFacts ? [parentFacts.id, ...parentFacts.ancestorIds] : [];
    this.orgFacts.set(command.orgId, toOrgFacts(command.orgId, state, ancestors));
    return {
      streamId: ORG_AGGREGATE.streamId(command.orgId),
      events: decided.map((event) =>
        toAppend(event, command.action, command.occurredOn, ORG_AGGREGATE),
      ),
    };
  }

  /** The member's events, decided one command after the other; a rejection is a generator bug. */
  memberStream(plan: MemberPlan): {
    streamId: string;
    events: EventToAppend[];
    state: MemberState;
  } {
    let state = memberDecider.initialState;
    const events: EventToAppend[] = [];
    for (const command of plan.commands) {
      const decided = memberDecider.decide(command, state, this.context(command));
      if (isRejection(decided)) {
        throw new Error(`${plan.id} ${command.action}: ${decided.rule} ${decided.message.en}`);
      }
      for (const event of decided) {
        state = memberDecider.evolve(state, event);
        events.push(toAppend(event, command.action, command.occurredOn, MEMBER_AGGREGATE));
      }
    }
    this.memberFacts.set(plan.id, toMemberFacts(plan.id, state));
    return { streamId: MEMBER_AGGREGATE.streamId(plan.id), events, state };
  }

  private context(command: { occurredOn: LocalDate }) {
    return {
      today: BENCH_TODAY,
      policy: policyOn(command.occurredOn),
      calendar: CALENDAR,
      facts: this.facts,
    };
  }
}

function toAppend(
  event: DomainEvent,
  action: string,
  occurredOn: LocalDate,
  aggregate: { schemaVersion(type: string): number },
): EventToAppend {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: aggregate.schemaVersion(event.type),
    data: event.data,
    metadata: {
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor: BENCH_ACTOR,
      occurredOn: event.occurredOn || occurredOn,
      action,
      fingerprint: commandId.replace(/-/g, ''),
      policyVersion: policyOn(occurredOn).version,
    },
  };
}
