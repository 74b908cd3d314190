import { Inject, Injectable } from '@nestjs/common';
import { isUsername, type AccountState } from '@memberflow/domain/account';
import type { EventStore } from '@memberflow/event-store';
import { ACCOUNT_AGGREGATE } from '../commands/aggregates';
import { FoldedStreams, type FoldedStream } from '../commands/folded-streams';
import { EVENT_STORE } from '../store/event-store.provider';

/** Accounts kept folded: every person signed in at once, and more. */
const CAPACITY = 20_000;

/**
 * Accounts as their streams say now, for sign-in and for every request of a session: kept folded, each
 * load checks the stream's revision (one key lookup) and folds only what was appended since, so a
 * session sees a disable, a password change or a sign-out recorded by any replica at its next request,
 * without reading the stream again (ADR 0015).
 */
@Injectable()
export class AccountStates {
  private readonly streams: FoldedStreams;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.streams = new FoldedStreams(store, CAPACITY);
  }

  /** The account, or undefined when there is none (or the name cannot be one). */
  async load(username: string): Promise<FoldedStream<AccountState> | undefined> {
    if (!isUsername(username)) return undefined;
    const stream = await this.streams.load(ACCOUNT_AGGREGATE, username);
    return stream.revision === undefined ? undefined : stream;
  }
}
