import { addYears, type LocalDate } from '@memberflow/domain';
import { queryIn, toNumber } from '../read-db/batch-sql';
import type { ReadDb, SqlValue } from '../read-db/read-db';
import { ACTIVE_ON, subtreeAsOf } from '../org-tree/org-tree.queries';
import { orgTreeProjection } from '../org-tree/org-tree.projection';
import type { TableNames } from '../runner/projection';
import type { ServingTables } from '../runner/serving-tables';
import {
  ADMISSION_DIMENSIONS,
  AGE_BANDS,
  ageBandOn,
  bornPrefix,
  flowMetric,
  type AgeBand,
  type BirthGrain,
} from './dimensions';
import { family, readCounters } from './counter-ranges';
import { RESIDENTIAL_CELLS_METRIC, SECRETARY_HEAD_METRIC } from './leadership';
import { FiguresBuilder, type Figures } from './figures';
import { membersProjection } from '../members/members.projection';
import type { StatisticsTable } from './statistics-fold';

export interface UnitFigures extends Figures {
  readonly unitId: string;
}

export interface StatisticsReport {
  readonly unitId: string;
  readonly asOf: LocalDate;
  /** The period flows are counted in: from the first day of the year to the date asked about. */
  readonly period: { readonly from: LocalDate; readonly to: LocalDate };
  /** `precomputed` (today, from the rolled-up counters) or `history` (a past date). */
  readonly source: 'precomputed' | 'history';
  readonly total: Figures;
  /** A row per active child unit. */
  readonly children: readonly UnitFigures[];
}

export interface AdmissionsRow {
  readonly unitId: string;
  readonly admitted: number;
  /** The unit's own plan for the year, if one was set. */
  readonly target: number | null;
  /** Admitted as a percentage of the target, two decimals. */
  readonly percent: number | null;
  /** Admitted by each dimension of ADMISSION_DIMENSIONS (area, gender, ethnicity, ...), every value. */
  readonly breakdown: Record<string, Record<string, number>>;
}

export interface AdmissionsReport {
  readonly unitId: string;
  readonly year: number;
  /** From the first day of the year to the date asked about (its last day by default). */
  readonly period: { readonly from: LocalDate; readonly to: LocalDate };
  readonly total: AdmissionsRow;
  /** A row per child unit as the tree stood at the end of the period. */
  readonly children: readonly AdmissionsRow[];
}

const ADMITTED = 'admitted';

const DEPTH_UNLIMITED = 1_000;
const NO_AGE_BOUNDARY = Number.POSITIVE_INFINITY;

/**
 * The ages at which a member moves to the next band. On a date D the members born in the month of D
 * minus that many years straddle an edge: they are counted by their day of birth; the other months
 * of that year by month; every other year as a whole. All three are rolled-up counters of the unit.
 */
const BAND_BOUNDARIES = AGE_BANDS.map((band) => band.maxAge + 1).filter(
  (age) => age !== NO_AGE_BOUNDARY,
);

function boundaryMonths(on: LocalDate): string[] {
  return BAND_BOUNDARIES.map((age) => addYears(on, -age).slice(0, 7));
}

interface StatOrgRow {
  readonly id: string;
  readonly kind: string;
  readonly path: string;
  readonly status: string;
}

export class StatisticsQueries {
  constructor(
    private readonly db: ReadDb,
    private readonly serving: ServingTables,
  ) {}

