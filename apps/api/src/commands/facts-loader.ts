import { Inject, Injectable } from '@nestjs/common';
import type { Facts, FactsNeeded, MemberFacts, OrgFacts } from '@memberflow/domain';
import { toMemberFacts } from '@memberflow/domain/member';
import { toOrgFacts } from '@memberflow/domain/org';
import type { EventStore } from '@memberflow/event-store';
import { EVENT_STORE } from '../store/event-store.provider';
import { MEMBER_AGGREGATE, ORG_AGGREGATE } from './aggregates';
import { loadStream } from './stream-loader';

/**
 * Loads the facts a command's rules need by folding the other streams it names (an organization unit
 * with its ancestors). Implemented over the store; read models can serve it later.
 */
@Injectable()
export class FactsLoader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(needed: FactsNeeded): Promise<Facts> {
    const members = new Map<string, MemberFacts>();
    const orgs = new Map<string, OrgFacts | undefined>();
    for (const id of new Set(needed.members)) {
      const stream = await loadStream(this.store, MEMBER_AGGREGATE, id);
      if (stream.revision !== undefined) members.set(id, toMemberFacts(id, stream.state));
    }
    for (const id of new Set(needed.orgs)) await this.loadOrg(id, orgs, new Set());
    return {
      member: (id) => members.get(id),
      org: (id) => orgs.get(id),
    };
  }

  private async loadOrg(
    id: string,
    cache: Map<string, OrgFacts | undefined>,
    visiting: Set<string>,
  ): Promise<OrgFacts | undefined> {
    if (cache.has(id)) return cache.get(id);
    if (visiting.has(id)) return undefined; // a cycle in stored data must not hang the request
    visiting.add(id);
    const stream = await loadStream(this.store, ORG_AGGREGATE, id);
    let facts: OrgFacts | undefined;
    if (stream.revision !== undefined) {
      const parentId = toOrgFacts(id, stream.state, []).parentId;
      const parent =
        parentId === undefined ? undefined : await this.loadOrg(parentId, cache, visiting);
      facts = toOrgFacts(id, stream.state, parent ? [parent.id, ...parent.ancestorIds] : []);
    }
    cache.set(id, facts);
    return facts;
  }
}
