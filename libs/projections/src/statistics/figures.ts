import { COMMITTEE_LEVELS, MEMBER_STAGES, type CommitteeLevel } from '@memberflow/domain/member';
import { ORG_KINDS } from '@memberflow/domain/org';
import { AGE_BANDS, FLOW_NAMES, MEMBER_DIMENSIONS, type AgeBand } from './dimensions';

/** The figures of domain.md §4 for one subtree. Every category is listed, with 0 where none. */
export interface Figures {
  /** Active units below the unit (itself not included), by kind. */
  readonly units: Record<string, number>;
  /** Everyone with a record in the subtree, by stage (candidates, members, those who left). */
  readonly people: Record<string, number>;
  readonly members: {
    /** Probationary and official members. */
    readonly total: number;
    readonly byDimension: Record<string, Record<string, number>>;
    readonly byAgeBand: Record<AgeBand, number>;
  };
  /**
   * Events of the period: admissions (and their breakdowns), recognitions, removals by form, ratings by
   * grade of members and of organizations (counted by the year rated), cards, deaths.
   */
  readonly flows: Record<string, number>;
  /** Villages and who leads them, committee seats (issue 18). */
  readonly leadership: Leadership;
}

/**
 * Villages and the people who lead them (domain.md §4): villages of the communes in the subtree, and
 * the members among their heads; residential cells (the unit itself included) and their secretaries who
 * are village heads; committee seats held by members, by the committee's level. A share is a
 * percentage with two decimals, null when there is nothing to share.
 */
export interface Leadership {
  readonly villages: number;
  readonly villagesWithCell: number;
  /** Villages where fewer than 3 members live (none included). */
  readonly villagesWithFewerThan3Members: number;
  readonly villagesWithoutMember: number;
  /** Villages whose head is a party member. */
  readonly villageHeadsWhoAreMembers: number;
  /** Of the villages. */
  readonly villageHeadsWhoAreMembersPercent: number | null;
  readonly residentialCells: number;
  /** Members who are both secretary of a residential cell and a village head. */
  readonly cellSecretariesWhoAreVillageHeads: number;
  /** Of the residential cells. */
  readonly cellSecretariesWhoAreVillageHeadsPercent: number | null;
  readonly committeeMembersByLevel: Record<CommitteeLevel, number>;
}

/** `part` as a percentage of `whole`, two decimals (71,76 %); null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}

const zeros = (keys: readonly string[]): Record<string, number> =>
  Object.fromEntries(keys.map((key) => [key, 0]));

/** Adds counts into figures as the queries read them, whichever way they are computed. */
export class FiguresBuilder {
  private readonly units = zeros(ORG_KINDS);
  private readonly people = zeros(MEMBER_STAGES);
  private total = 0;
  private readonly byDimension = Object.fromEntries(
    MEMBER_DIMENSIONS.map((dimension) => [dimension.name, zeros(dimension.values)]),
  );
  private readonly byAgeBand = zeros(AGE_BANDS.map((band) => band.band)) as Record<AgeBand, number>;
  private readonly flows = zeros(FLOW_NAMES);
  private readonly villages: Record<string, number> = {
    total: 0,
    withCell: 0,
    headMember: 0,
    noMember: 0,
    under3: 0,
  };
  private residentialCells = 0;
  private secretaryHeads = 0;
  private readonly committee = zeros(COMMITTEE_LEVELS) as Record<CommitteeLevel, number>;

  unit(kind: string, count: number): void {
    this.units[kind] = (this.units[kind] ?? 0) + count;
  }

  person(stage: string, count: number): void {
    this.people[stage] = (this.people[stage] ?? 0) + count;
  }

  members(count: number): void {
    this.total += count;
  }

  /** `dimension.value` as contributions name them. */
  value(key: string, count: number): void {
    const dot = key.indexOf('.');
    const values = this.byDimension[key.slice(0, dot)];
    if (values) values[key.slice(dot + 1)] = (values[key.slice(dot + 1)] ?? 0) + count;
  }

  ageBand(band: AgeBand, count: number): void {
    this.byAgeBand[band] += count;
  }

  flow(name: string, count: number): void {
    this.flows[name] = (this.flows[name] ?? 0) + count;
  }

  /** `total`, `withCell`, `headMember`, `noMember` or `under3` (leadership.ts VILLAGE_METRICS). */
  village(metric: string, count: number): void {
    if (metric in this.villages) this.villages[metric] += count;
  }

  residentialCell(count: number): void {
    this.residentialCells += count;
  }

  secretaryHead(count: number): void {
    this.secretaryHeads += count;
  }

  committeeSeat(level: string, count: number): void {
    if (level in this.committee) this.committee[level as CommitteeLevel] += count;
  }

  build(): Figures {
    const villages = this.villages;
    return {
      units: this.units,
      people: this.people,
      members: { total: this.total, byDimension: this.byDimension, byAgeBand: this.byAgeBand },
      flows: this.flows,
      leadership: {
        villages: villages.total,
        villagesWithCell: villages.withCell,
        villagesWithFewerThan3Members: villages.under3,
        villagesWithoutMember: villages.noMember,
        villageHeadsWhoAreMembers: villages.headMember,
        villageHeadsWhoAreMembersPercent: percentOf(villages.headMember, villages.total),
        residentialCells: this.residentialCells,
        cellSecretariesWhoAreVillageHeads: this.secretaryHeads,
        cellSecretariesWhoAreVillageHeadsPercent: percentOf(
          this.secretaryHeads,
          this.residentialCells,
        ),
        committeeMembersByLevel: this.committee,
      },
    };
  }
}