  /** Today's figures from the rolled-up counters: a few hundred rows whatever the size of the subtree. */
  async current(unitId: string, today: LocalDate): Promise<StatisticsReport | undefined> {
    const t = await this.serving.of(membersProjection);
    const scope = await this.unitAndChildren(t, unitId);
    if (!scope) return undefined;
    const { unit, children } = scope;
    const year = today.slice(0, 4);
    const ids = [unit.id, ...children.map((child) => child.id)];
    const builders = new Map(ids.map((id) => [id, new FiguresBuilder()]));
    const months = boundaryMonths(today);
    const edgeYears = [...new Set(months.map((month) => month.slice(0, 4)))];
    const [flows, flowsEnd] = family(`flow.${year}.`);
    const [allFlows, allFlowsEnd] = family('flow.');
    const [born, bornEnd] = family('born.');
    const [years, yearsEnd] = family(bornPrefix('y'));
    const [dues, duesEnd] = family('due.');
    const births = new BirthBands(today, months, edgeYears);
    const rows = await readCounters(this.db, t.stat_unit, ids, [
      // Every family but births, the worklist's due dates and flows, whole.
      ['', born],
      [bornEnd, dues],
      [duesEnd, allFlows],
      [allFlowsEnd, undefined],
      // This year's flows, the birth years, the months of the years around an edge and the days of
      // the months that straddle one: a bounded number of rows a unit.
      [flows, flowsEnd],
      [years, yearsEnd],
      ...edgeYears.map((y) => family(`${bornPrefix('m')}${y}-`)),
      ...months.map((month) => family(`${bornPrefix('d')}${month}-`)),
    ]);
    for (const row of rows) {
      const builder = builders.get(row.unit_id);
      if (builder) addMetric(builder, row.metric, toNumber(row.count), births);
    }
    for (const node of [unit, ...children]) {
      if (node.status === 'active') builders.get(node.id)?.unit(node.kind, -1);
    }
    return {
      unitId,
      asOf: today,
      period: { from: `${year}-01-01`, to: today },
      source: 'precomputed',
      total: (builders.get(unit.id) as FiguresBuilder).build(),
      children: children.map((child) => ({
        unitId: child.id,
        ...(builders.get(child.id) as FiguresBuilder).build(),
      })),
    };
  }

  /**
   * Figures as of a past date: the tree as its parent links stood then (a unit moved later still counts
   * under its old parent), each person's period holding on the date, and the year's flows up to it.
   */
  async asOf(unitId: string, on: LocalDate): Promise<StatisticsReport | undefined> {
    const ot = await this.serving.of(orgTreeProjection);
    const st = await this.serving.of(membersProjection);
    const cte = subtreeAsOf(ot);
    const treeParams = [unitId, on, on, DEPTH_UNLIMITED];
    const units = await this.db.query<{ unit_id: string; top: string | null; kind: string }>(
      `${cte} SELECT sub.unit_id, sub.top, o.kind FROM sub JOIN ${ot.org_unit} o ON o.id = sub.unit_id
       WHERE ${ACTIVE_ON('o')}`,
      [...treeParams, on, on],
    );
    const [root] = await this.db.query<{ id: string }>(
      `SELECT id FROM ${ot.org_unit} WHERE id = ?`,
      [unitId],
    );
    if (!root) return undefined;
    const childIds = units
      .filter((u) => u.unit_id === u.top)
      .map((u) => u.unit_id)
      .sort();
    const total = new FiguresBuilder();
    const builders = new Map(childIds.map((id) => [id, new FiguresBuilder()]));
    const each = (top: string | null, add: (builder: FiguresBuilder) => void): void => {
      add(total);
      const child = top === null ? undefined : builders.get(top);
      if (child) add(child);
    };
    for (const unit of units) {
      if (unit.unit_id === unitId) continue;
      total.unit(unit.kind, 1);
      // A child's row counts the units below the child, as the total does below the root.
      if (unit.top !== null && unit.top !== unit.unit_id)
        builders.get(unit.top)?.unit(unit.kind, 1);
    }
    const periods = await this.db.query<{
      top: string | null;
      stage: string;
      vals: string;
      born_on: string | null;
      n: number | string;
    }>(
      `${cte} SELECT sub.top, p.stage, p.vals, p.born_on, count(*) AS n
       FROM ${st.stat_period} p JOIN sub ON p.cell_id = sub.unit_id
       WHERE p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to > ?)
       GROUP BY sub.top, p.stage, p.vals, p.born_on`,
      [...treeParams, on, on],
    );
    for (const period of periods) {
      const count = toNumber(period.n);
      each(period.top, (builder) => {
        builder.person(period.stage, count);
        if (period.born_on === null) return;
        builder.members(count);
        for (const value of period.vals.split(',')) if (value) builder.value(value, count);
        builder.ageBand(ageBandOn(period.born_on, on), count);
      });
    }
    const from = `${on.slice(0, 4)}-01-01`;
    const flows = await this.db.query<{ top: string | null; flow: string; n: number | string }>(
      `${cte} SELECT sub.top, f.flow, sum(f.count) AS n FROM ${st.stat_flow} f JOIN sub ON f.cell_id = sub.unit_id
       WHERE f.on_date >= ? AND f.on_date <= ? GROUP BY sub.top, f.flow`,
      [...treeParams, from, on],
    );
    for (const flow of flows)
      each(flow.top, (builder) => builder.flow(flow.flow, toNumber(flow.n)));
    await this.leadershipAsOf(cte, treeParams, on, each);
    return {
      unitId,
      asOf: on,
      period: { from, to: on },
      source: 'history',
      total: total.build(),
      children: childIds.map((id) => ({
        unitId: id,
        ...(builders.get(id) as FiguresBuilder).build(),
      })),
    };
  }

