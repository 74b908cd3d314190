import type { Facts } from '../kernel/facts';
import type { LocalDate } from '../kernel/local-date';
import type { VillageKind } from './village.events';

/** The actions of `POST /api/villages` and `POST /api/villages/{id}/actions/{action}`. */
export const VILLAGE_ACTIONS = [
  'establish',
  'rename',
  'move',
  'assign-cell',
  'release-cell',
  'merge-into',
  'dissolve',
] as const;

export type VillageAction = (typeof VILLAGE_ACTIONS)[number];

export interface EstablishVillagePayload {
  /** The commune or ward: the unit of the party tree standing for it (its grassroots committee). */
  readonly communeId: string;
  readonly kind: VillageKind;
  readonly name: string;
  readonly code?: string;
  /** The residential cell serving the village, if one does. */
  readonly cellId?: string;
}

export interface RenameVillagePayload {
  readonly name: string;
}

export interface MoveVillagePayload {
  readonly communeId: string;
}

export interface AssignCellPayload {
  readonly cellId: string;
}

export interface MergeVillagePayload {
  readonly targetId: string;
}

type NoPayload = Readonly<Record<string, never>>;

export interface VillagePayloads {
  establish: EstablishVillagePayload;
  rename: RenameVillagePayload;
  move: MoveVillagePayload;
  'assign-cell': AssignCellPayload;
  'release-cell': NoPayload;
  'merge-into': MergeVillagePayload;
  dissolve: NoPayload;
}

export interface VillageCommandOf<Action extends VillageAction> {
  readonly action: Action;
  readonly villageId: string;
  /** The business date; never in the future, never before the village's last event. */
  readonly occurredOn: LocalDate;
  readonly payload: VillagePayloads[Action];
  readonly reason?: string;
  /** The decision, e.g. of the provincial people's council on merging villages. */
  readonly documentRef?: string;
}

export type VillageCommand = {
  [Action in VillageAction]: VillageCommandOf<Action>;
}[VillageAction];

export interface VillageContext {
  readonly today: LocalDate;
  readonly facts: Facts;
}
