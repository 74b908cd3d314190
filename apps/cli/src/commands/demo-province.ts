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
import type { OrgArea, OrgAttributes, OrgCommand, OrgKind } from '@memberflow/domain/org';
import type { PlanCommand } from '@memberflow/domain/plan';
import type { VillageCommand, VillageKind } from '@memberflow/domain/village';
import { PeopleFactory, type PersonDraw } from './demo-people';
import { DemoRandom } from './demo-random';

/**
 * A synthetic province built through the command path (issues 7 and 18): the province of the reference
 * report as it stood on 31/12/2021 (REPORT: its units, members, admissions against plan and the
 * leadership of its villages), then its years up to today — ratings, badges, cards, exemptions,
 * transfers, deaths, removals, a cohort of candidates each year going through the whole admission
 * procedure against yearly plans — and the 2025 reorganization (QĐ 294 from 1/7/2025: the district
 * committees merged away, commune committees directly under the province as direct committees at level
 * commune, ADR 0014). Every command is dated and valid under the rules of its date; the script lists
 * them in the order they must run, and is the same for the same seed and day.
 */
export interface ProvinceOptions {
  /**
   * Members on the report's date: REPORT.members (30.044) builds the report's province exactly; fewer
   * scale it down in proportion.
   */
  readonly members: number;
  /** Years of history, the last one today's; by default from the report's year (2021). */
  readonly years?: number;
  readonly seed: number;
  /** Commands are dated up to the day before. */
  readonly today: LocalDate;
}

export type ProvinceCommand =
  | { readonly aggregate: 'org'; readonly command: OrgCommand }
  | { readonly aggregate: 'village'; readonly command: VillageCommand }
  | { readonly aggregate: 'plan'; readonly command: PlanCommand }
  | { readonly aggregate: 'member'; readonly command: MemberCommand };

/** The figures of the report, as the script counts them on the report's date. */
export interface ReportFigures {
  readonly date: LocalDate;
  readonly year: number;
  /** Active units below the province, by kind. */
  readonly units: Readonly<Record<string, number>>;
  /** Probationary and official members. */
  readonly members: number;
  readonly probationary: number;
  readonly women: number;
  readonly minority: number;
  /** Admission decisions of the year, and the province's own plan for it. */
  readonly admitted: number;
  readonly plan: number | undefined;
  readonly villages: number;
  readonly villagesWithCell: number;
  readonly villageHeadsWhoAreMembers: number;
  readonly residentialCells: number;
  /** Members who are both secretary of a residential cell and a village head. */
  readonly cellSecretariesWhoAreVillageHeads: number;
}

export interface ProvinceScript {
  readonly rootId: string;
  readonly commands: readonly ProvinceCommand[];
  /** When the district committees were merged away (QĐ 294), if the history reaches that far. */
  readonly reorganizedOn: LocalDate | undefined;
  /** The units the reorganization changed: the districts merged, the communes dissolved, those moved. */
  readonly reorganized: readonly string[];
  /** The years of the history. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** The report's year: 2021, or the first year of a shorter history. */
  readonly reportYear: number;
  /** Its last day, the date the report's figures are counted on. */
  readonly reportDate: LocalDate;
  /**
   * Whether the script was built to meet the report's figures on that date (the date lies within the
   * history): exactly at REPORT.members, in proportion below.
   */
  readonly calibrated: boolean;
  /** What the statistics should answer on the report's date, counted from the script. */
  readonly expected: ReportFigures;
  /** Units by kind on the report's date. */
  readonly unitCounts: Readonly<Record<string, number>>;
  readonly candidates: number;
}

/**
 * The reference report (a province's yearly report on building grassroots party organizations and
 * admitting members, domain.md §4, issue 18): its figures as of 31/12/2021. `memberflow demo` builds
 * them at its default size, and the statistics API answers them for that date.
 */