  /**
   * Admissions decided in a year, from its first day to `to` (its last by default), in each unit's
   * subtree **as the tree stood on `to`** (issue 18: a district merged in 2025 keeps its row for 2021),
   * against the unit's own plan, each broken down by area, gender, ethnicity, religion, age band and
   * Youth Union origin (dimensions.ts ADMISSION_DIMENSIONS).
   */
  async admissions(
    unitId: string,
    year: number,
    to: LocalDate = `${String(year).padStart(4, '0')}-12-31`,
  ): Promise<AdmissionsReport | undefined> {
    const ot = await this.serving.of(orgTreeProjection);
    const st = await this.serving.of(membersProjection);
    const [root] = await this.db.query<{ id: string }>(
      `SELECT id FROM ${ot.org_unit} WHERE id = ?`,
      [unitId],
    );
    if (!root) return undefined;
    const from = `${String(year).padStart(4, '0')}-01-01`;
    const cte = subtreeAsOf(ot);
    const treeParams = [unitId, to, to, DEPTH_UNLIMITED];
    const units = await this.db.query<{ unit_id: string; top: string | null }>(
      `${cte} SELECT sub.unit_id, sub.top FROM sub JOIN ${ot.org_unit} o ON o.id = sub.unit_id
       WHERE ${ACTIVE_ON('o')}`,
      [...treeParams, to, to],
    );
    const childIds = units
      .filter((u) => u.unit_id === u.top)
      .map((u) => u.unit_id)
      .sort();
    // `admitted` and `admitted.<dimension>.<value>`: one key range of the flows.
    const [flowsFrom, flowsTo] = [ADMITTED, `${ADMITTED}/`];
    const flows = await this.db.query<{ top: string | null; flow: string; n: number | string }>(
      `${cte} SELECT sub.top, f.flow, sum(f.count) AS n FROM ${st.stat_flow} f JOIN sub ON f.cell_id = sub.unit_id
       WHERE f.flow >= ? AND f.flow < ? AND f.on_date >= ? AND f.on_date <= ? GROUP BY sub.top, f.flow`,
      [...treeParams, flowsFrom, flowsTo, from, to],
    );
    const ids = [unitId, ...childIds];
    const counts = new Map(ids.map((id) => [id, new Map<string, number>()]));
    const add = (id: string, flow: string, n: number) => {
      const of = counts.get(id);
      if (of) of.set(flow, (of.get(flow) ?? 0) + n);
    };
    for (const flow of flows) {
      const n = toNumber(flow.n);
      add(unitId, flow.flow, n);
      if (flow.top !== null) add(flow.top, flow.flow, n);
    }
    const plans = await this.db.query<{ org_id: string; target: number | string }>(
      `SELECT org_id, target FROM ${st.stat_plan} WHERE year = ? AND org_id IN (${ids.map(() => '?').join(', ')})`,
      [year, ...ids],
    );
    const row = (id: string): AdmissionsRow => {
      const of = counts.get(id) ?? new Map<string, number>();
      const count = of.get(ADMITTED) ?? 0;
      const plan = plans.find((p) => p.org_id === id);
      const target = plan ? toNumber(plan.target) : null;
      return {
        unitId: id,
        admitted: count,
        target,
        percent: target ? Math.round((count / target) * 10_000) / 100 : null,
        breakdown: Object.fromEntries(
          ADMISSION_DIMENSIONS.map(({ name, values }) => [
            name,
            Object.fromEntries(
              values.map((value) => [value, of.get(`${ADMITTED}.${name}.${value}`) ?? 0]),
            ),
          ]),
        ),
      };
    };
    return {
      unitId,
      year,
      period: { from, to },
      total: row(unitId),
      children: childIds.map(row),
    };
  }

