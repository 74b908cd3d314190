import { Inject, Injectable } from '@nestjs/common';
import { isVillage, type Village } from '@memberflow/domain/village';
import type { EventStore } from '@memberflow/event-store';
import type { Principal } from '../auth/principal';
import { VILLAGE_AGGREGATE } from '../commands/aggregates';
import { FactsLoader } from '../commands/facts-loader';
import { assertScopeCovers } from '../commands/scope';
import { loadStream } from '../commands/stream-loader';
import { notFound } from '../outcome/refusal';
import { EVENT_STORE } from '../store/event-store.provider';

export interface VillageView extends Village {
  readonly id: string;
  readonly revision: number;
  /** The commune's unit and the serving cell by name, as the organization's streams tell them. */
  readonly commune: { readonly id: string; readonly name: string | null };
  readonly cell: { readonly id: string; readonly name: string | null } | null;
}

/** Reads a village from its stream; a village is in a caller's scope when its commune is. */
@Injectable()
export class VillageReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly facts: FactsLoader,
  ) {}

  async view(id: string): Promise<VillageView> {
    const stream = await loadStream(this.store, VILLAGE_AGGREGATE, id);
    if (stream.revision === undefined || !isVillage(stream.state)) {
      throw notFound({ vi: `Không tìm thấy thôn, tổ dân phố ${id}`, en: `No village ${id}` });
    }
    const village = stream.state;
    const ids = [village.communeId, ...(village.cellId === undefined ? [] : [village.cellId])];
    const facts = await this.facts.load({ members: [], orgs: ids });
    const named = (unitId: string) => ({ id: unitId, name: facts.org(unitId)?.name ?? null });
    return {
      id,
      revision: stream.revision,
      ...village,
      commune: named(village.communeId),
      cell: village.cellId === undefined ? null : named(village.cellId),
    };
  }

  async assertInScope(principal: Principal, village: VillageView): Promise<void> {
    const orgs = [village.communeId];
    assertScopeCovers(principal, orgs, await this.facts.load({ members: [], orgs }));
  }
}
