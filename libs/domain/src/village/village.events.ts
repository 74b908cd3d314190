import type { DomainEvent } from '../kernel/decider';
import type { Bilingual } from '../kernel/rejection';

/**
 * Villages (thôn, bản, tổ dân phố): units of the administrative side, not of the party. Each belongs to
 * a commune or ward, named by the unit of the party tree that stands for it (its grassroots committee),
 * and may be served by a residential cell. They are established, renamed, moved, merged and dissolved
 * with dates like party units, so that a report as of any date counts the villages of that date
 * (domain.md §4, issue 18).
 */
export const VILLAGE_KIND_LABELS = {
  village: { vi: 'Thôn, làng', en: 'Village' },
  hamlet: { vi: 'Bản, buôn, ấp, sóc', en: 'Hamlet' },
  residential_group: { vi: 'Tổ dân phố, khu phố', en: 'Residential group' },
} as const satisfies Readonly<Record<string, Bilingual>>;

export type VillageKind = keyof typeof VILLAGE_KIND_LABELS;
export const VILLAGE_KINDS = Object.keys(VILLAGE_KIND_LABELS) as VillageKind[];

type Event<Type extends string, Data> = DomainEvent<Type, Data>;

export type VillageEstablished = Event<
  'VillageEstablished',
  { communeId: string; kind: VillageKind; name: string; code?: string; cellId?: string }
>;
export type VillageRenamed = Event<'VillageRenamed', { name: string; previousName: string }>;
/** The village now belongs to another commune or ward (a boundary change, a merger of communes). */
export type VillageMoved = Event<'VillageMoved', { communeId: string; previousCommuneId: string }>;
export type VillageCellAssigned = Event<
  'VillageCellAssigned',
  { cellId: string; previousCellId?: string }
>;
export type VillageCellReleased = Event<'VillageCellReleased', { previousCellId: string }>;
/** The village ends; its residents count in the target from then on. */
export type VillageMerged = Event<'VillageMerged', { targetId: string }>;
export type VillageDissolved = Event<'VillageDissolved', Record<string, never>>;

export type VillageEvent =
  | VillageEstablished
  | VillageRenamed
  | VillageMoved
  | VillageCellAssigned
  | VillageCellReleased
  | VillageMerged
  | VillageDissolved;

export type VillageEventType = VillageEvent['type'];

export const VILLAGE_EVENT_TYPES: readonly VillageEventType[] = [
  'VillageEstablished',
  'VillageRenamed',
  'VillageMoved',
  'VillageCellAssigned',
  'VillageCellReleased',
  'VillageMerged',
  'VillageDissolved',
];
