import { createHash } from 'node:crypto';
import type { StoredEvent } from './event-store.port';
import fc from 'fast-check';
import {
  GENESIS_HASH,
  canonicalJson,
  computeEventHash,
  computeEventHashOfCanonical,
  verifyStream,
} from './hash-chain';

const metadata = {
  commandId: 'c-1',
  correlationId: 'c-1',
  causationId: 'c-1',
  actor: { id: 'u-1', role: 'officer', orgId: 'org-1' },
  occurredOn: '2025-03-01',
};

/** A correctly chained stream of `length` events. */
function chain(length: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let revision = 0; revision < length; revision += 1) {
    const fields = {
      eventId: `e-${revision}`,
      type: 'CandidateSourced',
      schemaVersion: 1,
      data: { name: `Nguyễn Văn ${revision}` },
      metadata,
      streamId: 'member-1',
      revision,
      recordedAt: `2025-03-01T00:00:0${revision}.000Z`,
    };
    const hash = computeEventHash(prevHash, fields);
    events.push({ ...fields, position: BigInt(revision + 1), prevHash, hash });
    prevHash = hash;
  }
  return events;
}

async function* stream(events: readonly StoredEvent[]): AsyncIterable<StoredEvent> {
  yield* events;
}

describe('canonicalJson', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 'x' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":"x","z":0}]},"b":1}',
    );
  });

  it('gives the same bytes whatever order the keys were inserted in', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('leaves NFD and NFC text as written, so both forms survive and hash differently', () => {
    const nfc = 'Nguyễn'.normalize('NFC');
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(JSON.parse(canonicalJson({ nfc, nfd }))).toEqual({ nfc, nfd });
    expect(canonicalJson(nfc)).not.toBe(canonicalJson(nfd));
  });

  it('round-trips through JSON.parse to the same canonical text', () => {
    const value = {
      emoji: '🎉👨‍👩‍👧',
      lone: '\ud800',
      nul: '\u0000',
      n: -0,
      big: 1e21,
      list: [undefined],
    };
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it('drops undefined members and honours toJSON as JSON.stringify does', () => {
    const when = new Date('2025-01-02T03:04:05.000Z');
    expect(canonicalJson({ a: undefined, when })).toBe('{"when":"2025-01-02T03:04:05.000Z"}');
  });

  it('refuses values JSON would silently change', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow('$.x is NaN');
    expect(() => canonicalJson({ x: [Infinity] })).toThrow('$.x[0] is Infinity');
    expect(() => canonicalJson({ x: 1n })).toThrow('bigint');
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});

describe('computeEventHash', () => {
  const [first] = chain(1);

  it('is the SHA-256 of the canonical event fields with the previous hash', () => {
    const expected = createHash('sha256')
      .update(
        canonicalJson({
          prevHash: GENESIS_HASH,
          type: first.type,
          schemaVersion: first.schemaVersion,
          data: first.data,
          metadata: first.metadata,
          recordedAt: first.recordedAt,
          streamId: first.streamId,
          revision: first.revision,
          eventId: first.eventId,
        }),
      )
      .digest('hex');
    expect(computeEventHash(GENESIS_HASH, first)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not cover the global position, which a store-to-store copy may renumber', () => {
    expect(computeEventHash(GENESIS_HASH, { ...first, position: 99n } as StoredEvent)).toBe(
      first.hash,
    );
  });

  it.each([
    ['type', { type: 'Other' }],
    ['schema version', { schemaVersion: 2 }],
    ['data', { data: { name: 'Nguyễn Văn 1' } }],
    ['metadata', { metadata: { ...metadata, reason: 'x' } }],
    ['recordedAt', { recordedAt: '2025-03-01T00:00:00.001Z' }],
    ['stream', { streamId: 'member-2' }],
    ['revision', { revision: 1 }],
    ['event id', { eventId: 'e-x' }],
  ])('changes when the %s changes', (_field, change) => {
    expect(computeEventHash(GENESIS_HASH, { ...first, ...change })).not.toBe(first.hash);
  });

  it('changes with the previous hash', () => {
    expect(computeEventHash('f'.repeat(64), first)).not.toBe(first.hash);
  });
});

describe('computeEventHashOfCanonical (the writers’ path: data and metadata serialized once)', () => {
  const [first] = chain(1);

  it('gives the same hash as computeEventHash for any event', () => {
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(
        fc.record({
          prevHash: fc.constantFrom(GENESIS_HASH, 'f'.repeat(64)),
          eventId: text,
          type: text,
          schemaVersion: fc.integer({ min: 1, max: 1_000 }),
          streamId: text,
          revision: fc.nat(),
          recordedAt: text,
          data: fc.jsonValue(),
          metadata: fc.dictionary(text, fc.jsonValue()),
        }),
        ({ prevHash, ...event }) => {
          const fast = computeEventHashOfCanonical(
            prevHash,
            event,
            canonicalJson(event.data),
            canonicalJson(event.metadata),
          );
          expect(fast).toBe(computeEventHash(prevHash, event as StoredEvent));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('falls back to the generic path for fields that are not what the port types say', () => {
    const odd = { ...first, eventId: undefined } as unknown as StoredEvent;
    expect(
      computeEventHashOfCanonical(
        GENESIS_HASH,
        odd,
        canonicalJson(odd.data),
        canonicalJson(odd.metadata),
      ),
    ).toBe(computeEventHash(GENESIS_HASH, odd));
  });
});

describe('verifyStream', () => {
  it('accepts an intact stream and reports its length and head hash', async () => {
    const events = chain(5);
    await expect(verifyStream(stream(events))).resolves.toEqual({
      ok: true,
      count: 5,
      headHash: events[4].hash,
    });
  });

  it('accepts an empty stream with the genesis hash as head', async () => {
    await expect(verifyStream(stream([]))).resolves.toEqual({
      ok: true,
      count: 0,
      headHash: GENESIS_HASH,
    });
  });

  it('names an event whose content was altered after it was hashed', async () => {
    const events = chain(4);
    events[2] = { ...events[2], data: { name: 'Trần Thị B' } };
    await expect(verifyStream(stream(events))).resolves.toEqual({
      ok: false,
      count: 2,
      firstBad: { revision: 2, eventId: 'e-2', reason: 'hash_mismatch' },
    });
  });

  it('names the successor when an altered event was re-hashed to hide the change', async () => {
    const events = chain(4);
    const altered = { ...events[1], data: { name: 'Trần Thị B' } };
    events[1] = { ...altered, hash: computeEventHash(altered.prevHash, altered) };
    await expect(verifyStream(stream(events))).resolves.toMatchObject({
      ok: false,
      count: 2,
      firstBad: { revision: 2, reason: 'broken_link' },
    });
  });

  it('requires the first event to link to the genesis hash', async () => {
    const [first] = chain(1);
    const prevHash = 'a'.repeat(64);
    const forged = { ...first, prevHash, hash: computeEventHash(prevHash, first) };
    await expect(verifyStream(stream([forged]))).resolves.toMatchObject({
      ok: false,
      count: 0,
      firstBad: { revision: 0, reason: 'broken_link' },
    });
  });

  it('names a missing revision', async () => {
    const events = chain(4);
    await expect(verifyStream(stream([events[0], events[2], events[3]]))).resolves.toEqual({
      ok: false,
      count: 1,
      firstBad: { revision: 2, eventId: 'e-2', reason: 'revision_gap' },
    });
  });
});