  /**
   * The leadership figures of a subtree on a date (figures.ts Leadership): the residential cells and
   * the villages of the tree of that date, the roles members held then (leadership.ts, stat_role).
   */
  private async leadershipAsOf(
    cte: string,
    treeParams: readonly SqlValue[],
    on: LocalDate,
    each: (top: string | null, add: (builder: FiguresBuilder) => void) => void,
  ): Promise<void> {
    const ot = await this.serving.of(orgTreeProjection);
    const st = await this.serving.of(membersProjection);
    const cells = await this.db.query<{ top: string | null; n: number | string }>(
      `${cte} SELECT sub.top, count(*) AS n FROM sub JOIN ${ot.org_unit} o ON o.id = sub.unit_id
       WHERE o.residential = 1 AND o.kind IN ('cell', 'grassroots_cell') AND ${ACTIVE_ON('o')}
       GROUP BY sub.top`,
      [...treeParams, on, on],
    );
    for (const cell of cells) each(cell.top, (b) => b.residentialCell(toNumber(cell.n)));
    const seats = await this.db.query<{ top: string | null; kind: string; n: number | string }>(
      `${cte} SELECT sub.top, r.kind, count(*) AS n FROM ${st.stat_role} r JOIN sub ON r.target = sub.unit_id
       WHERE r.kind <> 'resident' AND r.kind <> 'head'
       AND r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to > ?) GROUP BY sub.top, r.kind`,
      [...treeParams, on, on],
    );
    for (const seat of seats) {
      const n = toNumber(seat.n);
      if (seat.kind === 'secretaryHead') each(seat.top, (b) => b.secretaryHead(n));
      else if (seat.kind.startsWith('committee.'))
        each(seat.top, (b) => b.committeeSeat(seat.kind.slice('committee.'.length), n));
    }
    const villages = await this.db.query<{
      top: string | null;
      village_id: string;
      cell_id: string | null;
      cell_ended_on: string | null;
      cell_merged_into: string | null;
    }>(
      `${cte} SELECT sub.top, v.village_id, v.cell_id, c.ended_on AS cell_ended_on, c.merged_into AS cell_merged_into
       FROM ${st.stat_village_period} v JOIN sub ON v.commune_id = sub.unit_id
       LEFT JOIN ${ot.org_unit} c ON c.id = v.cell_id
       WHERE v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?)`,
      [...treeParams, on, on],
    );
    if (villages.length === 0) return;
    // Residents of a village merged into another by the date count there (villages-fold.ts).
    const merges = await this.db.query<{ id: string; merged_into: string }>(
      `SELECT id, merged_into FROM ${st.stat_village} WHERE merged_into IS NOT NULL AND ended_on <= ?`,
      [on],
    );
    const mergedInto = new Map(merges.map((m) => [m.id, m.merged_into]));
    const finalOf = (id: string): string => {
      let at = id;
      for (let guard = 0; mergedInto.has(at) && guard < 100; guard++)
        at = mergedInto.get(at) as string;
      return at;
    };
    const active = new Set(villages.map((v) => v.village_id));
    const counted = [...active, ...[...mergedInto.keys()].filter((id) => active.has(finalOf(id)))];
    const held = (kind: string) =>
      queryIn<{ target: string; n: number | string }>(
        this.db,
        `SELECT target, count(*) AS n FROM ${st.stat_role}
         WHERE kind = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) AND target IN (?)
         GROUP BY target`,
        kind === 'head' ? [...active] : counted,
        [kind, on, on],
      );
    const residents = new Map<string, number>();
    for (const row of await held('resident')) {
      const at = finalOf(row.target);
      residents.set(at, (residents.get(at) ?? 0) + toNumber(row.n));
    }
    const headed = new Set((await held('head')).map((row) => row.target));
    for (const village of villages) {
      const dissolvedCell =
        village.cell_ended_on !== null &&
        village.cell_ended_on <= on &&
        village.cell_merged_into === null;
      const living = residents.get(village.village_id) ?? 0;
      each(village.top, (b) => {
        b.village('total', 1);
        if (village.cell_id !== null && !dissolvedCell) b.village('withCell', 1);
        if (headed.has(village.village_id)) b.village('headMember', 1);
        if (living === 0) b.village('noMember', 1);
        if (living < 3) b.village('under3', 1);
      });
    }
  }

