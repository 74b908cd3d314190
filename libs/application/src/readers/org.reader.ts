import { Inject, Injectable } from '@nestjs/common';
import { isEstablished, type OrgUnit } from '@memberflow/domain/org';
import type { EventStore } from '@memberflow/event-store';
import type { Principal } from '../auth/principal';
import { ORG_AGGREGATE } from '../commands/aggregates';
import { FactsLoader } from '../commands/facts-loader';
import { assertScopeCovers } from '../commands/scope';
import { loadStream } from '../commands/stream-loader';
import { noUnit, notFound } from '../outcome/refusal';
import { EVENT_STORE } from '../store/event-store.provider';

export interface OrgView extends OrgUnit {
  readonly id: string;
  readonly revision: number;
  /** Ancestors, nearest first. */
  readonly parents: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
  }[];
}

/** Reads a unit from its stream (the organization-tree projection will serve the subtree queries). */
@Injectable()
export class OrgReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly facts: FactsLoader,
  ) {}

  async view(id: string): Promise<OrgView> {
    const stream = await loadStream(this.store, ORG_AGGREGATE, id);
    if (stream.revision === undefined || !isEstablished(stream.state)) {
      throw notFound(noUnit(id));
    }
    const facts = await this.facts.load({ members: [], orgs: [id] });
    const parents = (facts.org(id)?.ancestorIds ?? []).map((ancestorId) => {
      const ancestor = facts.org(ancestorId);
      return { id: ancestorId, name: ancestor?.name ?? '', kind: ancestor?.kind ?? '' };
    });
    return { id, revision: stream.revision, ...stream.state, parents };
  }

  async assertInScope(principal: Principal, orgId: string): Promise<void> {
    assertScopeCovers(principal, [orgId], await this.facts.load({ members: [], orgs: [orgId] }));
  }
}
