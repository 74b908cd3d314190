import { Inject, Injectable, Optional } from '@nestjs/common';
import type {
  Facts,
  FactsNeeded,
  MemberFacts,
  OrgFacts,
  RatingTally,
  VillageFacts,
} from '@memberflow/domain';
import { toMemberFacts } from '@memberflow/domain/member';
import {
  grassrootsOrganizationOf,
  isEstablished,
  toOrgFacts,
  type OrgEvent,
  type OrgState,
} from '@memberflow/domain/org';
import { isVillage, toVillageFacts } from '@memberflow/domain/village';
import type { EventStore } from '@memberflow/event-store';
import { ProjectionService } from '../projections/projection.service';
import { EVENT_STORE } from '../store/event-store.provider';
import { MEMBER_AGGREGATE, ORG_AGGREGATE, VILLAGE_AGGREGATE } from './aggregates';
import { FoldedStreams } from './folded-streams';
import { toDomainEvent } from './stream-loader';

/**
 * The unit above `state` in its line: its parent, or for a merged unit the unit it was merged into,
 * which holds its members and sub-units from then on (as the projections count them). A unit under a
 * merged committee thus has the merge target among its ancestors: that is its superior now (R-AUTHORITY).
 */
function lineParentOf(state: OrgState): string | undefined {
  if (!isEstablished(state)) return undefined;
  return state.status === 'merged' && state.mergedIntoId !== undefined
    ? state.mergedIntoId
    : state.parentId;
}

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
 * cost (docs/benchmarks.md). The members a command names (its introducers) are kept the same way.
 */
@Injectable()
export class FactsLoader {
  private readonly folded = new Map<string, FoldedOrg>();
  /** The members commands name (introducers, helpers), kept folded the same way. */
  private readonly members: FoldedStreams;
  /** The villages commands name (a village head's, a residence), kept folded the same way. */
  private readonly villages: FoldedStreams;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    /** The read models, for the ratings stored in a grassroots organization (R-RATING-QUOTA). */
    @Optional() private readonly projections?: ProjectionService,
  ) {
    this.members = new FoldedStreams(store);
    this.villages = new FoldedStreams(store);
  }

  async load(needed: FactsNeeded): Promise<Facts> {
    const members = new Map<string, MemberFacts>();
    const orgs = new Map<string, OrgFacts | undefined>();
    const villages = await this.loadVillages(needed.villages ?? []);
    // A village's commune is known with it (a village is in scope when its commune is).
    const orgIds = [...needed.orgs, ...[...villages.values()].map((village) => village.communeId)];
    // Every stream this command needs is read at once: one round trip, not one per unit, on a
    // networked store. The units above the named ones are known from what was kept folded.
    const kept = [...new Set([...new Set(orgIds)].flatMap((id) => this.keptLine(id)))];
    const revisions = await this.revisionsOf(kept);
    const folds = new Map<string, Promise<OrgState | undefined>>();
    const fold = (id: string): Promise<OrgState | undefined> => {
      let folding = folds.get(id);
      if (folding === undefined) {
        folding = this.foldOrg(id, revisions.has(id) ? { revision: revisions.get(id) } : undefined);
        folding.catch(() => undefined); // awaited (and reported) where it is used
        folds.set(id, folding);
      }
      return folding;
    };
    for (const id of kept) void fold(id);
    await Promise.all(
      [...new Set(needed.members)].map(async (id) => {
        const stream = await this.members.load(MEMBER_AGGREGATE, id);
        if (stream.revision !== undefined) members.set(id, toMemberFacts(id, stream.state));
      }),
    );
    for (const id of new Set(orgIds)) await this.loadOrg(id, orgs, new Set(), fold);
    const facts: Facts = {
      member: (id) => members.get(id),
      org: (id) => orgs.get(id),
      village: (id) => villages.get(id),
    };
    const tallies = await this.loadTallies(needed.ratingTallies ?? [], facts);
    return { ...facts, ratingTally: (cellId, year) => tallies.get(tallyKey(cellId, year)) };
  }

  private async loadVillages(ids: readonly string[]): Promise<Map<string, VillageFacts>> {
    const villages = new Map<string, VillageFacts>();
    await Promise.all(
      [...new Set(ids)].map(async (id) => {
        const stream = await this.villages.load(VILLAGE_AGGREGATE, id);
        if (isVillage(stream.state)) villages.set(id, toVillageFacts(id, stream.state));
      }),
    );
    return villages;
  }

  /**
   * The ratings stored for a year in the grassroots organization of each cell, from the statistics'
   * counters (by the year rated). Unknown (undefined) where the read model cannot tell: not built yet,
   * or a process without one; the quota then does not warn.
   */
  private async loadTallies(
    wanted: readonly { readonly cellId: string; readonly year: number }[],
    facts: Facts,
  ): Promise<Map<string, RatingTally>> {
    const tallies = new Map<string, RatingTally>();
    if (this.projections === undefined) return tallies;
    for (const { cellId, year } of wanted) {
      const organization = grassrootsOrganizationOf(cellId, facts);
      if (organization === undefined) continue;
      const counts = await this.projections.statistics
        .ratingTally(organization.id, year)
        .catch(() => undefined);
      if (counts !== undefined)
        tallies.set(tallyKey(cellId, year), { organizationId: organization.id, year, ...counts });
    }
    return tallies;
  }

  /** The unit and the units above it as the kept folds know them (empty for a unit never folded). */
  private keptLine(id: string): string[] {
    const line: string[] = [];
    for (let at: string | undefined = id; at !== undefined && !line.includes(at);) {
      const kept = this.folded.get(at);
      if (kept === undefined) break;
      line.push(at);
      at = lineParentOf(kept.state);
    }
    return line;
  }

  private async loadOrg(
    id: string,
    cache: Map<string, OrgFacts | undefined>,
    visiting: Set<string>,
    fold: (id: string) => Promise<OrgState | undefined>,
  ): Promise<OrgFacts | undefined> {
    if (cache.has(id)) return cache.get(id);
    if (visiting.has(id)) return undefined; // a cycle in stored data must not hang the request
    visiting.add(id);
    const state = await fold(id);
    let facts: OrgFacts | undefined;
    if (state !== undefined) {
      const parentId = lineParentOf(state);
      const parent =
        parentId === undefined ? undefined : await this.loadOrg(parentId, cache, visiting, fold);
      facts = toOrgFacts(id, state, parent ? [parent.id, ...parent.ancestorIds] : []);
    }
    cache.set(id, facts);
    return facts;
  }

  /** The current revisions of the kept units' streams: one query when the store can answer for many. */
  private async revisionsOf(ids: readonly string[]): Promise<Map<string, number | undefined>> {
    if (ids.length === 0 || this.store.streamRevisions === undefined) return new Map();
    const found = await this.store.streamRevisions(ids.map((id) => ORG_AGGREGATE.streamId(id)));
    return new Map(ids.map((id) => [id, found.get(ORG_AGGREGATE.streamId(id))]));
  }

  /**
   * The unit's state at the stream's current revision, or undefined when there is no such stream.
   * @param checked the stream's revision when it was just read with others'
   */
  private async foldOrg(
    id: string,
    checked?: { revision: number | undefined },
  ): Promise<OrgState | undefined> {
    const streamId = ORG_AGGREGATE.streamId(id);
    const kept = this.folded.get(id);
    let from = 0;
    if (kept !== undefined) {
      const revision = checked ? checked.revision : await this.store.streamRevision(streamId);
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

function tallyKey(cellId: string, year: number): string {
  return `${cellId}\u0000${year}`;
}
