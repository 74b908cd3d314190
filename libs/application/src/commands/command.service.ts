import { Inject, Injectable, Logger } from '@nestjs/common';
import { isRejection, policyOn, type DomainEvent } from '@memberflow/domain';
import {
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type StoredEvent,
} from '@memberflow/event-store';
import type { Principal } from '../auth/principal';
import { EVENT_STORE } from '../store/event-store.provider';
import { APP_CONFIG } from '../config/config.provider';
import type { AppConfig } from '../config/config';
import { Clock } from './clock';
import type { AggregateCommand, AggregateDefinition } from './aggregate';
import { commandIdFor, eventIdFor } from './command-ids';
import { FactsLoader } from './facts-loader';
import { FoldedStreams } from './folded-streams';
import { loadStream, toDomainEvent } from './stream-loader';
import { scopeRefusal } from './scope';
import { storeUnavailable, type Refusal } from '../outcome/refusal';
import { StoreOutageLog } from '../store/outage-log';
import { isStoreOutage } from '../store/store-outage';

export interface CommandRequest<Command extends AggregateCommand> {
  readonly aggregate: AggregateDefinition<Command, DomainEvent, unknown>;
  readonly id: string;
  readonly command: Command;
  readonly principal: Principal;
  /** The revision the caller saw (If-Match); a different current revision is refused with 412. */
  readonly expectedRevision?: number;
  readonly idempotencyKey?: string;
  /** Fingerprint of the request, to refuse a key reused for another request. */
  readonly fingerprint: string;
  readonly correlationId: string;
  /**
   * Decide, append nothing: the outcome the command would have now, its state as it would be (an
   * import's dry run). Answered `ok` with no events and the stream's current revision.
   */
  readonly decideOnly?: boolean;
}

/** A command done: recorded now, or found recorded already (a retry). */
export interface CommandOutcome {
  readonly kind: 'ok';
  readonly id: string;
  readonly state: unknown;
  readonly revision: number;
  readonly events: readonly StoredEvent[];
  /** True when this was a retry of a command already stored: nothing new was appended. */
  readonly replayed: boolean;
}

/** What a command comes to: done, or refused for a reason the edges render in one place each. */
export type CommandResult = CommandOutcome | Refusal;

/**
 * The one command path (architecture.md §5): load the stream and fold it, load the facts the rules
 * need, decide with the policy in force on the business date, append with the expected revision, and
 * on a concurrent write re-read and re-decide a bounded number of times.
 */