  /**
   * The members' ratings of a year (counted by the year rated) stored in a unit's subtree, excellent
   * and good: the grassroots organization's tally for the excellent quota (R-RATING-QUOTA). Two rows of
   * the unit's rolled-up counters; undefined for a unit the statistics do not know.
   */
  async ratingTally(
    unitId: string,
    year: number,
  ): Promise<{ readonly excellent: number; readonly good: number } | undefined> {
    const t = await this.serving.of(membersProjection);
    const [unit] = await this.db.query<{ id: string }>(
      `SELECT id FROM ${t.stat_org} WHERE id = ?`,
      [unitId],
    );
    if (!unit) return undefined;
    const excellent = flowMetric('rating.excellent', year);
    const good = flowMetric('rating.good', year);
    const rows = await this.db.query<{ metric: string; count: number | string }>(
      `SELECT metric, count FROM ${t.stat_unit} WHERE unit_id = ? AND metric IN (?, ?)`,
      [unitId, excellent, good],
    );
    const count = (metric: string) => toNumber(rows.find((row) => row.metric === metric)?.count);
    return { excellent: count(excellent), good: count(good) };
  }

  private async unitAndChildren(
    t: TableNames<StatisticsTable>,
    unitId: string,
  ): Promise<{ unit: StatOrgRow; children: StatOrgRow[] } | undefined> {
    const [unit] = await this.db.query<StatOrgRow>(
      `SELECT id, kind, path, status FROM ${t.stat_org} WHERE id = ?`,
      [unitId],
    );
    if (!unit) return undefined;
    const children = await this.db.query<StatOrgRow>(
      `SELECT id, kind, path, status FROM ${t.stat_org} WHERE parent_id = ? AND status = 'active' ORDER BY id`,
      [unitId],
    );
    return { unit, children };
  }
}

/** A date whose tail completes a year or a month into its first day. */
const FIRST_DAY = '0000-01-01';

/**
 * The age band on a date of the members counted under a birth counter. A report reads the same birth
 * periods for every unit it lists, so each period's band is worked out once (date arithmetic was half
 * the cost of a row).
 */
class BirthBands {
  private readonly bands = new Map<string, AgeBand | null>();

  constructor(
    private readonly today: LocalDate,
    private readonly edgeMonths: readonly string[],
    private readonly edgeYears: readonly string[],
  ) {}

  /**
   * `y.1985`, `m.1985-03` or `d.1985-03-14`: the band, or null for a year or a month that straddles a
   * band's edge (its months or days are read instead). A year away from every edge is all in one
   * band, and so is a month away from them; days are read only for the edge months.
   */
  of(grainAndPeriod: string): AgeBand | null {
    let band = this.bands.get(grainAndPeriod);
    if (band !== undefined) return band;
    const grain = grainAndPeriod.slice(0, 1) as BirthGrain;
    const period = grainAndPeriod.slice(2);
    const whole =
      grain === 'd' || !(grain === 'y' ? this.edgeYears : this.edgeMonths).includes(period);
    // Counted from the first day of the year or month.
    band = whole ? ageBandOn(`${period}${FIRST_DAY.slice(period.length)}`, this.today) : null;
    this.bands.set(grainAndPeriod, band);
    return band;
  }
}

/** Adds one rolled-up counter to the figures. */
function addMetric(
  builder: FiguresBuilder,
  metric: string,
  count: number,
  births: BirthBands,
): void {
  const dot = metric.indexOf('.');
  const family = metric.slice(0, dot);
  const rest = metric.slice(dot + 1);
  switch (family) {
    case 'units':
      builder.unit(rest, count);
      break;
    case 'stage':
      builder.person(rest, count);
      break;
    case 'born': {
      const band = births.of(rest);
      if (band !== null) builder.ageBand(band, count);
      break;
    }
    case 'flow':
      builder.flow(rest.slice(rest.indexOf('.') + 1), count);
      break;
    case 'villages':
      builder.village(rest, count);
      break;
    case 'cells':
      if (`${family}.${rest}` === RESIDENTIAL_CELLS_METRIC) builder.residentialCell(count);
      break;
    case 'leaders':
      if (metric === SECRETARY_HEAD_METRIC) builder.secretaryHead(count);
      break;
    case 'committee':
      builder.committeeSeat(rest, count);
      break;
    default:
      if (metric === 'members') builder.members(count);
      else builder.value(metric, count);
  }
}
