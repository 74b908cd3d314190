import {
  addDays,
  addMonths,
  addYears,
  monthsBetween,
  policyOn,
  yearOf,
  type LocalDate,
} from '@memberflow/domain';
import type {
  MemberCommand,
  MemberCommandOf,
  MemberPayloads,
  MemberAction,
  Person,
  RatingGrade,
} from '@memberflow/domain/member';
import { MASS_ORGANIZATIONS } from '@memberflow/domain/member';
import type { OrgArea, OrgCommand, OrgKind } from '@memberflow/domain/org';
import type { PlanCommand } from '@memberflow/domain/plan';
import { PeopleFactory } from './demo-people';
import { DemoRandom } from './demo-random';

/**
 * A synthetic province built through the command path (issue 7): a tree like a real province, its
 * members registered from earlier records, then some years of their life (ratings, badges, cards,
 * exemptions, transfers, deaths, removals), a cohort of candidates each year going through the whole
 * admission procedure against yearly plans, and the 2025 reorganization (district committees merged
 * into the province, cells moved and merged). Every command is dated and valid under the rules of its
 * date; the script lists them in the order they must run.
 */
export interface ProvinceOptions {
  /** Members registered at the start (about 30,000 for a province). */
  readonly members: number;
  /** Years of history; the last one is the year of admissions against plans. */
  readonly years: number;
  readonly seed: number;
  /** Commands are dated up to the day before. */
  readonly today: LocalDate;
}

export type ProvinceCommand =
  | { readonly aggregate: 'org'; readonly command: OrgCommand }
  | { readonly aggregate: 'plan'; readonly command: PlanCommand }
  | { readonly aggregate: 'member'; readonly command: MemberCommand };

export interface ProvinceScript {
  readonly rootId: string;
  readonly commands: readonly ProvinceCommand[];
  /** When district committees were merged and cells moved, if the history reaches that far. */
  readonly reorganizedOn: LocalDate | undefined;
  /** The units the reorganization changed: ended ones and moved ones. */
  readonly reorganized: readonly string[];
  readonly admissionYear: number;
  readonly unitCounts: Readonly<Record<string, number>>;
  readonly candidates: number;
}

const ROOT = 'tinh';
/** What a tree looks like for 30,000 members (the reference report, domain.md §4). */
const REFERENCE = {
  members: 30_000,
  grassrootsCommittees: 185,
  grassrootsCells: 341,
  partial: 3,
  cells: 1_908,
};
const ADMISSION_RATE = 0.036;
const DISTRICTS = [
  'Mường Lát',
  'Quan Hóa',
  'Quan Sơn',
  'Bá Thước',
  'Lang Chánh',
  'Thường Xuân',
  'Như Xuân',
  'Như Thanh',
  'Ngọc Lặc',
  'Cẩm Thủy',
  'Thạch Thành',
  'Vĩnh Lộc',
];
const AREAS: readonly OrgArea[] = ['border', 'remote', 'rural', 'urban'];
const GRADES: readonly (readonly [RatingGrade, number])[] = [
  ['excellent', 12],
  ['good', 70],
  ['complete', 16],
  ['not_complete', 2],
];
const SCORES: Readonly<Record<RatingGrade, readonly [number, number]>> = {
  excellent: [90, 98],
  good: [72, 88],
  complete: [52, 68],
  not_complete: [30, 48],
};

interface Unit {
  readonly id: string;
  readonly kind: OrgKind;
  readonly name: string;
  readonly area: OrgArea;
  readonly authority: boolean;
}

/** The tree at one moment as the rules see it: each unit's own parent, whether it is active. */
class TreeSnapshot {
  constructor(
    readonly parent: Map<string, string | undefined>,
    readonly active: Set<string>,
    private readonly units: ReadonlyMap<string, Unit>,
    /** Units merged into another: their sub-units belong to the target from then on. */
    readonly mergedInto = new Map<string, string>(),
  ) {}

  clone(): TreeSnapshot {
    return new TreeSnapshot(
      new Map(this.parent),
      new Set(this.active),
      this.units,
      new Map(this.mergedInto),
    );
  }