export const REPORT = {
  year: 2021,
  date: '2021-12-31',
  directCommittees: 12,
  grassrootsCommittees: 185,
  grassrootsCells: 341,
  partialCommittees: 3,
  cells: 1_908,
  members: 30_044,
  probationary: 1_393,
  women: 10_182,
  minority: 15_984,
  /** Admitted in 2021 against a plan of 1.000: 102 %. */
  admitted: 1_022,
  plan: 1_000,
  /*
   * The report gives two shares without their denominators: "trưởng thôn là đảng viên 71,76%" and
   * "bí thư chi bộ đồng thời là trưởng thôn 20,08%". Plausible ones for a province of 182 communes
   * (nine or ten villages each, most served by a residential cell): 1.220 of 1.700 villages have a
   * member as their head (71,76 %), and 300 of 1.494 residential cells a secretary who heads the
   * village (20,08 %).
   */
  villages: 1_700,
  villageHeadsWhoAreMembers: 1_220,
  residentialCells: 1_494,
  cellSecretariesWhoAreVillageHeads: 300,
} as const;

/** QĐ 294-QĐ/TW in force: no district level, commune committees directly under the province. */
export const REORGANIZED_ON: LocalDate = '2025-07-01';

const ROOT = 'tinh';
/** Candidates a year, as a share of the members: about 3,6 % are admitted. */
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
/** A village by its area: a hamlet (bản) in the mountains, a residential group in town. */
const VILLAGE_KINDS: Readonly<Record<OrgArea, readonly [VillageKind, string]>> = {
  border: ['hamlet', 'Bản'],
  remote: ['hamlet', 'Bản'],
  rural: ['village', 'Thôn'],
  urban: ['residential_group', 'Tổ dân phố'],
};

/** The stages of one day run in this order: units, villages, the units ended that day, plans, people. */
const RANK = { org: 0, village: 1, orgEnded: 1.5, plan: 2, member: 3 } as const;

interface Unit {
  readonly id: string;
  readonly kind: OrgKind;
  readonly name: string;
  readonly area: OrgArea;
  readonly authority: boolean;
  /** A grassroots committee of a commune (villages belong to it), not of an enterprise. */
  readonly commune?: boolean;
  readonly residential?: boolean;
}

interface Village {
  readonly id: string;
  communeId: string;
  readonly cellId: string | undefined;
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

  /** Active units below the root, by kind. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const id of this.active) {
      const kind = this.units.get(id)?.kind;
      if (kind && id !== ROOT) counts[kind] = (counts[kind] ?? 0) + 1;
    }
    return counts;
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

/** What the script knows of a person, to count them on the report's date. */
class Counted {
  /** A member (probationary or official) from: the registration, or the admission ceremony. */
  from: LocalDate | undefined;
  officialFrom: LocalDate | undefined;
  /** No longer a member from: died, removed, left, probation not recognized. */
  until: LocalDate | undefined;

  constructor(
    readonly female: boolean,
    readonly minority: boolean,
  ) {}

  memberOn(on: LocalDate): boolean {
    return (
      this.from !== undefined && this.from <= on && (this.until === undefined || this.until > on)
    );
  }

  probationaryOn(on: LocalDate): boolean {
    return this.memberOn(on) && !(this.officialFrom !== undefined && this.officialFrom <= on);
  }
}

class ProvinceBuilder {
  private readonly random: DemoRandom;
  private readonly people: PeopleFactory;
  private readonly horizon: LocalDate;
  /** The last year of candidates: the year of 45 days ago. */
  private readonly lastYear: number;
  private readonly startYear: number;
  private readonly registeredOn: LocalDate;
  private readonly treeOn0: LocalDate;
  private readonly reportYear: number;
  private readonly reportDate: LocalDate;
  private readonly calibrated: boolean;
  private readonly scale: number;
  private readonly reorganizedOn: LocalDate | undefined;
  private readonly units = new Map<string, Unit>();
  private readonly villages: Village[] = [];
  /** The village a residential cell serves: where its members live. */
  private readonly villageOf = new Map<string, string>();
  private readonly script: Dated[] = [];
  private before!: TreeSnapshot;
  private after!: TreeSnapshot;
  private readonly reorganized: string[] = [];
  /** Official members who stay put the whole history, by cell: introducers, helpers and leaders. */
  private readonly steady = new Map<string, string[]>();
  private readonly allSteady: string[] = [];
  /** Admission decisions per year and per unit above the cell, for the plans. */
  private readonly admissions = new Map<number, Map<string, number>>();
  private readonly counted: Counted[] = [];
  private readonly ratingDays = new Map<string, LocalDate>();
  private readonly leaders = { villageHeads: 0, secretaryHeads: 0 };
  private provincePlan: number | undefined;
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
    this.lastYear = yearOf(addDays(options.today, -45));
    const years = options.years ?? this.lastYear - REPORT.year + 1;
    this.startYear = this.lastYear - Math.max(1, years) + 1;
    this.registeredOn = `${this.startYear}-01-06`;
    // Direct committees may no longer be established from 1/7/2025 (QĐ 294): the tree is older.
    this.treeOn0 = [`${this.startYear - 1}-10-01`, '2025-06-02'].sort()[0];
    this.reportYear = Math.max(REPORT.year, this.startYear);
    this.reportDate = `${this.reportYear}-12-31`;
    this.calibrated = this.reportDate <= this.horizon;
    this.scale = options.members / REPORT.members;
    this.reorganizedOn = this.horizon >= REORGANIZED_ON ? REORGANIZED_ON : undefined;
  }

