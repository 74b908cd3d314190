import { createHash } from 'node:crypto';
import type { StoredEvent } from './event-store.port';

/** The `prevHash` of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted (by UTF-16 code unit, as RFC 8785) and no whitespace, so the same value
 * always gives the same bytes. Strings are written as they are: Unicode normalization (NFC/NFD) is the
 * writer's business, and the stored bytes must be exactly what was hashed.
 *
 * Values JSON cannot carry faithfully (non-finite numbers, bigint) are refused rather than silently
 * turned into `null`, because the event would then not round-trip. `undefined`, functions and symbols
 * follow `JSON.stringify`: dropped from objects, `null` in arrays. `toJSON` (e.g. on a Date) is honoured.
 */
export function canonicalJson(value: unknown): string {
  const json = canonicalValue(value, '$');
  if (json === undefined) {
    throw new TypeError('canonicalJson: the value itself is not representable in JSON');
  }
  return json;
}

function canonicalValue(value: unknown, path: string): string | undefined {
  const plain = hasToJson(value) ? value.toJSON() : value;
  switch (typeof plain) {
    case 'string':
      return JSON.stringify(plain);
    case 'boolean':
      return plain ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(plain)) {
        throw new TypeError(`canonicalJson: ${path} is ${plain}, which JSON cannot represent`);
      }
      return JSON.stringify(plain);
    case 'bigint':
      throw new TypeError(`canonicalJson: ${path} is a bigint; store it as a string`);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'object':
      if (plain === null) return 'null';
      if (Array.isArray(plain)) {
        const items = plain.map((item, i) => canonicalValue(item, `${path}[${i}]`) ?? 'null');
        return `[${items.join(',')}]`;
      }
      return canonicalObject(plain as Record<string, unknown>, path);
  }
}

function canonicalObject(object: Record<string, unknown>, path: string): string {
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const member = canonicalValue(object[key], `${path}.${key}`);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

/** The parts of an event its hash covers: everything but the global position, which a copy may renumber. */
export type HashedEventFields = Pick<
  StoredEvent,
  | 'type'
  | 'schemaVersion'
  | 'data'
  | 'metadata'
  | 'recordedAt'
  | 'streamId'
  | 'revision'
  | 'eventId'
>;

/**
 * {@link computeEventHash} for a writer that already holds the canonical JSON of the event's data and
 * metadata (it stores those very bytes): the covered object is written around them instead of being
 * serialized a second time. Same bytes, same hash (hash-chain.spec.ts checks both against each other).
 */
export function computeEventHashOfCanonical(
  prevHash: string,
  event: Omit<HashedEventFields, 'data' | 'metadata'>,
  canonicalData: string,
  canonicalMetadata: string,
): string {
  const { eventId, recordedAt, revision, schemaVersion, streamId, type } = event;
  if (
    typeof eventId !== 'string' ||
    typeof recordedAt !== 'string' ||
    typeof streamId !== 'string' ||
    typeof type !== 'string' ||
    !Number.isFinite(revision) ||
    !Number.isFinite(schemaVersion)
  ) {
    const parsed = { data: JSON.parse(canonicalData), metadata: JSON.parse(canonicalMetadata) };
    return computeEventHash(prevHash, { ...event, ...parsed } as HashedEventFields);
  }
  // The keys of the covered object in canonical (sorted) order, as canonicalJson writes them.
  const covered =
    `{"data":${canonicalData},"eventId":${JSON.stringify(eventId)},"metadata":${canonicalMetadata},` +
    `"prevHash":${JSON.stringify(prevHash)},"recordedAt":${JSON.stringify(recordedAt)},` +
    `"revision":${JSON.stringify(revision)},"schemaVersion":${JSON.stringify(schemaVersion)},` +
    `"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(type)}}`;
  return createHash('sha256').update(covered, 'utf8').digest('hex');
}

/** SHA-256 (hex) of the canonical JSON of the event's fields together with the previous event's hash. */
export function computeEventHash(prevHash: string, event: HashedEventFields): string {
  const covered = {
    prevHash,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
    streamId: event.streamId,
    revision: event.revision,
    eventId: event.eventId,
  };
  return createHash('sha256').update(canonicalJson(covered), 'utf8').digest('hex');
}

export type ChainBreak = 'hash_mismatch' | 'broken_link' | 'revision_gap';

export type StreamVerification =
  | { readonly ok: true; readonly count: number; readonly headHash: string }
  | {
      readonly ok: false;
      /** How many events before the bad one were verified. */
      readonly count: number;
      readonly firstBad: {
        readonly revision: number;
        readonly eventId: string;
        readonly reason: ChainBreak;
      };
    };

/**
 * Checks a whole stream, read forwards from revision 0: revisions follow each other, each event links to
 * its predecessor's hash (the first to {@link GENESIS_HASH}), and each hash matches the event's content.
 * Consumes the events one at a time, so a stream of any length is verified in constant memory.
 */
export async function verifyStream(
  events: AsyncIterable<StoredEvent>,
): Promise<StreamVerification> {
  let count = 0;
  let headHash = GENESIS_HASH;
  for await (const event of events) {
    const reason = chainBreak(event, count, headHash);
    if (reason !== undefined) {
      return {
        ok: false,
        count,
        firstBad: { revision: event.revision, eventId: event.eventId, reason },
      };
    }
    headHash = event.hash;
    count += 1;
  }
  return { ok: true, count, headHash };
}

function chainBreak(
  event: StoredEvent,
  expectedRevision: number,
  prevHash: string,
): ChainBreak | undefined {
  if (event.revision !== expectedRevision) return 'revision_gap';
  if (event.prevHash !== prevHash) return 'broken_link';
  if (computeEventHash(event.prevHash, event) !== event.hash) return 'hash_mismatch';
  return undefined;
}
