import { randomUUID } from 'node:crypto';
import { policyOn } from '@memberflow/domain';
import { normalizeText, type MemberCommand } from '@memberflow/domain/member';
import type { Actor, EventStore, EventToAppend, StoredEvent } from '@memberflow/event-store';
import {
  EVENT_STORE,
  eventIdFor,
  ID_SALT,
  MEMBER_AGGREGATE,
  memberIdForCitizen,
  ProjectionService,
  requestFingerprint,
} from '@memberflow/application';
import type { person } from './fixtures';
import { stepsUpTo, type RecordedStep, type StageFixture, type StageTree } from './member-stages';
import type { TestServer } from './test-app';

/**
 * `given(stream)` for the end-to-end specs: a member's stream written straight to the server's store, as
 * the command path would have written it (ids derived as the API derives them, the metadata it records,
 * the hash chain the store computes on append), instead of replaying the requests that lead there.
 *
 *   const member = await givenOn(server, tree).member('dossierComplete', '038095000103');
 *   // when: a request on member.id; then: its answer
 */

/** Who seeded steps are recorded as: the officer a test server's token stands for by default. */
export const SEEDING_OFFICER: Actor = { id: 'officer-tester', role: 'officer', orgId: '*' };

/** A member as seeded: its id and its stream as the store holds it. */
export interface SeededMember {
  readonly id: string;
  /** The revision of the stream's last event (the member's ETag is `"<revision>"`). */
  readonly revision: number;
  /** The whole stream, as stored (positions, record times, hashes). */
  readonly events: readonly StoredEvent[];
}

export interface SeedOptions {
  /**
   * `caught-up`: return once every projection has applied the seeded events (for a test that reads a
   * roster, a pipeline or statistics). Commands and member reads fold the stream and need no wait.
   */
  readonly projections?: 'caught-up';
}

/** A citizen ID, or a person as the API takes them (`person()` of fixtures.ts). */
export type Who = string | ReturnType<typeof person>;

export interface Given {
  /** A member at a stage of the README's walk (member-stages.ts): the walk's events up to `stage`. */
  member(stage: StageFixture, who: Who, options?: SeedOptions): Promise<SeededMember>;
  /**
   * A member whose stream holds exactly `steps`, for a history no stage describes. The first step
   * sources or registers someone: the stream's id is derived from their citizen ID.
   */
  stream(steps: readonly RecordedStep[], options?: SeedOptions): Promise<SeededMember>;
  /** `steps` appended to a seeded member's stream, which must not have changed since. */
  append(
    member: SeededMember,
    steps: readonly RecordedStep[],
    options?: SeedOptions,
  ): Promise<SeededMember>;
}

/**
 * Seeds member streams on an in-process test server. `tree` places the stage fixtures (their cell,
 * introducers and deciding unit); `actor` is who their metadata names.
 */
export function givenOn(
  server: TestServer,
  tree?: StageTree,
  actor: Actor = SEEDING_OFFICER,
): Given {
  const store = server.app.get<symbol, EventStore>(EVENT_STORE);

  const write = async (
    id: string,
    steps: readonly RecordedStep[],
    before: SeededMember | undefined,
    options: SeedOptions,
  ): Promise<SeededMember> => {
    const streamId = MEMBER_AGGREGATE.streamId(id);
    const result = await store.append(
      streamId,
      steps.map((step) => toAppend(id, step, actor)),
      before?.revision ?? 'no_stream',
    );
    if (!result.written) throw new Error(`${streamId}: the seeded events were stored already`);
    const events: StoredEvent[] = [];
    for await (const event of store.readStream(streamId)) events.push(event);
    if (options.projections === 'caught-up') {
      await server.app.get(ProjectionService).runner.waitUntilCaughtUp();
    }
    return { id, revision: result.nextRevision, events };
  };

  const self: Given = {
    member: (stage, who, options = {}) => {
      if (tree === undefined)
        throw new Error('givenOn(server, tree): the stage fixtures need a tree');
      return self.stream(stepsUpTo(stage, tree, who), options);
    },
    stream: (steps, options = {}) => write(memberIdOf(server, steps), steps, undefined, options),
    append: (member, steps, options = {}) => write(member.id, steps, member, options),
  };
  return self;
}

/** The member id the API gives the person the first step sources or registers. */
function memberIdOf(server: TestServer, steps: readonly RecordedStep[]): string {
  const first = steps[0]?.event;
  if (first?.type !== 'CandidateSourced' && first?.type !== 'MemberRegistered') {
    throw new Error('a member stream starts by sourcing or registering someone');
  }
  const salt = server.app.get<symbol, string>(ID_SALT);
  return memberIdForCitizen(salt, normalizeText(first.data.person.citizenId));
}

/** The event of a step with the metadata the command path records (command.service.ts). */
function toAppend(id: string, step: RecordedStep, actor: Actor): EventToAppend {
  const { action, event, reason, documentRef } = step;
  const commandId = randomUUID();
  return {
    eventId: eventIdFor(commandId, 0),
    type: event.type,
    schemaVersion: MEMBER_AGGREGATE.schemaVersion(event.type),
    data: event.data,
    metadata: {
      commandId,
      correlationId: randomUUID(),
      causationId: commandId,
      actor,
      occurredOn: event.occurredOn,
      action,
      fingerprint: requestFingerprint([MEMBER_AGGREGATE.name, id, step]),
      policyVersion: policyOn(event.occurredOn).version,
      // The rules the command path lists depend on the action alone.
      rules: MEMBER_AGGREGATE.rulesChecked({ action } as MemberCommand),
      ...(reason === undefined ? {} : { reason }),
      ...(documentRef === undefined ? {} : { documentRef }),
    },
  };
}