  ancestors(id: string): string[] {
    const chain: string[] = [];
    for (let at = this.parent.get(id); at !== undefined; at = this.parent.get(at)) chain.push(at);
    return chain;
  }

  /**
   * The nearest active unit above a cell that decides admissions for it (member/rules/authority.ts,
   * R-AUTHORITY): the direct superior, or an authorised grassroots committee; a merged unit's line goes
   * on through the unit it was merged into, as the rules' facts do.
   */
  decidingUnit(cellId: string): string {
    const seen = new Set<string>();
    for (let at = this.parent.get(cellId); at !== undefined && !seen.has(at);) {
      seen.add(at);
      const unit = this.units.get(at);
      if (unit && this.active.has(at)) {
        if (unit.kind === 'direct_committee' || unit.kind === 'province') return at;
        if (unit.kind === 'grassroots_committee' && unit.authority) return at;
      }
      at = this.mergedInto.get(at) ?? this.parent.get(at);
    }
    return ROOT;
  }

  holdingCells(): string[] {
    return [...this.active].filter((id) => {
      const kind = this.units.get(id)?.kind;
      return kind === 'cell' || kind === 'grassroots_cell';
    });
  }
}

export function provinceScript(
  options: ProvinceOptions,
  memberIdOf: (citizenId: string) => string,
): ProvinceScript {
  return new ProvinceBuilder(options, memberIdOf).build();
}

interface Dated {
  readonly on: LocalDate;
  readonly rank: number;
  readonly command: ProvinceCommand;
}

class ProvinceBuilder {
  private readonly random: DemoRandom;
  private readonly people: PeopleFactory;
  private readonly horizon: LocalDate;
  private readonly admissionYear: number;
  private readonly startYear: number;
  private readonly registeredOn: LocalDate;
  private readonly reorganizedOn: LocalDate | undefined;
  private readonly units = new Map<string, Unit>();
  private readonly script: Dated[] = [];
  private before!: TreeSnapshot;
  private after!: TreeSnapshot;
  private readonly reorganized: string[] = [];
  /** Official members who stay put the whole history, by cell: introducers and helpers. */
  private readonly steady = new Map<string, string[]>();
  private readonly allSteady: string[] = [];
  /** Admission decisions per year and per unit above the cell, for the plans. */
  private readonly admissions = new Map<number, Map<string, number>>();
  private readonly ratingDays = new Map<string, LocalDate>();
  private decisionSerial = 0;
  private cardSerial = 0;
  private candidates = 0;

  constructor(
    private readonly options: ProvinceOptions,
    private readonly memberIdOf: (citizenId: string) => string,
  ) {
    this.random = new DemoRandom(options.seed);
    this.people = new PeopleFactory(this.random);
    this.horizon = addDays(options.today, -1);
    this.admissionYear = yearOf(addDays(options.today, -45));
    this.startYear = this.admissionYear - Math.max(1, options.years) + 1;
    this.registeredOn = `${this.startYear}-01-06`;
    this.reorganizedOn =
      this.admissionYear - 1 >= this.startYear ? `${this.admissionYear - 1}-07-01` : undefined;
  }

