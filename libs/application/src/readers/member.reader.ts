import { Inject, Injectable } from '@nestjs/common';
import { availableActions, type MemberState } from '@memberflow/domain/member';
import type { EventStore, StoredEvent } from '@memberflow/event-store';
import type { Principal } from '../auth/principal';
import { MEMBER_AGGREGATE } from '../commands/aggregates';
import { FactsLoader } from '../commands/facts-loader';
import { assertScopeCovers } from '../commands/scope';
import { loadStream } from '../commands/stream-loader';
import { noMember, notFound } from '../outcome/refusal';
import { EVENT_STORE } from '../store/event-store.provider';

export interface MemberView extends MemberState {
  readonly id: string;
  readonly revision: number;
  readonly availableActions: readonly string[];
}

export function memberView(id: string, revision: number, state: MemberState): MemberView {
  return { id, revision, ...state, availableActions: availableActions(state) };
}

/** Reads a member by folding its stream, after checking the caller's scope covers the member's cell. */
@Injectable()
export class MemberReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly facts: FactsLoader,
  ) {}

  async load(
    principal: Principal,
    id: string,
  ): Promise<{ view: MemberView; events: readonly StoredEvent[] }> {
    const stream = await loadStream(this.store, MEMBER_AGGREGATE, id);
    if (stream.revision === undefined) {
      throw notFound(noMember(id));
    }
    const cellIds = stream.state.cellId === undefined ? [] : [stream.state.cellId];
    assertScopeCovers(principal, cellIds, await this.facts.load({ members: [], orgs: cellIds }));
    return { view: memberView(id, stream.revision, stream.state), events: stream.events };
  }
}
