import type { EventStore } from '@memberflow/event-store';
import { MEMBER_AGGREGATE } from '../commands/aggregates';
import { loadStream } from '../commands/stream-loader';
import { memberView, type MemberView } from '../readers/member.reader';

/**
 * THE SEAM between replay and the read model it checks. The roster projection (libs/projections) will
 * implement it over its table; until then {@link ApiMemberReadModel} reads `GET /api/members/{id}`.
 */
export interface MemberReadModel {
  /** Named in reports, e.g. `roster v3` or `GET http://127.0.0.1:3000/api/members/{id}`. */
  readonly name: string;
  /** The member as the read model holds it; undefined when it has no row for the member. */
  read(memberId: string): Promise<Readonly<Record<string, unknown>> | undefined>;
  /**
   * What the read model should hold for a member folded from its stream, in the read model's own shape
   * (a roster row keeps fewer fields than the full state). Only these fields are compared; a numeric
   * `revision` among them is the stream revision the row reflects.
   */
  expected(view: MemberView): Readonly<Record<string, unknown>>;
}

export interface Difference {
  /** JSON path, e.g. `dates.ceremony` or `cards[0].active`. */
  readonly path: string;
  readonly folded: unknown;
  readonly readModel: unknown;
}

export type ReplayOutcome =
  | { readonly memberId: string; readonly status: 'match'; readonly revision: number }
  | {
      readonly memberId: string;
      readonly status: 'drift';
      readonly revision: number;
      readonly differences: readonly Difference[];
    }
  /** The read model has no row for a member whose stream exists. */
  | { readonly memberId: string; readonly status: 'missing'; readonly revision: number }
  /** The read model reflects another revision than the stream's (a lagging projection). */
  | {
      readonly memberId: string;
      readonly status: 'lagging';
      readonly revision: number;
      readonly readModelRevision: number;
    }
  /** The current decider code could not fold the stream (an event it no longer understands). */
  | { readonly memberId: string; readonly status: 'fold_failed'; readonly error: string }
  | { readonly memberId: string; readonly status: 'no_stream' };

/** Compares what the folded member should look like with what the read model holds, field by field. */
export function differences(expected: unknown, actual: unknown, path = ''): Difference[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual))
      return [{ path: path || '(root)', folded: expected, readModel: actual }];
    const length = Math.max(expected.length, actual.length);
    const found: Difference[] = [];
    for (let i = 0; i < length; i++) {
      found.push(...differences(expected[i], actual[i], `${path}[${i}]`));
    }
    return found;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [{ path: path || '(root)', folded: expected, readModel: actual }];
    return Object.keys(expected)
      .sort()
      .flatMap((key) => differences(expected[key], actual[key], path ? `${path}.${key}` : key));
  }
  return Object.is(expected, actual)
    ? []
    : [{ path: path || '(root)', folded: expected, readModel: actual }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** As JSON would carry it: undefined fields dropped, numeric keys as strings. */
export function asJson(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Folds a member's stream through the current decider code and compares the result with the read
 * model. When the two reflect different revisions (an append in between, or a lagging projection), it
 * tries once more before reporting `lagging`.
 */
export async function replayMember(
  store: EventStore,
  memberId: string,
  readModel: MemberReadModel,
): Promise<ReplayOutcome> {
  for (let attempt = 0; ; attempt++) {
    let view: MemberView;
    try {
      const stream = await loadStream(store, MEMBER_AGGREGATE, memberId);
      if (stream.revision === undefined) return { memberId, status: 'no_stream' };
      view = memberView(memberId, stream.revision, stream.state);
    } catch (error) {
      return {
        memberId,
        status: 'fold_failed',
        error: error instanceof Error ? error.message : String(error),
      };
    }
    const expected = asJson(readModel.expected(view)) as Record<string, unknown>;
    const actual = await readModel.read(memberId);
    if (actual === undefined) return { memberId, status: 'missing', revision: view.revision };
    const readRevision = actual.revision;
    if (typeof readRevision === 'number' && readRevision !== view.revision) {
      if (attempt === 0) continue;
      return {
        memberId,
        status: 'lagging',
        revision: view.revision,
        readModelRevision: readRevision,
      };
    }
    const found = differences(expected, asJson(actual));
    return found.length === 0
      ? { memberId, status: 'match', revision: view.revision }
      : { memberId, status: 'drift', revision: view.revision, differences: found };
  }
}

/** The member ids of every member stream, in the order the store first saw them (one pass, ids only). */
export async function* memberIds(store: EventStore, signal?: AbortSignal): AsyncGenerator<string> {
  const prefix = MEMBER_AGGREGATE.streamId('');
  const seen = new Set<string>();
  for await (const event of store.readAll()) {
    signal?.throwIfAborted();
    if (!event.streamId.startsWith(prefix) || seen.has(event.streamId)) continue;
    seen.add(event.streamId);
    yield event.streamId.slice(prefix.length);
  }
}

/**
 * The stand-in read model until the roster projection lands: the API's `GET /api/members/{id}`. That
 * route folds the stream itself today, so a difference means the running server's decider code differs
 * from this build's (a deployment that was not restarted, a hot-fixed evolve).
 */
export class ApiMemberReadModel implements MemberReadModel {
  readonly name: string;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.name = `GET ${baseUrl.replace(/\/$/, '')}/api/members/{id}`;
  }

  async read(memberId: string): Promise<Record<string, unknown> | undefined> {
    const url = `${this.baseUrl.replace(/\/$/, '')}/api/members/${encodeURIComponent(memberId)}`;
    const response = await this.fetchImpl(url, {
      headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' },
    });
    if (response.status === 404) return undefined;
    if (!response.ok) {
      throw new Error(
        `${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
      );
    }
    return (await response.json()) as Record<string, unknown>;
  }

  expected(view: MemberView): Record<string, unknown> {
    return { ...view };
  }
}
