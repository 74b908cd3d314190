import type { VillageEvent } from '@memberflow/domain/village';
import { toNumber } from '../read-db/batch-sql';
import type { Sql, SqlValue } from '../read-db/read-db';
import { VILLAGE_METRICS, villageMetric, type VillageMetric } from './leadership';

/** A village as the statistics hold it: where it counts, and what counts about it. */
export interface CountedVillage {
  readonly id: string;
  communeId: string;
  cellId: string | null;
  /** The serving cell was dissolved (a merged one serves on through the unit it was merged into). */
  cellDissolved: boolean;
  status: 'active' | 'merged' | 'dissolved';
  mergedInto: string | null;
  endedOn: string | null;
  /** Members living there (with those of the villages merged into it). */
  residents: number;
  /** Members heading it. */
  heads: number;
  /** The start of its current period (stat_village_period). */
  periodFrom: string | null;
}

export const VILLAGE_COLUMNS = [
  'id',
  'commune_id',
  'cell_id',
  'cell_dissolved',
  'status',
  'merged_into',
  'ended_on',
  'residents',
  'heads',
  'period_from',
] as const;

export const VILLAGE_PERIOD_COLUMNS = [
  'village_id',
  'valid_from',
  'valid_to',
  'commune_id',
  'cell_id',
] as const;

/** Where the counters of villages go: a delta on a metric of a unit (rolled up by the caller). */
export type CountVillage = (unitId: string, metric: string, delta: number) => void;

/** The metrics a village adds to its commune's counters now (none once it has ended). */
function metricsOf(village: CountedVillage): VillageMetric[] {
  if (village.status !== 'active') return [];
  const holds: Record<VillageMetric, boolean> = {
    total: true,
    withCell: village.cellId !== null && !village.cellDissolved,
    headMember: village.heads > 0,
    noMember: village.residents === 0,
    under3: village.residents < 3,
  };
  return VILLAGE_METRICS.filter((metric) => holds[metric]);
}

/**
 * The villages' share of the statistics fold: every village held (a province has a few thousand), its
 * counters kept on its commune's unit as its properties change (established, moved, served by a cell,
 * its members moving in and out, its heads), its periods written for the reports of past dates. A merged
 * village's residents count in the village it was merged into from then on; its heads do not.
 */
export class VillagesFold {
  private villages: Map<string, CountedVillage> | undefined;
  private changed = new Set<string>();
  private periods = new Map<string, SqlValue[]>();

  constructor(
    private readonly db: Sql,
    private readonly tables: {
      readonly stat_village: string;
      readonly stat_village_period: string;
    },
    private readonly count: CountVillage,
  ) {}

  get pendingRows(): number {
    return this.changed.size + this.periods.size;
  }

  async load(): Promise<void> {
    if (this.villages) return;
    const rows = await this.db.query<Record<(typeof VILLAGE_COLUMNS)[number], SqlValue>>(
      `SELECT ${VILLAGE_COLUMNS.join(', ')} FROM ${this.tables.stat_village}`,
    );
    this.villages = new Map(
      rows.map((row) => [
        String(row.id),
        {
          id: String(row.id),
          communeId: String(row.commune_id),
          cellId: row.cell_id === null ? null : String(row.cell_id),
          cellDissolved: toNumber(row.cell_dissolved) === 1,
          status: row.status as CountedVillage['status'],
          mergedInto: row.merged_into === null ? null : String(row.merged_into),
          endedOn: row.ended_on === null ? null : String(row.ended_on),
          residents: toNumber(row.residents),
          heads: toNumber(row.heads),
          periodFrom: row.period_from === null ? null : String(row.period_from),
        },
      ]),
    );
  }

