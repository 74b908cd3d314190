import type { VillageFacts } from '../kernel/facts';
import type { LocalDate } from '../kernel/local-date';
import type { VillageEvent, VillageKind } from './village.events';

export type VillageStatus = 'active' | 'merged' | 'dissolved';

export interface NoVillage {
  readonly status: 'none';
}

export interface Village {
  readonly status: VillageStatus;
  readonly kind: VillageKind;
  readonly name: string;
  readonly code?: string;
  /** The commune or ward: the unit of the party tree standing for it. */
  readonly communeId: string;
  /** The residential cell serving the village, if one does. */
  readonly cellId?: string;
  readonly establishedOn: LocalDate;
  /** The date of the latest event: a later command may not be dated before it. */
  readonly lastChangedOn: LocalDate;
  readonly mergedIntoId?: string;
  /** When the village was merged or dissolved. */
  readonly endedOn?: LocalDate;
}

export type VillageState = NoVillage | Village;

export const initialVillageState: VillageState = { status: 'none' };

export function isVillage(state: VillageState): state is Village {
  return state.status !== 'none';
}

export function evolveVillage(state: VillageState, event: VillageEvent): VillageState {
  if (event.type === 'VillageEstablished') {
    const { communeId, kind, name, code, cellId } = event.data;
    return {
      status: 'active',
      kind,
      name,
      ...(code === undefined ? {} : { code }),
      communeId,
      ...(cellId === undefined ? {} : { cellId }),
      establishedOn: event.occurredOn,
      lastChangedOn: event.occurredOn,
    };
  }
  if (!isVillage(state)) return state;
  const village: Village = { ...state, lastChangedOn: event.occurredOn };
  switch (event.type) {
    case 'VillageRenamed':
      return { ...village, name: event.data.name };
    case 'VillageMoved':
      return { ...village, communeId: event.data.communeId };
    case 'VillageCellAssigned':
      return { ...village, cellId: event.data.cellId };
    case 'VillageCellReleased': {
      const { cellId: _released, ...rest } = village;
      return rest;
    }
    case 'VillageMerged':
      return {
        ...village,
        status: 'merged',
        mergedIntoId: event.data.targetId,
        endedOn: event.occurredOn,
      };
    case 'VillageDissolved':
      return { ...village, status: 'dissolved', endedOn: event.occurredOn };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/**
 * What other streams' rules may know about the village.
 * @throws RangeError for a stream where no village was established.
 */
export function toVillageFacts(id: string, state: VillageState): VillageFacts {
  if (!isVillage(state)) throw new RangeError(`village ${id} has not been established`);
  return {
    id,
    name: state.name,
    communeId: state.communeId,
    cellId: state.cellId,
    active: state.status === 'active',
  };
}
