import { MEMBER_STAGES } from '@memberflow/domain/member';
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
  /** Events of the period: admissions, recognitions, removals by form, ratings by grade, cards, deaths. */
  readonly flows: Record<string, number>;
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

  build(): Figures {
    return {
      units: this.units,
      people: this.people,
      members: { total: this.total, byDimension: this.byDimension, byAgeBand: this.byAgeBand },
      flows: this.flows,
    };
  }
}