@Injectable()
export class CommandService {
  private readonly logger = new Logger('commands');
  /** The streams commands decide on, kept folded between commands and brought up to date on each. */
  private readonly streams: FoldedStreams;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly facts: FactsLoader,
    private readonly outages: StoreOutageLog,
  ) {
    this.streams = new FoldedStreams(store);
  }

  async execute<Command extends AggregateCommand>(
    request: CommandRequest<Command>,
  ): Promise<CommandResult> {
    const commandId = commandIdFor(request.principal.id, request.idempotencyKey);
    try {
      for (let attempt = 0; ; attempt++) {
        const result = await this.attempt(request, commandId);
        if (result !== 'conflict') return result;
        if (request.expectedRevision !== undefined) return staleRevision(request.expectedRevision);
        if (attempt >= this.config.commandRetries) return CONCURRENT_WRITES;
        this.logger.debug(
          `conflict on ${request.aggregate.streamId(request.id)}, retry ${attempt + 1}`,
        );
      }
    } catch (error) {
      if (!isStoreOutage(error)) throw error;
      // The store's message names the server and the failure, never credentials: logged, not answered.
      this.outages.report(error);
      return storeUnavailable();
    }
  }

  private async attempt<Command extends AggregateCommand>(
    request: CommandRequest<Command>,
    commandId: string,
  ): Promise<CommandResult | 'conflict'> {
    const { aggregate, id, command } = request;
    const stream = await this.streams.load(aggregate, id);

    if (stream.commandIds.has(commandId)) {
      const all = await loadStream(this.store, aggregate, id);
      const previous = all.events.filter((event) => event.metadata.commandId === commandId);
      if (previous.length > 0) return this.replay(request, all.events, previous);
    }

    if (stream.revision === undefined && !aggregate.createsStream(command)) {
      return {
        kind: 'not_found',
        message: { vi: `Không tìm thấy ${aggregate.name} ${id}`, en: `No ${aggregate.name} ${id}` },
      };
    }
    if (request.expectedRevision !== undefined && request.expectedRevision !== stream.revision) {
      return staleRevision(request.expectedRevision, stream.revision);
    }

    const scopeOrgIds = aggregate.scopeOrgIds(command, stream.state);
    const needed = aggregate.factsNeeded(command, stream.state);
    const facts = await this.facts.load({ ...needed, orgs: [...needed.orgs, ...scopeOrgIds] });
    const outOfScope = scopeRefusal(request.principal, scopeOrgIds, facts);
    if (outOfScope) return outOfScope;
    const toldByFacts = aggregate.scopeOrgIdsFromFacts?.(command, stream.state, facts) ?? [];
    const outOfScopeByFacts =
      toldByFacts.length === 0 ? undefined : scopeRefusal(request.principal, toldByFacts, facts);
    if (outOfScopeByFacts) return outOfScopeByFacts;

    const policy = policyOn(command.occurredOn);
    const decision = aggregate.decider.decide(command, stream.state, {
      today: this.clock.today(),
      policy,
      calendar: this.clock.calendar,
      facts,
    });
    if (isRejection(decision)) return { kind: 'rejected', rejection: decision };
    if (request.decideOnly) {
      return {
        kind: 'ok',
        id,
        state: decision.reduce(
          (state, event) => aggregate.decider.evolve(state, event),
          stream.state,
        ),
        revision: stream.revision ?? -1,
        events: [],
        replayed: false,
      };
    }
    if (decision.length === 0) {
      // Nothing to record (the state already says it): answer with the state as it is.
      return {
        kind: 'ok',
        id,
        state: stream.state,
        revision: stream.revision ?? -1,
        events: [],
        replayed: false,
      };
    }

    const toAppend: EventToAppend[] = decision.map((event, index) => ({
      eventId: eventIdFor(commandId, index),
      type: event.type,
      schemaVersion: aggregate.schemaVersion(event.type),
      data: event.data,
      metadata: {
        commandId,
        correlationId: request.correlationId,
        causationId: commandId,
        actor: {
          id: request.principal.id,
          role: request.principal.roles.join(','),
          orgId: request.principal.orgScope,
        },
        occurredOn: event.occurredOn,
        action: command.action,
        fingerprint: request.fingerprint,
        policyVersion: policy.version,
        rules: aggregate.rulesChecked(command),
        ...(command.reason ? { reason: command.reason } : {}),
        ...(command.documentRef ? { documentRef: command.documentRef } : {}),
      },
    }));
    let result: AppendResult;
    try {
      result = await this.store.append(
        aggregate.streamId(id),
        toAppend,
        stream.revision ?? 'no_stream',
      );
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return 'conflict';
      throw error;
    }
    // The stored events come back with the append; a store that does not return them is read.
    const appended =
      result.events ??
      (await readFrom(
        this.store,
        aggregate.streamId(id),
        result.nextRevision - toAppend.length + 1,
        toAppend.length,
      ));
    this.streams.appended(aggregate, id, stream, appended);
    const state = decision.reduce(
      (current, event) => aggregate.decider.evolve(current, event),
      stream.state,
    );
    return {
      kind: 'ok',
      id,
      state,
      revision: appended[appended.length - 1].revision,
      events: appended,
      replayed: false,
    };
  }

  /** A retried command: answer as the first time, from the stream, without deciding again. */
  private replay<Command extends AggregateCommand>(
    request: CommandRequest<Command>,
    all: readonly StoredEvent[],
    previous: readonly StoredEvent[],
  ): CommandResult {
    if (previous[0].metadata.fingerprint !== request.fingerprint) {
      return {
        kind: 'key_reused',
        message: {
          vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác',
          en: 'This Idempotency-Key was already used for a different request',
        },
      };
    }
    const last = previous[previous.length - 1];
    const upTo = all.filter((event) => event.revision <= last.revision);
    const state = upTo
      .map(toDomainEvent)
      .reduce(
        (current, event) => request.aggregate.decider.evolve(current, event),
        request.aggregate.decider.initialState,
      );
    return {
      kind: 'ok',
      id: request.id,
      state,
      revision: last.revision,
      events: previous,
      replayed: true,
    };
  }
}

const CONCURRENT_WRITES: Refusal = {
  kind: 'conflict',
  message: {
    vi: 'Hồ sơ đang được cập nhật đồng thời; đã thử lại nhưng không thành công, vui lòng thử lại',
    en: 'The record kept changing concurrently; the command could not be decided again within its retries',
  },
};

function staleRevision(expected: number, actual?: number): Refusal {
  return {
    kind: 'stale',
    expected,
    actual,
    message: {
      vi: `Hồ sơ đã thay đổi kể từ khi bạn xem (phiên bản ${expected}, hiện tại ${actual ?? 'khác'}); hãy tải lại`,
      en: `The record changed since you read it (revision ${expected}, now ${actual ?? 'different'}); reload it`,
    },
  };
}

async function readFrom(
  store: EventStore,
  streamId: string,
  from: number,
  limit: number,
): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of store.readStream(streamId, { from, limit })) events.push(event);
  return events;
}