  build(): ProvinceScript {
    this.establishTree();
    this.reorganize();
    const holders = this.before.holdingCells();
    const weights = holders.map(() => 0.5 + this.random.next());
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < this.options.members; i += 1) {
      let roll = this.random.next() * totalWeight;
      let index = 0;
      while (roll > weights[index] && index < weights.length - 1) roll -= weights[index++];
      this.existingMember(holders[index]);
    }
    for (let year = this.startYear; year <= this.admissionYear; year += 1) {
      const cohort = Math.max(2, Math.round((this.options.members * ADMISSION_RATE) / 0.85));
      for (let i = 0; i < cohort; i += 1) this.candidate(year);
    }
    this.plans();
    const rankOrder = [...this.script].sort((a, b) =>
      a.on < b.on ? -1 : a.on > b.on ? 1 : a.rank - b.rank,
    );
    const unitCounts: Record<string, number> = {};
    for (const unit of this.units.values())
      unitCounts[unit.kind] = (unitCounts[unit.kind] ?? 0) + 1;
    return {
      rootId: ROOT,
      commands: rankOrder.map((entry) => entry.command),
      reorganizedOn: this.reorganizedOn,
      reorganized: this.reorganized,
      admissionYear: this.admissionYear,
      unitCounts,
      candidates: this.candidates,
    };
  }

  // ------------------------------------------------------------------------------------------------
  // The tree

  private establishTree(): void {
    const scale = this.options.members / REFERENCE.members;
    const count = (reference: number, min: number): number =>
      Math.max(min, Math.round(reference * scale));
    const directCount = Math.max(2, Math.round(12 * Math.sqrt(scale)));
    // Direct committees may no longer be established from 1/7/2025 (QĐ 294): the tree is older.
    const start = [`${this.startYear - 1}-10-01`, '2025-06-02'].sort()[0];
    const parent = new Map<string, string | undefined>();
    const add = (unit: Unit, parentId: string | undefined, on: LocalDate): void => {
      this.units.set(unit.id, unit);
      parent.set(unit.id, parentId);
      this.org(on, {
        action: 'establish',
        orgId: unit.id,
        occurredOn: on,
        payload: {
          ...(parentId ? { parentId } : {}),
          kind: unit.kind,
          name: unit.name,
          code: unit.id.toUpperCase(),
          attributes: {
            area: unit.area,
            ...(unit.kind === 'cell' || unit.kind === 'grassroots_cell'
              ? { residential: this.random.chance(0.6) }
              : {}),
            ...(unit.kind === 'grassroots_committee' ? { admissionAuthority: unit.authority } : {}),
          },
        },
        documentRef: `${this.decisionSerial + 1}-QĐ/TU`,
      });
    };
    add(
      {
        id: ROOT,
        kind: 'province',
        name: 'Đảng bộ tỉnh Thanh Sơn',
        area: 'rural',
        authority: false,
      },
      undefined,
      start,
    );
    const directs: Unit[] = [];
    for (let i = 0; i < directCount; i += 1) {
      const place = DISTRICTS[i % DISTRICTS.length];
      const unit: Unit = {
        id: `dc-${pad(i + 1, 2)}`,
        kind: 'direct_committee',
        name: `Đảng bộ huyện ${place}${i >= DISTRICTS.length ? ` ${Math.floor(i / DISTRICTS.length) + 1}` : ''}`,
        area: AREAS[i % AREAS.length],
        authority: false,
      };
      directs.push(unit);
      add(unit, ROOT, addDays(start, 1));
    }
    const committees: Unit[] = [];
    for (let i = 0; i < count(REFERENCE.grassrootsCommittees, 1); i += 1) {
      const direct = directs[i % directs.length];
      const unit: Unit = {
        id: `gc-${pad(i + 1, 3)}`,
        kind: 'grassroots_committee',
        name: `Đảng bộ xã ${i + 1} (${direct.name.replace('Đảng bộ ', '')})`,
        area: direct.area,
        authority: this.random.chance(0.2),
      };
      committees.push(unit);
      add(unit, direct.id, addDays(start, 2));
    }
    for (let i = 0; i < count(REFERENCE.grassrootsCells, 1); i += 1) {
      const direct = directs[i % directs.length];
      add(
        {
          id: `gcb-${pad(i + 1, 3)}`,
          kind: 'grassroots_cell',
          name: `Chi bộ cơ sở trường học ${i + 1}`,
          area: direct.area,
          authority: false,
        },
        direct.id,
        addDays(start, 2),
      );
    }
    const partials: Unit[] = [];
    const partialCount = scale >= 0.3 ? count(REFERENCE.partial, 1) : 0;
    for (let i = 0; i < partialCount; i += 1) {
      const committee = committees[i % committees.length];
      const unit: Unit = {
        id: `pc-${pad(i + 1, 2)}`,
        kind: 'partial_committee',
        name: `Đảng bộ bộ phận ${i + 1}`,
        area: committee.area,
        authority: false,
      };
      partials.push(unit);
      add(unit, committee.id, addDays(start, 3));
    }
    const cellParents = [...committees, ...partials.flatMap((p) => [p, p])];
    for (let i = 0; i < count(REFERENCE.cells, 2); i += 1) {
      const above = cellParents[i % cellParents.length];
      add(
        {
          id: `cb-${pad(i + 1, 4)}`,
          kind: 'cell',
          name: `Chi bộ thôn bản ${i + 1}`,
          area: above.area,
          authority: false,
        },
        above.id,
        addDays(start, 4),
      );
    }
    this.before = new TreeSnapshot(parent, new Set(this.units.keys()), this.units);
    this.after = this.before;
  }

  /**
   * 1/7 of the year before the admission year: the district level is abolished (its committees are
   * merged into the province), and a few cells are moved to another commune or merged into a neighbour.
   */
  private reorganize(): void {
    const on = this.reorganizedOn;
    if (on === undefined) return;
    const after = this.before.clone();
    const directs = [...this.units.values()].filter((u) => u.kind === 'direct_committee');
    const merges: [string, string][] =
      directs.length >= 4
        ? directs.slice(-2).map((d) => [d.id, ROOT])
        : [[directs[directs.length - 1].id, directs[0].id]];
    for (const [id, target] of merges) {
      this.org(on, {
        action: 'merge-into',
        orgId: id,
        occurredOn: on,
        payload: { targetId: target },
        documentRef: 'QĐ 294-QĐ/TW',
      });
      after.active.delete(id);
      after.mergedInto.set(id, target);
      this.reorganized.push(id);
    }
    const committees = [...this.units.values()]
      .filter((u) => u.kind === 'grassroots_committee')
      .map((u) => u.id);
    const movable = [...this.units.values()].filter(
      (u) => u.kind === 'cell' && committees.includes(this.before.parent.get(u.id) ?? ''),
    );
    const moves = Math.max(1, Math.round(movable.length * 0.02));
    for (const cell of movable.slice(0, moves)) {
      const from = after.parent.get(cell.id);
      const to = committees.find((c) => c !== from && after.active.has(c));
      if (!to) continue;
      this.org(on, { action: 'move', orgId: cell.id, occurredOn: on, payload: { parentId: to } });
      after.parent.set(cell.id, to);
      this.reorganized.push(cell.id);
    }
    const mergeable = movable.slice(moves);
    const cellMerges = mergeable.length >= 4 ? Math.max(1, Math.round(mergeable.length * 0.01)) : 0;
    for (const cell of mergeable.slice(0, cellMerges)) {
      const sibling = mergeable.find(
        (other) =>
          other !== cell &&
          after.active.has(other.id) &&
          after.parent.get(other.id) === after.parent.get(cell.id) &&
          !this.reorganized.includes(other.id),
      );
      if (!sibling) continue;
      this.org(on, {
        action: 'merge-into',
        orgId: cell.id,
        occurredOn: on,
        payload: { targetId: sibling.id },
      });
      after.active.delete(cell.id);
      this.reorganized.push(cell.id);
    }
    this.after = after;
  }

  private treeOn(on: LocalDate): TreeSnapshot {
    return this.reorganizedOn !== undefined && on >= this.reorganizedOn ? this.after : this.before;
  }

  // ------------------------------------------------------------------------------------------------
  // Members registered from earlier records, and their years in the system

  private existingMember(cellId: string): void {
    const r = this.random;
    const start = this.registeredOn;
    const age = this.people.memberAge();
    const person = this.people.person(age, start);
    const id = this.memberIdOf(person.citizenId);
    const probationary = age <= 45 && r.chance(0.05);
    const decision = probationary
      ? addDays(start, -r.int(60, 300))
      : addDays(
          addYears(person.dateOfBirth, r.int(19, Math.max(19, Math.min(45, age - 2)))),
          r.int(0, 300),
        );
    const ceremony = addDays(decision, r.int(7, 25));
    const recognition = addMonths(ceremony, 12);
    const official = recognition <= start;
    const cardIssuedOn =
      official && r.chance(0.93) ? addDays(recognition, r.int(30, 150)) : undefined;
    const carded = cardIssuedOn !== undefined && cardIssuedOn <= start;
    this.member(start, id, 'register-existing', {
      person,
      cellId,
      admissionDecisionDate: decision,
      admissionDecisionNo: this.decisionNo(),
      ceremonyDate: ceremony,
      ...(official ? { recognitionDate: recognition } : {}),
      ...(carded ? { cardNo: this.cardNo(), cardIssuedOn } : {}),
    });
    const life = new MemberLife(
      id,
      person,
      cellId,
      official ? start : undefined,
      decision,
      ceremony,
      carded,
    );
    const steady = this.years(life);
    if (steady && official) {
      const list = this.steady.get(cellId) ?? [];
      list.push(id);
      this.steady.set(cellId, list);
      this.allSteady.push(id);
    }
  }

  /** A probationary member's recognition, a year after the ceremony; no move until it is decided. */
  private recognition(life: MemberLife, voted: LocalDate): void {
    const decided = addDays(voted, this.random.int(3, 15));
    life.busyUntil = decided;
    if (decided > this.horizon) return;
    this.member(voted, life.id, 'record-recognition-vote', { cellVote: this.tally(life.cellId) });
    this.member(decided, life.id, 'recognize-official', {
      decisionNo: this.decisionNo(),
      decidingUnitId: this.treeOn(decided).decidingUnit(life.cellId),
    });
    life.officialFrom = decided;
  }

  /**
   * The member's life from registration to the horizon, year by year; true when nothing moved them
   * (no transfer, exit or exemption), so they can introduce candidates.
   */
  private years(life: MemberLife): boolean {
    const r = this.random;
    let steady = true;
    for (let year = this.startYear; year <= this.admissionYear && life.alive; year += 1) {
      const age = yearOf(`${year}-06-30`) - yearOf(life.person.dateOfBirth);
      const plans: { on: LocalDate; what: LifeStep }[] = [
        { on: this.ratingDay(life.cellId, year), what: 'rating' },
        { on: `${year}-02-03`, what: 'badges' },
      ];
      if (!life.carded) plans.push({ on: `${year}-05-${pad(r.int(15, 25), 2)}`, what: 'card' });
      if (life.officialFrom === undefined && year === this.startYear) {
        plans.push({
          on: addDays(addMonths(life.ceremony, 12), r.int(1, 20)),
          what: 'recognition',
        });
      }
      if (age >= 70 && r.chance(0.4))
        plans.push({ on: `${year}-03-${pad(r.int(10, 25), 2)}`, what: 'exemption' });
      if (r.chance(0.006)) plans.push({ on: this.dayIn(year), what: 'transfer' });
      if (r.chance(0.003)) plans.push({ on: this.dayIn(year), what: 'temporary' });
      if (r.chance(0.002)) plans.push({ on: this.dayIn(year), what: 'correction' });
      const dies = age >= 70 ? 0.02 : age >= 60 ? 0.006 : 0.001;
      if (r.chance(dies)) plans.push({ on: this.dayIn(year), what: 'death' });
      else if (r.chance(0.001)) plans.push({ on: this.dayIn(year), what: 'removal' });
      else if (r.chance(0.0003)) plans.push({ on: this.dayIn(year), what: 'withdrawal' });
      plans.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
      for (const plan of plans) {
        if (!life.alive || plan.on > this.horizon) continue;
        if (!['rating', 'badges', 'card', 'recognition'].includes(plan.what)) steady = false;
        this.step(life, plan.what, plan.on, year);
      }
    }
    return steady;
  }

  private step(life: MemberLife, what: LifeStep, on: LocalDate, year: number): void {
    const r = this.random;
    const tree = this.treeOn(on);
    if (life.awayUntil !== undefined && life.awayUntil <= on && life.awayUntil <= this.horizon) {
      this.member(life.awayUntil, life.id, 'transfer', { kind: 'return' });
      life.awayUntil = undefined;
    }
    // A decision about the member is under way: no exit or move is dated before it.
    const moves: readonly LifeStep[] = ['transfer', 'temporary', 'death', 'removal', 'withdrawal'];
    if (moves.includes(what) && on <= life.busyUntil) return;
    switch (what) {
      case 'recognition':
        this.recognition(life, on);
        return;
      case 'rating': {
        const joined = yearOf(life.ceremony);
        if (life.exempt || year - 1 < joined) return;
        const grade = r.weighted(GRADES);
        const [low, high] = SCORES[grade];
        const score = r.int(low, high);
        this.member(on, life.id, 'record-rating', { year: year - 1, grade, score });
        return;
      }
      case 'badges': {
        if (!life.officialOn(on)) return;
        const partyMonths = monthsBetween(life.decision, on);
        for (const milestone of policyOn(on).badges.milestoneYears) {
          if (milestone * 12 > partyMonths || life.badges.includes(milestone)) continue;
          this.member(on, life.id, 'award-badge', { milestoneYears: milestone });
          life.badges.push(milestone);
        }
        return;
      }
      case 'card':
        if (!life.officialOn(on)) return;
        this.member(on, life.id, 'issue-card', { cardNo: this.cardNo() });
        life.carded = true;
        return;
      case 'exemption':
        if (life.exempt || !life.officialOn(on)) return;
        this.member(on, life.id, 'grant-exemption', { ground: 'elderly' });
        life.exempt = true;
        return;
      case 'transfer': {
        if (life.awayUntil !== undefined) return;
        const target = r.pick(tree.holdingCells().filter((c) => c !== life.cellId));
        this.member(on, life.id, 'transfer', {
          kind: 'permanent',
          targetCellId: target,
          introducedOn: addDays(on, -r.int(5, 20)),
        });
        life.cellId = target;
        return;
      }
      case 'temporary': {
        if (life.awayUntil !== undefined) return;
        const until = addMonths(on, 6);
        const target = r.pick(tree.holdingCells().filter((c) => c !== life.cellId));
        this.member(on, life.id, 'transfer', {
          kind: 'temporary',
          targetCellId: target,
          purpose: 'training',
          until,
        });
        life.awayUntil = until;
        return;
      }
      case 'correction':
        if (life.retired || life.person.occupation === 'Hưu trí') return;
        this.member(
          on,
          life.id,
          'correct-details',
          { person: { occupation: 'Hưu trí' } },
          'Cập nhật nghề nghiệp theo hồ sơ',
        );
        life.retired = true;
        return;
      case 'death':
        this.member(on, life.id, 'record-death', {});
        life.alive = false;
        return;
      case 'removal':
        this.member(on, life.id, 'remove-name', {
          decisionNo: this.decisionNo(),
          decidingUnitId: tree.decidingUnit(life.cellId),
          ground: 'absent_or_dues_unpaid',
        });
        life.alive = false;
        return;
      case 'withdrawal':
        this.member(on, life.id, 'accept-withdrawal', {
          decisionNo: this.decisionNo(),
          decidingUnitId: tree.decidingUnit(life.cellId),
          requestedOn: addDays(on, -r.int(10, 30)),
        });
        life.alive = false;
        return;
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Candidates: the admission procedure, step by step (domain.md §2)

  private candidate(year: number): void {
    const r = this.random;
    const sourced = `${year}-${pad(r.int(1, 9), 2)}-${pad(r.int(10, 28), 2)}`;
    if (sourced > this.horizon || sourced < this.registeredOn) return;
    const tree = this.treeOn(sourced);
    const cellId = r.pick(tree.holdingCells());
    const drawn = this.people.person(r.int(19, 42), sourced);
    // R-EDUCATION (QĐ 24 §1.2): a lower-secondary diploma, primary school in border and remote areas.
    const special = [cellId, ...tree.ancestors(cellId)].some((id) =>
      ['border', 'remote'].includes(this.units.get(id)?.area ?? ''),
    );
    const enough = ['lower_secondary', 'upper_secondary', ...(special ? ['primary'] : [])];
    const person = enough.includes(drawn.education)
      ? drawn
      : { ...drawn, education: 'lower_secondary' as const };
    const id = this.memberIdOf(person.citizenId);
    const pool = this.steady.get(cellId) ?? [];
    const officials = pool.length >= 2 ? pool : this.allSteady;
    if (officials.length < 2) return;
    this.candidates += 1;
    const [first, second] = twoOf(r, officials);
    let on = sourced;
    const next = (min: number, max: number): LocalDate => (on = addDays(on, r.int(min, max)));
    const run = (
      action: MemberAction,
      date: LocalDate,
      payload: unknown,
      reason?: string,
    ): boolean => {
      if (date > this.horizon) return false;
      this.member(date, id, action, payload as MemberPayloads[typeof action], reason);
      return true;
    };
    const stopEarly = r.chance(0.06) ? r.int(1, 5) : Number.POSITIVE_INFINITY;
    const ended = (stage: number): boolean => {
      if (stage < stopEarly) return false;
      run('end-candidacy', next(10, 60), { reason: 'Chuyển công tác, không tiếp tục xét' });
      return true;
    };
    if (
      !run('source-candidate', sourced, {
        person,
        cellId,
        proposedBy: r.pick(MASS_ORGANIZATIONS),
        helperId: first,
      })
    )
      return;
    const certificate = next(20, 70);
    if (
      !run('complete-awareness-course', certificate, {
        certificateNo: `GCN-${year}-${this.candidates}`,
        issuer: 'Trung tâm Chính trị huyện',
        certificateDate: certificate,
      })
    )
      return;
    if (ended(1)) return;
    if (!run('submit-application', next(7, 30), {})) return;
    if (!run('record-background-check', next(10, 35), { conclusion: 'clear' })) return;
    if (ended(2)) return;
    const knownSince = addDays(sourced, -r.int(400, 1500));
    if (
      !run('assign-introducers', next(1, 10), {
        introducers: [
          { memberId: first, knownSince },
          { memberId: second, knownSince },
        ],
      })
    )
      return;
    if (
      !run('record-opinion', next(1, 7), {
        source: 'mass_organization',
        favorable: true,
        summary: 'Gương mẫu, nhiệt tình',
      })
    )
      return;
    if (
      !run('record-opinion', next(0, 5), {
        source: 'residence_cell',
        favorable: true,
        summary: 'Chấp hành tốt nơi cư trú',
      })
    )
      return;
    if (ended(3)) return;
    const entitled = Math.max(
      3,
      Math.min(25, (this.steady.get(cellId)?.length ?? 0) + r.int(2, 6)),
    );
    const fails = r.chance(0.04);
    const resolved = next(5, 20);
    if (
      !run('record-cell-vote', resolved, {
        vote: {
          entitled,
          inFavor: fails ? Math.floor(entitled / 2) : entitled - (entitled >= 6 ? 1 : 0),
        },
      })
    )
      return;
    if (fails) {
      run('end-candidacy', next(20, 40), { reason: 'Chi bộ không đủ 2/3 đồng ý' });
      return;
    }
    if (
      this.units.get(cellId)?.kind === 'cell' &&
      !run('record-committee-vote', next(5, 20), { vote: { entitled: 9, inFavor: 8 } })
    )
      return;
    if (ended(4)) return;
    const decided = addDays(resolved, r.int(Math.max(15, daysFrom(resolved, on) + 5), 55));
    on = decided;
    const decider = this.treeOn(decided).decidingUnit(cellId);
    if (r.chance(0.02)) {
      run('refuse-admission', decided, {
        decisionNo: this.decisionNo(),
        decidingUnitId: decider,
        reason: 'Chưa đủ tiêu chuẩn',
      });
      return;
    }
    if (
      !run('decide-admission', decided, { decisionNo: this.decisionNo(), decidingUnitId: decider })
    )
      return;
    this.countAdmission(decided, cellId);
    const ceremony = next(7, 25);
    if (!run('hold-ceremony', ceremony, {})) return;
    const end = addMonths(ceremony, 12);
    on = end;
    if (!run('record-recognition-vote', next(1, 20), { cellVote: this.tally(cellId) })) return;
    const recognized = next(3, 15);
    const decidedBy = this.treeOn(recognized).decidingUnit(cellId);
    if (r.chance(0.01)) {
      run('refuse-recognition', recognized, {
        decisionNo: this.decisionNo(),
        decidingUnitId: decidedBy,
        vote: { entitled: 10, inFavor: 9 },
      });
      return;
    }
    if (
      !run('recognize-official', recognized, {
        decisionNo: this.decisionNo(),
        decidingUnitId: decidedBy,
      })
    )
      return;
    run('issue-card', next(60, 150), { cardNo: this.cardNo() });
  }

  private countAdmission(on: LocalDate, cellId: string): void {
    const year = yearOf(on);
    const perUnit = this.admissions.get(year) ?? new Map<string, number>();
    this.admissions.set(year, perUnit);
    for (const unit of this.treeOn(on).ancestors(cellId))
      perUnit.set(unit, (perUnit.get(unit) ?? 0) + 1);
  }

  /** Each year's plan for the province and every direct committee active in January, near what came. */
  private plans(): void {
    for (let year = this.startYear; year <= this.admissionYear; year += 1) {
      const on = `${year}-01-05`;
      if (on > this.horizon) continue;
      const tree = this.treeOn(on);
      const perUnit = this.admissions.get(year) ?? new Map<string, number>();
      for (const unit of this.units.values()) {
        if (
          (unit.kind !== 'direct_committee' && unit.kind !== 'province') ||
          !tree.active.has(unit.id)
        )
          continue;
        const came = perUnit.get(unit.id) ?? 0;
        const target = Math.max(1, Math.round(came * (0.9 + this.random.next() * 0.2)));
        this.script.push({
          on,
          rank: 1,
          command: {
            aggregate: 'plan',
            command: {
              action: 'set-target',
              orgId: unit.id,
              year,
              occurredOn: on,
              payload: { target },
              documentRef: `NQ-${year}/TU`,
            },
          },
        });
      }
    }
  }

  // ------------------------------------------------------------------------------------------------

  private org(on: LocalDate, command: OrgCommand): void {
    this.script.push({ on, rank: 0, command: { aggregate: 'org', command } });
  }

  private member<Action extends MemberAction>(
    on: LocalDate,
    memberId: string,
    action: Action,
    payload: MemberPayloads[Action],
    reason?: string,
  ): void {
    const command = {
      action,
      memberId,
      occurredOn: on,
      payload,
      ...(reason ? { reason } : {}),
    } as MemberCommandOf<Action>;
    this.script.push({
      on,
      rank: 2,
      command: { aggregate: 'member', command: command as MemberCommand },
    });
  }

  private tally(cellId: string): { entitled: number; inFavor: number } {
    const entitled = Math.max(3, Math.min(25, (this.steady.get(cellId)?.length ?? 0) + 3));
    return { entitled, inFavor: entitled };
  }

  private decisionNo(): string {
    this.decisionSerial += 1;
    return `${this.decisionSerial}-QĐ/HU`;
  }

  private cardNo(): string {
    this.cardSerial += 1;
    return `38${pad(this.cardSerial, 7)}`;
  }

  /** The day in January a cell meets to rate its members for the year before (one meeting each). */
  private ratingDay(cellId: string, year: number): LocalDate {
    const key = `${cellId}|${year}`;
    let day = this.ratingDays.get(key);
    if (day === undefined) {
      day = `${year}-01-${pad(this.random.int(12, 28), 2)}`;
      this.ratingDays.set(key, day);
    }
    return day;
  }

  /** A working-looking day of the year (Feb to Nov, the 2nd to the 27th). */
  private dayIn(year: number): LocalDate {
    return `${year}-${pad(this.random.int(2, 11), 2)}-${pad(this.random.int(2, 27), 2)}`;
  }
}

type LifeStep =
  | 'recognition'
  | 'rating'
  | 'badges'
  | 'card'
  | 'exemption'
  | 'transfer'
  | 'temporary'
  | 'correction'
  | 'death'
  | 'removal'
  | 'withdrawal';

/** What the script knows of a registered member as it writes their years. */
class MemberLife {
  alive = true;
  exempt = false;
  retired = false;
  badges: number[] = [];
  /** On a temporary transfer until then (returning that day, if it is not past the horizon). */
  awayUntil: LocalDate | undefined;
  /** A decision about the member is under way until then: they are not moved meanwhile. */
  busyUntil: LocalDate = '';

  constructor(
    readonly id: string,
    readonly person: Person,
    public cellId: string,
    /** When the member became official in this system's records (registered so, or recognized). */
    public officialFrom: LocalDate | undefined,
    readonly decision: LocalDate,
    readonly ceremony: LocalDate,
    public carded: boolean,
  ) {}

  officialOn(on: LocalDate): boolean {
    return this.officialFrom !== undefined && this.officialFrom <= on;
  }
}

function twoOf(random: DemoRandom, ids: readonly string[]): [string, string] {
  const first = random.pick(ids);
  let second = random.pick(ids);
  while (second === first) second = random.pick(ids);
  return [first, second];
}

function daysFrom(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
