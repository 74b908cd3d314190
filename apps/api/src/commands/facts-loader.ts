import { Inject, Injectable } from '@nestjs/common';
import type { Facts, FactsNeeded, MemberFacts, OrgFacts } from '@memberflow/domain';
import { toMemberFacts } from '@memberflow/domain/member';
import { toOrgFacts, type OrgEvent, type OrgState } from '@memberflow/domain/org';
import type { EventStore } from '@memberflow/event-store';
import { EVENT_STORE } from '../store/event-store.provider';
import { MEMBER_AGGREGATE, ORG_AGGREGATE } from './aggregates';
import { loadStream, toDomainEvent } from './stream-loader';

/** An organization unit's stream folded up to a revision. */
interface FoldedOrg {
  readonly revision: number;
  readonly state: OrgState;
}

/** Org units kept folded; a province has a few thousand, the whole country tens of thousands. */
const MAX_FOLDED_ORGS = 100_000;

/**
 * Loads the facts a command's rules need by folding the other streams it names (an organization unit
 * with its ancestors). Implemented over the store; read models can serve it later.
 *
 * Nearly every command needs its cell and the cell's ancestors, and units change rarely: their folded
 * streams are kept, checked against the stream's revision on every use (one key lookup) and brought up
 * to date from the events appended since, so facts are as fresh as a full fold, at a fraction of the
 * cost (docs/benchmarks.md).
 */
@Injectable()
export class FactsLoader {
  private readonly folded = new Map<string, FoldedOrg>();

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
    const state = await this.foldOrg(id);
    let facts: OrgFacts | undefined;
    if (state !== undefined) {
      const parentId = toOrgFacts(id, state, []).parentId;
      const parent =
        parentId === undefined ? undefined : await this.loadOrg(parentId, cache, visiting);
      facts = toOrgFacts(id, state, parent ? [parent.id, ...parent.ancestorIds] : []);
    }
    cache.set(id, facts);
    return facts;
  }

  /** The unit's state at the stream's current revision, or undefined when there is no such stream. */
  private async foldOrg(id: string): Promise<OrgState | undefined> {
    const streamId = ORG_AGGREGATE.streamId(id);
    const kept = this.folded.get(id);
    let from = 0;
    if (kept !== undefined) {
      const revision = await this.store.streamRevision(streamId);
      if (revision === kept.revision) return kept.state;
      // Behind: fold what was appended since. Ahead or gone (another store under the same id): refold.
      if (revision !== undefined && revision > kept.revision) from = kept.revision + 1;
    }
    let state = from > 0 && kept !== undefined ? kept.state : ORG_AGGREGATE.decider.initialState;
    let revision = from - 1;
    for await (const stored of this.store.readStream(streamId, { from })) {
      state = ORG_AGGREGATE.decider.evolve(state, toDomainEvent(stored) as OrgEvent);
      revision = stored.revision;
    }
    this.folded.delete(id);
    if (revision < 0) return undefined;
    if (this.folded.size >= MAX_FOLDED_ORGS) {
      const oldest = this.folded.keys().next();
      if (!oldest.done) this.folded.delete(oldest.value);
    }
    this.folded.set(id, { revision, state });
    return state;
  }
}