  apply(id: string, event: VillageEvent): void {
    const villages = this.held();
    const on = event.occurredOn;
    if (event.type === 'VillageEstablished') {
      if (villages.has(id)) return;
      const village: CountedVillage = {
        id,
        communeId: event.data.communeId,
        cellId: event.data.cellId ?? null,
        cellDissolved: false,
        status: 'active',
        mergedInto: null,
        endedOn: null,
        residents: 0,
        heads: 0,
        periodFrom: null,
      };
      villages.set(id, village);
      for (const metric of metricsOf(village))
        this.count(village.communeId, villageMetric(metric), 1);
      this.period(village, undefined, on);
      this.changed.add(id);
      return;
    }
    const village = villages.get(id);
    if (!village || village.status !== 'active') return;
    switch (event.type) {
      case 'VillageMoved':
        this.change(village, () => (village.communeId = event.data.communeId), on);
        return;
      case 'VillageCellAssigned':
        this.change(
          village,
          () => {
            village.cellId = event.data.cellId;
            village.cellDissolved = false;
          },
          on,
        );
        return;
      case 'VillageCellReleased':
        this.change(village, () => (village.cellId = null), on);
        return;
      case 'VillageMerged': {
        const target = villages.get(event.data.targetId);
        this.change(
          village,
          () => {
            village.status = 'merged';
            village.mergedInto = event.data.targetId;
            village.endedOn = on;
          },
          on,
        );
        if (target) this.change(target, () => (target.residents += village.residents));
        return;
      }
      case 'VillageDissolved':
        this.change(
          village,
          () => {
            village.status = 'dissolved';
            village.endedOn = on;
          },
          on,
        );
        return;
      case 'VillageRenamed':
        return;
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  }

  /** A member moves in (+1) or out (-1): counted where the village's residents count now. */
  resident(villageId: string, delta: number): void {
    const village = this.finalOf(villageId);
    if (village) this.change(village, () => (village.residents += delta));
  }

  /** A member starts (+1) or stops (-1) heading the village. */
  head(villageId: string, delta: number): void {
    const village = this.held().get(villageId);
    if (village) this.change(village, () => (village.heads += delta));
  }

  /** A cell was dissolved: the villages it served have no cell from then on. */
  cellDissolved(cellId: string): void {
    for (const village of this.held().values()) {
      if (village.cellId === cellId && !village.cellDissolved)
        this.change(village, () => (village.cellDissolved = true));
    }
  }

  /** The villages changed and the periods written since the last call, as rows. */
  take(): { villages: SqlValue[][]; periods: SqlValue[][] } {
    if (!this.villages) return { villages: [], periods: [] };
    const villages = [...this.changed].flatMap((id) => {
      const v = this.held().get(id);
      return v
        ? [
            [
              v.id,
              v.communeId,
              v.cellId,
              v.cellDissolved ? 1 : 0,
              v.status,
              v.mergedInto,
              v.endedOn,
              v.residents,
              v.heads,
              v.periodFrom,
            ],
          ]
        : [];
    });
    const periods = [...this.periods.values()];
    this.changed = new Set();
    this.periods = new Map();
    return { villages, periods };
  }

  private held(): Map<string, CountedVillage> {
    if (!this.villages) throw new Error('the villages were not loaded');
    return this.villages;
  }

  /** Where a village's residents count: itself, or the village it was merged into, and so on. */
  private finalOf(villageId: string): CountedVillage | undefined {
    let village = this.held().get(villageId);
    for (let guard = 0; village?.status === 'merged' && village.mergedInto && guard < 100; guard++)
      village = this.held().get(village.mergedInto);
    return village;
  }

  /**
   * Applies `update` to the village and moves its counters from what it added before to what it adds
   * after; with `on`, a change of what its periods hold (its commune, its cell, its end).
   */
  private change(village: CountedVillage, update: () => void, on?: string): void {
    const before = metricsOf(village);
    const held = { communeId: village.communeId, cellId: village.cellId };
    const heldAPeriod = village.status === 'active' && village.periodFrom !== null;
    update();
    const after = metricsOf(village);
    const moved = held.communeId !== village.communeId;
    for (const metric of before)
      if (moved || !after.includes(metric)) this.count(held.communeId, villageMetric(metric), -1);
    for (const metric of after)
      if (moved || !before.includes(metric))
        this.count(village.communeId, villageMetric(metric), 1);
    if (on !== undefined) this.period(village, heldAPeriod ? held : undefined, on);
    this.changed.add(village.id);
  }

  /**
   * Closes the village's current period (what it `held`) on `on` and opens the next one, unless it has
   * ended. A period that would start and end the same day never held: the next one replaces it, or, when
   * none follows, it is written empty (from = to), which no date falls in.
   */
  private period(
    village: CountedVillage,
    held: { readonly communeId: string; readonly cellId: string | null } | undefined,
    on: string,
  ): void {
    const from = village.periodFrom;
    if (held && from !== null) {
      this.periods.set(`${village.id}\u0000${from}`, [
        village.id,
        from,
        on,
        held.communeId,
        held.cellId,
      ]);
    }
    if (village.status !== 'active') {
      village.periodFrom = null;
      return;
    }
    this.periods.set(`${village.id}\u0000${on}`, [
      village.id,
      on,
      null,
      village.communeId,
      village.cellId,
    ]);
    village.periodFrom = on;
  }
}