  /** A figure of the report at this province's size. */
  private scaled(reference: number, min: number): number {
    return Math.max(min, Math.round(reference * this.scale));
  }

  build(): ProvinceScript {
    this.establishTree();
    this.establishVillages();
    this.reorganize();
    // Members registered at the start: fewer than the report's, the candidates admitted until the
    // report's date and the records entered in its January (topUp) make up the rest.
    const share = Math.max(0.5, 0.945 - 0.035 * (this.reportYear - this.startYear));
    const pick = this.holderPicker(this.registeredOn);
    const registered = Math.round(this.options.members * share);
    for (let i = 0; i < registered; i += 1) this.existingMember(pick(), this.registeredOn);
    this.assignLeaders();
    const cohort = Math.max(2, Math.round((this.options.members * ADMISSION_RATE) / 0.85));
    const admitted = this.scaled(REPORT.admitted, 1);
    for (let year = this.startYear; year <= this.lastYear; year += 1) {
      if (this.calibrated && year === this.reportYear) {
        // As many candidates as it takes for the year's admissions to be the report's.
        for (let i = 0; i < cohort * 3 && this.admittedIn(year) < admitted; i += 1)
          this.candidate(year);
      } else {
        for (let i = 0; i < cohort; i += 1) this.candidate(year);
      }
    }
    if (this.calibrated) this.topUp();
    this.plans();
    const rankOrder = [...this.script].sort((a, b) =>
      a.on < b.on ? -1 : a.on > b.on ? 1 : a.rank - b.rank,
    );
    const expected = this.figuresOn(this.reportDate);
    return {
      rootId: ROOT,
      commands: rankOrder.map((entry) => entry.command),
      reorganizedOn: this.reorganizedOn,
      reorganized: this.reorganized,
      firstYear: this.startYear,
      lastYear: this.lastYear,
      reportYear: this.reportYear,
      reportDate: this.reportDate,
      calibrated: this.calibrated,
      expected,
      unitCounts: expected.units,
      candidates: this.candidates,
    };
  }

  /** What the statistics should answer on a date, from what the script recorded of each person. */
  private figuresOn(on: LocalDate): ReportFigures {
    let members = 0;
    let probationary = 0;
    let women = 0;
    let minority = 0;
    for (const person of this.counted) {
      if (!person.memberOn(on)) continue;
      members += 1;
      if (person.probationaryOn(on)) probationary += 1;
      if (person.female) women += 1;
      if (person.minority) minority += 1;
    }
    const tree = this.treeOn(on);
    const residentialCells = tree
      .holdingCells()
      .filter((id) => this.units.get(id)?.residential).length;
    return {
      date: on,
      year: yearOf(on),
      units: tree.counts(),
      members,
      probationary,
      women,
      minority,
      admitted: this.admittedIn(yearOf(on)),
      plan: yearOf(on) === this.reportYear ? this.provincePlan : undefined,
      villages: this.villages.length,
      villagesWithCell: this.villages.filter((v) => v.cellId !== undefined).length,
      villageHeadsWhoAreMembers: this.leaders.villageHeads,
      residentialCells,
      cellSecretariesWhoAreVillageHeads: this.leaders.secretaryHeads,
    };
  }

  private admittedIn(year: number): number {
    return this.admissions.get(year)?.get(ROOT) ?? 0;
  }

  // ------------------------------------------------------------------------------------------------
  // The tree

