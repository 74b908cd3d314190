import type { BrokenEvent, EventVerdict, HistoryEntry } from '@memberflow/application';
import { MEMBER_STAGES, NEW } from '@memberflow/domain/member';
import {
  anyJson,
  arrayOf,
  BILINGUAL,
  boolean,
  component,
  instant,
  integer,
  localDate,
  mapOf,
  nullable,
  objectSchema,
  oneOfValues,
  optional,
  text,
  typedObject,
  type Merged,
} from '../../http/json-schema';
import { MEMBER_STATE } from '../../members/dto/member-view.schema';
import type { HistoryController } from '../history.controller';

/** The auditors' answers: a member's history, its state at a point in both times, its chain check. */

const STAGE = oneOfValues([NEW, ...MEMBER_STAGES]);

export const HISTORY_ENTRY = component(
  'HistoryEntry',
  typedObject<HistoryEntry>()(
    {
      revision: integer(),
      position: text('The position in the global log (a decimal integer)'),
      eventId: text(),
      type: text('The event type', 'CellVoteRecorded'),
      schemaVersion: integer(),
      occurredOn: localDate('The business date the officer stated'),
      recordedAt: instant('When the store recorded it'),
      late: boolean('Recorded after the end of its business day (Vietnam time)'),
      action: optional(text('The action that recorded it', 'record-cell-vote')),
      actor: typedObject<HistoryEntry['actor']>()({
        id: text(),
        role: text('The roles of the token, comma-separated'),
        orgId: text("The token's scope"),
      }),
      reason: optional(text()),
      documentRef: optional(text()),
      policyVersion: optional(text()),
      rulesPassed: arrayOf(
        typedObject<HistoryEntry['rulesPassed'][number]>()({
          code: text(undefined, 'R-VOTE'),
          vi: text(),
          en: text(),
        }),
      ),
      rulesSource: oneOfValues(['recorded', 'transition-table', 'none']),
      warnings: arrayOf(
        typedObject<HistoryEntry['warnings'][number]>()({
          rule: text(),
          message: BILINGUAL,
          details: optional(mapOf(anyJson())),
        }),
        'Rules that flagged the step without forbidding it',
      ),
      changes: optional(
        arrayOf(
          typedObject<NonNullable<HistoryEntry['changes']>[number]>()({
            field: text(),
            old: optional(anyJson()),
            new: optional(anyJson()),
          }),
          'For corrections: each field with its old and new value',
        ),
      ),
      commandId: text(),
      correlationId: text(),
      causationId: text(),
      data: optional(anyJson("The event's data, as recorded")),
      prevHash: text(),
      hash: text(),
    },
    'One event as an auditor reads it.',
  ),
);

type MemberHistory = Exclude<Awaited<ReturnType<HistoryController['history']>>, string>;

/** GET /api/members/{id}/history as JSON. */
export const MEMBER_HISTORY = component(
  'MemberHistory',
  typedObject<MemberHistory>()(
    {
      id: text(),
      stage: STAGE,
      revision: integer(),
      filter: typedObject<MemberHistory['filter']>()(
        {
          from: optional(localDate()),
          to: optional(localDate()),
          types: optional(arrayOf(text())),
        },
        'The filter applied',
      ),
      count: integer('Events shown'),
      events: arrayOf(HISTORY_ENTRY),
    },
    "A member's events with their metadata, in stream order.",
  ),
);

const EVENT_VERDICT = component(
  'EventVerdict',
  typedObject<EventVerdict>()(
    {
      revision: integer(),
      eventId: text(),
      type: text(),
      occurredOn: localDate(),
      recordedAt: instant(),
      late: boolean(),
      daysLate: integer(),
      included: boolean(),
      excludedBy: arrayOf(oneOfValues(['asOf', 'knownAt'])),
    },
    'One event and how the question treats it.',
  ),
);

type MemberStateAt = Awaited<ReturnType<HistoryController['state']>>;

/** GET /api/members/{id}/state. */
export const MEMBER_STATE_AT = component(
  'MemberStateAt',
  typedObject<MemberStateAt>()(
    {
      id: text(),
      asOf: localDate('Business time: the events that had happened by this date'),
      knownAt: instant('System time: the events recorded by this instant'),
      existed: boolean(),
      revision: nullable(integer('The last event folded; null when none was')),
      stage: STAGE,
      state: MEMBER_STATE,
      summary: typedObject<MemberStateAt['summary']>()({
        included: integer(),
        excludedByAsOf: integer(),
        excludedByKnownAt: integer(),
        lateExcludedByKnownAt: integer(
          'Late entries that happened by asOf but were recorded after knownAt',
        ),
        lateIncluded: integer(),
      }),
      lateEvents: arrayOf(EVENT_VERDICT, 'The late entries that happened by asOf'),
      events: arrayOf(EVENT_VERDICT),
    },
    'The state folded from the events that had happened by asOf and were recorded by knownAt.',
  ),
);

const BROKEN_EVENT = component(
  'BrokenEvent',
  typedObject<BrokenEvent>()(
    {
      streamId: text(),
      revision: integer('Where the chain breaks'),
      eventId: optional(text()),
      eventType: optional(text()),
      position: optional(text()),
      reason: oneOfValues([
        'missing_event',
        'missing_tail',
        'out_of_order',
        'broken_link',
        'hash_mismatch',
      ]),
      message: BILINGUAL,
    },
    'The first event of a stream that does not match.',
  ),
);

type MemberVerification = Merged<Awaited<ReturnType<HistoryController['verify']>>>;

/** GET /api/members/{id}/verify. */
export const STREAM_CHECK = component(
  'StreamCheck',
  typedObject<MemberVerification>()(
    {
      id: text(),
      ok: boolean(),
      streamId: text(),
      count: integer('Events verified (before the first bad one)'),
      headHash: optional(text('ok: the hash of the last event')),
      firstBad: optional(BROKEN_EVENT),
    },
    "The hash-chain check of a member's stream.",
  ),
);

/** One line of GET /api/audit/verify (NDJSON, libs/application verification-ndjson.ts). */
export const VERIFICATION_LINE = component(
  'VerificationLine',
  objectSchema(
    {
      type: oneOfValues(['start', 'progress', 'broken', 'done', 'error']),
      headPosition: optional(text('start, progress, done')),
      startedAt: optional(instant('start')),
      position: optional(text('progress')),
      percent: optional({ type: 'number', description: 'progress' }),
      events: optional(integer('progress, done')),
      streams: optional(integer('progress, done')),
      elapsedMs: optional(integer('progress, done')),
      ok: optional(boolean('done: whether every stream verified')),
      brokenStreams: optional(integer('done')),
      rootHash: optional(text('done, when ok: the root over every stream head')),
      streamId: optional(text('broken: the fields of BrokenEvent')),
      revision: optional(integer('broken')),
      eventId: optional(text('broken')),
      eventType: optional(text('broken')),
      reason: optional(text('broken')),
      message: optional(BILINGUAL),
    },
    'One line of the whole-store check: start, progress, broken (the first bad event of a stream), done; error if the check stopped.',
  ),
);
