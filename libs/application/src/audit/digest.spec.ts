import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENESIS_HASH, type StoredEvent } from '@memberflow/event-store';
import { verifyStore, type VerificationUpdate } from './chain-verification';
import {
  checkDigest,
  digestLine,
  digestOf,
  keyId,
  parseDigest,
  resolveDigestKey,
  signatureValid,
  type SignedDigest,
} from './digest';
import { chained, MemoryStore, rehash } from './memory-store.testing';

const KEY = Buffer.from('k'.repeat(48));

function history(): StoredEvent[] {
  return chained([
    { streamId: 'a', type: 'T' },
    { streamId: 'b', type: 'T' },
    { streamId: 'a', type: 'T' },
    { streamId: 'b', type: 'T' },
    { streamId: 'a', type: 'T' },
  ]);
}

async function verified(
  store: MemoryStore,
): Promise<Extract<VerificationUpdate, { kind: 'done' }>> {
  let done: VerificationUpdate | undefined;
  for await (const update of verifyStore(store)) done = update;
  if (done?.kind !== 'done') throw new Error('no done');
  return done;
}

async function digestNow(store: MemoryStore): Promise<SignedDigest> {
  return digestOf(await verified(store), KEY, new Date('2024-03-05T18:00:00.000Z'));
}

describe('the signed digest', () => {
  it('states the position, the count, the streams and the root, dated in Vietnam, signed', async () => {
    const digest = await digestNow(new MemoryStore(history()));
    expect(digest).toMatchObject({
      format: 'memberflow-digest/1',
      date: '2024-03-06',
      position: '5',
      count: 5,
      streams: 2,
      keyId: keyId(KEY),
    });
    expect(digest.rootHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signatureValid(digest, KEY)).toBe(true);
    expect(digestLine(digest)).toBe(
      `memberflow-digest/1 2024-03-06 position=5 count=5 streams=2 root=${digest.rootHash} key=${digest.keyId} hmac=${digest.signature}`,
    );
    expect(parseDigest(JSON.stringify(digest))).toEqual(digest);
  });

  it('no longer verifies once any field is changed, or under another key', async () => {
    const digest = await digestNow(new MemoryStore(history()));
    expect(signatureValid({ ...digest, count: 4 }, KEY)).toBe(false);
    expect(signatureValid({ ...digest, rootHash: '0'.repeat(64) }, KEY)).toBe(false);
    expect(signatureValid(digest, Buffer.from('x'.repeat(48)))).toBe(false);
    expect(signatureValid({ ...digest, signature: 'nothex' }, KEY)).toBe(false);
  });

  it('is refused over a broken store', async () => {
    const events = history();
    events[2] = { ...events[2], data: 'edited' };
    const done = await verified(new MemoryStore(events));
    expect(() => digestOf(done, KEY)).toThrow(/did not verify/);
  });

  it('refuses a file that is not a digest', () => {
    expect(() => parseDigest('{"format":"other"}')).toThrow(/not a memberflow-digest\/1 file/);
  });
});

describe('checking an earlier digest', () => {
  it('passes on the same store, and after more appends', async () => {
    const events = history();
    const digest = await digestNow(new MemoryStore(events.slice(0, 3)));
    expect(await checkDigest(new MemoryStore(events.slice(0, 3)), digest, KEY)).toMatchObject({
      ok: true,
    });
    expect(await checkDigest(new MemoryStore(events), digest, KEY)).toMatchObject({ ok: true });
  });

  it('catches a whole stream rewritten with recomputed hashes, which the chain alone cannot', async () => {
    const events = history();
    const digest = await digestNow(new MemoryStore(events));
    // Someone with write access rewrites stream a and recomputes every hash of it.
    let prevHash = GENESIS_HASH;
    const rewritten = events.map((event) => {
      if (event.streamId !== 'a') return event;
      const next = rehash({ ...event, prevHash, data: { rewritten: true } });
      prevHash = next.hash;
      return next;
    });
    const store = new MemoryStore(rewritten);
    expect((await verified(store)).ok).toBe(true);
    expect(await checkDigest(store, digest, KEY)).toMatchObject({
      ok: false,
      reason: 'root_differs',
    });
  });

  it('catches a deleted tail whose stream head was also rewound', async () => {
    const events = history();
    const digest = await digestNow(new MemoryStore(events));
    const store = new MemoryStore(events.slice(0, 4)); // a#2 deleted, the streams table says a is at 1
    expect((await verified(store)).ok).toBe(true);
    expect(await checkDigest(store, digest, KEY)).toMatchObject({
      ok: false,
      reason: 'count_differs',
    });
  });

  it('reports a broken chain and a forged signature', async () => {
    const events = history();
    const digest = await digestNow(new MemoryStore(events));
    events[1] = { ...events[1], data: 'edited' };
    expect(await checkDigest(new MemoryStore(events), digest, KEY)).toMatchObject({
      ok: false,
      reason: 'chain_broken',
      broken: [expect.objectContaining({ streamId: 'b', revision: 0, reason: 'hash_mismatch' })],
    });
    expect(
      await checkDigest(new MemoryStore(history()), { ...digest, count: 4 }, KEY),
    ).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
  });
});

describe('the digest key', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'memberflow-digest-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is created under the data directory on first use, owner-only, and reused', () => {
    const first = resolveDigestKey({ env: {}, dataDir });
    expect(first).toMatchObject({
      source: 'file',
      created: true,
      file: join(dataDir, 'digest-key'),
    });
    expect(statSync(join(dataDir, 'digest-key')).mode & 0o777).toBe(0o600);
    const again = resolveDigestKey({ env: {}, dataDir });
    expect(again.created).toBe(false);
    expect(again.key.equals(first.key)).toBe(true);
    expect(readFileSync(join(dataDir, 'digest-key'), 'utf8').trim()).toBe(
      first.key.toString('utf8'),
    );
  });

  it('comes from MEMBERFLOW_DIGEST_KEY when configured, and a weak one is refused', () => {
    const configured = resolveDigestKey({
      env: { MEMBERFLOW_DIGEST_KEY: 'z'.repeat(40) },
      dataDir,
    });
    expect(configured).toMatchObject({ source: 'configuration', created: false });
    expect(() => resolveDigestKey({ env: { MEMBERFLOW_DIGEST_KEY: 'short' }, dataDir })).toThrow(
      /too weak/,
    );
  });
});