  private establishUnit(
    unit: Unit,
    parentId: string | undefined,
    on: LocalDate,
    level?: OrgAttributes['level'],
  ): void {
    this.units.set(unit.id, unit);
    const cell = unit.kind === 'cell' || unit.kind === 'grassroots_cell';
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
          ...(cell ? { residential: unit.residential === true } : {}),
          ...(unit.kind === 'grassroots_committee' ? { admissionAuthority: unit.authority } : {}),
          ...(level ? { level } : {}),
        },
      },
      documentRef: `${this.decisionSerial + 1}-QĐ/TU`,
    });
  }

  /**
   * The report's units (domain.md §4): direct committees (districts), grassroots committees (communes,
   * and the enterprises holding the partial committees), grassroots cells (schools), partial committees
   * and cells — of a commune's villages (residential) or of its schools and offices.
   */
  private establishTree(): void {
    const start = this.treeOn0;
    const parent = new Map<string, string | undefined>();
    const add = (unit: Unit, parentId: string | undefined, on: LocalDate): void => {
      parent.set(unit.id, parentId);
      this.establishUnit(unit, parentId, on);
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
    const directCount = Math.max(2, Math.round(REPORT.directCommittees * Math.sqrt(this.scale)));
    const directs: Unit[] = [];
    for (let i = 0; i < directCount; i += 1) {
      const unit: Unit = {
        id: `dc-${pad(i + 1, 2)}`,
        kind: 'direct_committee',
        name: `Đảng bộ huyện ${districtName(i)}`,
        area: AREAS[i % AREAS.length],
        authority: false,
      };
      directs.push(unit);
      add(unit, ROOT, addDays(start, 1));
    }
    const partialCount = this.scale >= 0.3 ? this.scaled(REPORT.partialCommittees, 1) : 0;
    const committees: Unit[] = [];
    for (let i = 0; i < this.scaled(REPORT.grassrootsCommittees, 1); i += 1) {
      const direct = directs[i % directs.length];
      // The first ones are enterprises, which hold the partial committees; the others communes.
      const enterprise = i < partialCount;
      const unit: Unit = {
        id: `gc-${pad(i + 1, 3)}`,
        kind: 'grassroots_committee',
        name: enterprise
          ? `Đảng bộ Công ty ${i + 1} (${direct.name.replace('Đảng bộ ', '')})`
          : `Đảng bộ xã ${i + 1} (${direct.name.replace('Đảng bộ ', '')})`,
        area: direct.area,
        authority: this.random.chance(0.2),
        commune: !enterprise,
      };
      committees.push(unit);
      add(unit, direct.id, addDays(start, 2));
    }
    for (let i = 0; i < this.scaled(REPORT.grassrootsCells, 1); i += 1) {
      const direct = directs[i % directs.length];
      add(
        {
          id: `gcb-${pad(i + 1, 3)}`,
          kind: 'grassroots_cell',
          name: `Chi bộ cơ sở trường học ${i + 1}`,
          area: direct.area,
          authority: false,
          residential: false,
        },
        direct.id,
        addDays(start, 2),
      );
    }
    const partials: Unit[] = [];
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
    // Cells: most of a commune's are its villages' (residential), the others its schools' and
    // offices'; an enterprise's are its workshops'.
    const cellParents = [...committees, ...partials.flatMap((p) => [p, p])];
    const cellCount = this.scaled(REPORT.cells, 2);
    const aboveOf = (i: number) => cellParents[i % cellParents.length];
    const inCommunes = Array.from({ length: cellCount }, (_, i) => i).filter(
      (i) => aboveOf(i).commune === true,
    );
    const residential = new Set(
      spread(inCommunes, Math.min(inCommunes.length, this.scaled(REPORT.residentialCells, 1))),
    );
    for (let i = 0; i < cellCount; i += 1) {
      const above = aboveOf(i);
      const village = residential.has(i);
      const name = village
        ? `Chi bộ ${VILLAGE_KINDS[above.area][1].toLowerCase()} ${i + 1}`
        : above.commune
          ? `Chi bộ cơ quan, trường học ${i + 1}`
          : `Chi bộ phân xưởng ${i + 1}`;
      add(
        {
          id: `cb-${pad(i + 1, 4)}`,
          kind: 'cell',
          name,
          area: above.area,
          authority: false,
          residential: village,
        },
        above.id,
        addDays(start, 4),
      );
    }
    this.before = new TreeSnapshot(parent, new Set(this.units.keys()), this.units);
    this.after = this.before;
  }

  /**
   * The villages of the communes (issue 18): each residential cell serves one village of its commune;
   * the other villages, to the report's count, have no cell.
   */
  private establishVillages(): void {
    const on = addDays(this.treeOn0, 5);
    const communes = [...this.units.values()].filter((u) => u.commune);
    if (communes.length === 0) return;
    const served = [...this.units.values()].filter((u) => u.residential && u.kind === 'cell');
    const total = Math.max(served.length, this.scaled(REPORT.villages, 1));
    const add = (communeId: string, cellId: string | undefined): void => {
      const commune = this.units.get(communeId) as Unit;
      const [kind, label] = VILLAGE_KINDS[commune.area];
      const village: Village = {
        id: `thon-${pad(this.villages.length + 1, 4)}`,
        communeId,
        cellId,
      };
      this.villages.push(village);
      if (cellId) this.villageOf.set(cellId, village.id);
      this.villageCommand(on, {
        action: 'establish',
        villageId: village.id,
        occurredOn: on,
        payload: {
          communeId,
          kind,
          name: `${label} ${this.villages.length}`,
          code: village.id.toUpperCase(),
          ...(cellId ? { cellId } : {}),
        },
      });
    };
    for (const cell of served) add(this.before.parent.get(cell.id) as string, cell.id);
    for (let i = 0; this.villages.length < total; i += 1)
      add(communes[i % communes.length].id, undefined);
  }

  /**
   * 1/7/2025 (QĐ 294): the districts are abolished. The communes of each district are merged three by
   * three into new commune committees directly under the province (direct committees at level
   * commune, ADR 0014): their cells and villages move to the new committee, the old grassroots
   * committee ends; the district's grassroots cells and enterprises move under one of its new
   * communes; the district committee, empty, is merged into the province.
   */
  private reorganize(): void {
    const on = this.reorganizedOn;
    if (on === undefined) return;
    const after = this.before.clone();
    const units = [...this.units.values()];
    const directs = units.filter((u) => u.kind === 'direct_committee');
    const under = (parentId: string, test: (u: Unit) => boolean) =>
      units.filter((u) => test(u) && this.before.parent.get(u.id) === parentId);
    const move = (id: string, parentId: string): void => {
      this.org(on, { action: 'move', orgId: id, occurredOn: on, payload: { parentId } });
      after.parent.set(id, parentId);
      this.reorganized.push(id);
    };
    const newCommunes = new Map<string, string[]>();
    const ended: string[] = [];
    let serial = 0;
    for (const district of directs) {
      const communes = under(district.id, (u) => u.commune === true);
      const created: string[] = [];
      for (let i = 0; i < communes.length; i += 3) {
        serial += 1;
        const unit: Unit = {
          id: `xa-${pad(serial, 3)}`,
          kind: 'direct_committee',
          name: `Đảng bộ xã ${district.name.replace('Đảng bộ huyện ', '')} ${created.length + 1}`,
          area: district.area,
          authority: false,
        };
        this.establishUnit(unit, ROOT, on, 'commune');
        after.parent.set(unit.id, ROOT);
        after.active.add(unit.id);
        created.push(unit.id);
        for (const old of communes.slice(i, i + 3)) {
          for (const cell of under(old.id, (u) => u.kind === 'cell')) move(cell.id, unit.id);
          for (const village of this.villages.filter((v) => v.communeId === old.id)) {
            this.villageCommand(on, {
              action: 'move',
              villageId: village.id,
              occurredOn: on,
              payload: { communeId: unit.id },
            });
            village.communeId = unit.id;
          }
          ended.push(old.id);
        }
      }
      newCommunes.set(district.id, created);
    }
    const everyCommune = [...newCommunes.values()].flat();
    for (const district of directs) {
      const communes = newCommunes.get(district.id) ?? [];
      const targets = communes.length > 0 ? communes : everyCommune;
      const moving = under(
        district.id,
        (u) => u.kind === 'grassroots_cell' || (u.kind === 'grassroots_committee' && !u.commune),
      );
      moving.forEach((unit, i) => {
        if (targets.length > 0) move(unit.id, targets[i % targets.length]);
      });
    }
    for (const id of ended) {
      this.org(
        on,
        { action: 'dissolve', orgId: id, occurredOn: on, documentRef: 'QĐ 294-QĐ/TW', payload: {} },
        RANK.orgEnded,
      );
      after.active.delete(id);
    }
    for (const district of directs) {
      this.org(
        on,
        {
          action: 'merge-into',
          orgId: district.id,
          occurredOn: on,
          payload: { targetId: ROOT },
          documentRef: 'QĐ 294-QĐ/TW',
        },
        RANK.orgEnded,
      );
      after.active.delete(district.id);
      after.mergedInto.set(district.id, ROOT);
    }
    // The districts first (statistics of a merged unit), then the communes ended, then what moved.
    const moved = this.reorganized.splice(0);
    this.reorganized.push(...directs.map((d) => d.id), ...ended, ...moved);
    this.after = after;
  }

  private treeOn(on: LocalDate): TreeSnapshot {
    return this.reorganizedOn !== undefined && on >= this.reorganizedOn ? this.after : this.before;
  }

  /** Draws a cell for a member registered on a date, the larger cells more often. */
  private holderPicker(on: LocalDate): () => string {
    const holders = this.treeOn(on).holdingCells();
    const cumulative: number[] = [];
    let total = 0;
    for (let i = 0; i < holders.length; i += 1) {
      total += 0.5 + this.random.next();
      cumulative.push(total);
    }
    return () => {
      const roll = this.random.next() * total;
      let low = 0;
      let high = holders.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle] > roll) high = middle;
        else low = middle + 1;
      }
      return holders[low];
    };
  }

  // ------------------------------------------------------------------------------------------------
  // Members registered from earlier records, and their years in the system

  private existingMember(cellId: string, start: LocalDate, fixed: Registration = {}): MemberLife {
    const r = this.random;
    const age = fixed.probationary ? r.int(22, 40) : this.people.memberAge();
    const person = this.people.person(age, start, fixed);
    const id = this.memberIdOf(person.citizenId);
    const probationary = fixed.probationary ?? (age <= 45 && r.chance(0.05));
    let decision: LocalDate;
    let ceremony: LocalDate;
    if (fixed.probationary) {
      // Admitted at the end of the year before, the ceremony in its last days or early January: still
      // probationary at the end of the year.
      ceremony = addDays(`${yearOf(start) - 1}-12-21`, r.int(0, 15));
      decision = addDays(ceremony, -r.int(7, 25));
    } else {
      decision = probationary
        ? addDays(start, -r.int(60, 300))
        : addDays(
            addYears(person.dateOfBirth, r.int(19, Math.max(19, Math.min(45, age - 2)))),
            r.int(0, 300),
          );
      // A record said official is: recognized before the registration.
      if (fixed.probationary === false && addMonths(decision, 13) > start)
        decision = addMonths(start, -r.int(14, 30));
      ceremony = addDays(decision, r.int(7, 25));
    }
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
    const record = this.count(person);
    record.from = start;
    if (official) record.officialFrom = start;
    const life = new MemberLife(id, person, cellId, start, record, decision, ceremony, carded);
    if (fixed.probationary) life.recognizedFrom = `${this.reportYear + 1}-01-04`;
    life.staysUntil = fixed.staysUntil;
    this.liveIn(life, this.villageOf.get(cellId), start);
    const steady = this.years(life);
    if (steady && official) {
      const list = this.steady.get(cellId) ?? [];
      list.push(id);
      this.steady.set(cellId, list);
      this.allSteady.push(id);
    }
    return life;
  }

  private count(person: Person): Counted {
    const record = new Counted(person.gender === 'female', person.ethnicity !== 'kinh');
    this.counted.push(record);
    return record;
  }

  /** Records the village a member lives in: the one their residential cell serves. */
  private liveIn(life: MemberLife, villageId: string | undefined, on: LocalDate): void {
    if (villageId === undefined || villageId === life.villageId) return;
    this.member(on, life.id, 'record-residence-village', { villageId });
    life.villageId = villageId;
  }

  /**
   * Who leads the cells and the villages (issue 18, the report's shares): a secretary for every cell
   * with an official member who stays, elected in February of the first year; village heads elected in
   * March, members of the village's cell — its secretary for some of them (REPORT).
   */
  private assignLeaders(): void {
    const r = this.random;
    const year = this.startYear;
    const tree = this.treeOn(`${year}-02-01`);
    const secretaries = new Map<string, string>();
    for (const cellId of tree.holdingCells()) {
      const [secretary] = this.steady.get(cellId) ?? [];
      if (secretary === undefined) continue;
      secretaries.set(cellId, secretary);
      this.member(`${year}-02-${pad(r.int(10, 26), 2)}`, secretary, 'assign-position', {
        position: 'cell_secretary',
        unitId: cellId,
      });
    }
    const served = this.villages.filter((v) => v.cellId !== undefined);
    const cellOf = (village: Village) => village.cellId as string;
    const heads = Math.min(served.length, this.scaled(REPORT.villageHeadsWhoAreMembers, 1));
    const bySecretary = spread(
      served.filter((v) => secretaries.has(cellOf(v))),
      Math.min(heads, this.scaled(REPORT.cellSecretariesWhoAreVillageHeads, 1)),
    );
    const taken = new Set(bySecretary);
    const byMember = spread(
      served.filter((v) => !taken.has(v) && (this.steady.get(cellOf(v))?.length ?? 0) >= 2),
      heads - bySecretary.length,
    );
    const head = (village: Village, memberId: string) =>
      this.member(`${year}-03-${pad(r.int(2, 27), 2)}`, memberId, 'assign-position', {
        position: 'village_head',
        villageId: village.id,
      });
    for (const village of bySecretary) head(village, secretaries.get(cellOf(village)) as string);
    for (const village of byMember)
      head(village, (this.steady.get(cellOf(village)) as string[])[1]);
    this.leaders.villageHeads = bySecretary.length + byMember.length;
    this.leaders.secretaryHeads = bySecretary.length;
  }

  /**
   * Records entered in January of the report's year (members come from elsewhere, files completed),
   * drawn to make the report's figures exact on its date: as many members as it counts, so many of them
   * probationary, women, of an ethnic minority. None of them leaves before the date.
   */
  private topUp(): void {
    const on = this.reportDate;
    const now = this.figuresOn(on);
    let left = this.scaled(REPORT.members, 1) - now.members;
    if (left <= 0) return;
    const within = (n: number) => Math.min(left, Math.max(0, n));
    let probationary = within(this.scaled(REPORT.probationary, 0) - now.probationary);
    let women = within(this.scaled(REPORT.women, 0) - now.women);
    let minority = within(this.scaled(REPORT.minority, 0) - now.minority);
    const registered = `${this.reportYear}-01-06`;
    const pick = this.holderPicker(registered);
    // Each of the `left` still to draw is one with the share of those still needed.
    const draw = (needed: number) => this.random.next() * left < needed;
    for (; left > 0; left -= 1) {
      const { record } = this.existingMember(pick(), registered, {
        probationary: draw(probationary),
        female: draw(women),
        minority: draw(minority),
        staysUntil: on,
      });
      if (record.probationaryOn(on)) probationary -= 1;
      if (record.female) women -= 1;
      if (record.minority) minority -= 1;
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
    life.record.officialFrom = decided;
  }

  /**
   * The member's life from registration to the horizon, year by year; true when nothing moved them
   * (no transfer, exit or exemption), so they can introduce candidates and lead.
   */
  private years(life: MemberLife): boolean {
    const r = this.random;
    let steady = true;
    const first = yearOf(life.registeredOn);
    for (let year = first; year <= this.lastYear && life.alive; year += 1) {
      const age = yearOf(`${year}-06-30`) - yearOf(life.person.dateOfBirth);
      const plans: { on: LocalDate; what: LifeStep }[] = [
        { on: this.ratingDay(life.cellId, year), what: 'rating' },
        { on: `${year}-02-03`, what: 'badges' },
      ];
      if (!life.carded) plans.push({ on: `${year}-05-${pad(r.int(15, 25), 2)}`, what: 'card' });
      if (life.officialFrom === undefined && year === first) {
        const voted = addDays(addMonths(life.ceremony, 12), r.int(1, 20));
        const from = life.recognizedFrom;
        plans.push({
          on: from !== undefined && voted < from ? addDays(from, r.int(0, 10)) : voted,
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
    const exits: readonly LifeStep[] = ['death', 'removal', 'withdrawal'];
    if (exits.includes(what) && life.staysUntil !== undefined && on <= life.staysUntil) return;
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
        this.liveIn(life, this.villageOf.get(target), on);
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
        this.leave(life, on);
        return;
      case 'removal':
        this.member(on, life.id, 'remove-name', {
          decisionNo: this.decisionNo(),
          decidingUnitId: tree.decidingUnit(life.cellId),
          ground: 'absent_or_dues_unpaid',
        });
        this.leave(life, on);
        return;
      case 'withdrawal':
        this.member(on, life.id, 'accept-withdrawal', {
          decisionNo: this.decisionNo(),
          decidingUnitId: tree.decidingUnit(life.cellId),
          requestedOn: addDays(on, -r.int(10, 30)),
        });
        this.leave(life, on);
        return;
    }
  }

  private leave(life: MemberLife, on: LocalDate): void {
    life.alive = false;
    life.record.until = on;
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
    const record = this.count(person);
    const village = this.villageOf.get(cellId);
    if (village) run('record-residence-village', sourced, { villageId: village });
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
    record.from = ceremony;
    const end = addMonths(ceremony, 12);
    on = end;
    if (!run('record-recognition-vote', next(1, 20), { cellVote: this.tally(cellId) })) return;
    const recognized = next(3, 15);
    const decidedBy = this.treeOn(recognized).decidingUnit(cellId);
    if (r.chance(0.01)) {
      if (
        run('refuse-recognition', recognized, {
          decisionNo: this.decisionNo(),
          decidingUnitId: decidedBy,
          vote: { entitled: 10, inFavor: 9 },
        })
      )
        record.until = recognized;
      return;
    }
    if (
      !run('recognize-official', recognized, {
        decisionNo: this.decisionNo(),
        decidingUnitId: decidedBy,
      })
    )
      return;
    record.officialFrom = recognized;
    run('issue-card', next(60, 150), { cardNo: this.cardNo() });
  }

  private countAdmission(on: LocalDate, cellId: string): void {
    const year = yearOf(on);
    const perUnit = this.admissions.get(year) ?? new Map<string, number>();
    this.admissions.set(year, perUnit);
    for (const unit of this.treeOn(on).ancestors(cellId))
      perUnit.set(unit, (perUnit.get(unit) ?? 0) + 1);
  }

  /**
   * Each year's plan for the province and every direct committee active in January, near what came;
   * the province's of the report's year is the report's (1.000).
   */
  private plans(): void {
    for (let year = this.startYear; year <= this.lastYear; year += 1) {
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
        const near = Math.max(1, Math.round(came * (0.9 + this.random.next() * 0.2)));
        const report = unit.id === ROOT && year === this.reportYear;
        const target = report && this.calibrated ? this.scaled(REPORT.plan, 1) : near;
        if (report) this.provincePlan = target;
        this.script.push({
          on,
          rank: RANK.plan,
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

  private org(on: LocalDate, command: OrgCommand, rank: number = RANK.org): void {
    this.script.push({ on, rank, command: { aggregate: 'org', command } });
  }

  private villageCommand(on: LocalDate, command: VillageCommand): void {
    this.script.push({ on, rank: RANK.village, command: { aggregate: 'village', command } });
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
      rank: RANK.member,
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

/** What a registration fixes (the report's last members, ProvinceBuilder.topUp). */
interface Registration extends PersonDraw {
  readonly probationary?: boolean;
  /** No exit is dated up to this day. */
  readonly staysUntil?: LocalDate;
}

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
  /** The recognition is not voted before this day (the cell's first meeting of the year). */
  recognizedFrom: LocalDate | undefined;
  staysUntil: LocalDate | undefined;
  villageId: string | undefined;

  constructor(
    readonly id: string,
    readonly person: Person,
    public cellId: string,
    readonly registeredOn: LocalDate,
    readonly record: Counted,
    readonly decision: LocalDate,
    readonly ceremony: LocalDate,
    public carded: boolean,
    /** When the member became official in this system's records (registered so, or recognized). */
    public officialFrom: LocalDate | undefined = record.officialFrom,
  ) {}

  officialOn(on: LocalDate): boolean {
    return this.officialFrom !== undefined && this.officialFrom <= on;
  }
}

/** `count` items spread evenly over the list, in its order. */
function spread<T>(items: readonly T[], count: number): T[] {
  const n = Math.min(count, items.length);
  return Array.from({ length: n }, (_, k) => items[Math.floor(((k + 0.5) * items.length) / n)]);
}

function districtName(index: number): string {
  const place = DISTRICTS[index % DISTRICTS.length];
  return index >= DISTRICTS.length ? `${place} ${Math.floor(index / DISTRICTS.length) + 1}` : place;
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
