import type { DomainEvent } from '@memberflow/domain';
import type { EventStore, StoredEvent } from '@memberflow/event-store';
import type { AggregateDefinition } from './aggregate';
import { toDomainEvent } from './stream-loader';

/** A stream folded up to a revision, with the command ids of its events (to recognize a retry). */
export interface FoldedStream<State> {
  readonly state: State;
  /** Revision of the last event folded; undefined when the stream does not exist. */
  readonly revision: number | undefined;
  readonly commandIds: ReadonlySet<string>;
}

/** Streams kept folded: the ones officers are working on (a member's dossier takes many commands). */
const DEFAULT_CAPACITY = 10_000;

type Aggregate<State> = AggregateDefinition<never, DomainEvent, State>;

/**
 * The streams the command path decides on, kept folded between commands. Each load looks up the
 * stream's revision (one key lookup) and, when something was appended since the kept revision, reads
 * and folds only those events, so a command decides on the stream as it is in the store, whoever wrote
 * to it, without parsing and folding its whole history again. Streams are folded from stored events
 * only (never from what a decider returned), exactly as a full read would fold them.
 */
export class FoldedStreams {
  private readonly kept = new Map<string, FoldedStream<unknown>>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  async load<State>(aggregate: Aggregate<State>, id: string): Promise<FoldedStream<State>> {
    const streamId = aggregate.streamId(id);
    const kept = this.kept.get(streamId) as FoldedStream<State> | undefined;
    const folded = await this.foldFrom(aggregate, streamId, kept);
    if (folded !== undefined) return folded;
    // The store does not continue what was kept (another store behind the same id): fold it all.
    return (await this.foldFrom(aggregate, streamId, undefined)) as FoldedStream<State>;
  }

  /** Keeps the stream as it is after this process appended `events` to the state it decided on. */
  appended<State>(
    aggregate: Aggregate<State>,
    id: string,
    before: FoldedStream<State>,
    events: readonly StoredEvent[],
  ): void {
    const after = this.fold(aggregate, before, events);
    if (after !== undefined) this.keep(aggregate.streamId(id), after);
  }

  private async foldFrom<State>(
    aggregate: Aggregate<State>,
    streamId: string,
    kept: FoldedStream<State> | undefined,
  ): Promise<FoldedStream<State> | undefined> {
    const start: FoldedStream<State> = kept ?? {
      state: aggregate.decider.initialState,
      revision: undefined,
      commandIds: new Set(),
    };
    const from = start.revision === undefined ? 0 : start.revision + 1;
    // Nothing appended since (the usual case): a key lookup is cheaper than an empty stream read.
    if (kept !== undefined && (await this.store.streamRevision(streamId)) === kept.revision) {
      this.keep(streamId, kept);
      return kept;
    }
    const events: StoredEvent[] = [];
    for await (const stored of this.store.readStream(streamId, { from })) events.push(stored);
    const folded = this.fold(aggregate, start, events);
    if (folded === undefined) {
      this.kept.delete(streamId);
      return undefined;
    }
    if (folded.revision !== undefined) this.keep(streamId, folded);
    return folded;
  }

  /** Folds events onto a stream; undefined when they do not continue it revision after revision. */
  private fold<State>(
    aggregate: Aggregate<State>,
    start: FoldedStream<State>,
    events: readonly StoredEvent[],
  ): FoldedStream<State> | undefined {
    if (events.length === 0) return start;
    let { state, revision } = start;
    const commandIds = new Set(start.commandIds);
    for (const stored of events) {
      if (stored.revision !== (revision ?? -1) + 1) return undefined;
      state = aggregate.decider.evolve(state, toDomainEvent(stored));
      revision = stored.revision;
      commandIds.add(stored.metadata.commandId);
    }
    return { state, revision, commandIds };
  }

  private keep(streamId: string, folded: FoldedStream<unknown>): void {
    // Most recently used last: the first key is the one to drop when full.
    this.kept.delete(streamId);
    if (this.kept.size >= this.capacity) {
      const oldest = this.kept.keys().next();
      if (!oldest.done) this.kept.delete(oldest.value);
    }
    this.kept.set(streamId, folded);
  }
}
