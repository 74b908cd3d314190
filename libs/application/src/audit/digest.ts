import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInVietnam, type LocalDate } from '@memberflow/domain';
import { canonicalJson, type EventStore } from '@memberflow/event-store';
import { verifyStore, type BrokenEvent, type VerificationUpdate } from './chain-verification';

export const DIGEST_FORMAT = 'memberflow-digest/1';

/**
 * What an operator anchors outside the system each day (docs/audit.md): the store's position, how many
 * events and streams lie up to it, and the root hash over every stream's head at that position.
 */
export interface StoreDigest {
  readonly format: typeof DIGEST_FORMAT;
  /** The business date (Vietnam) the digest was made on. */
  readonly date: LocalDate;
  readonly createdAt: string;
  /** Global position the digest covers (inclusive), as a decimal string. */
  readonly position: string;
  readonly count: number;
  readonly streams: number;
  readonly rootHash: string;
  /** Identifies the signing key without revealing it: the first 16 hex digits of its SHA-256. */
  readonly keyId: string;
}

export interface SignedDigest extends StoreDigest {
  /** HMAC-SHA256 (hex) over the canonical JSON of every other field. */
  readonly signature: string;
}

export interface DigestKey {
  readonly key: Buffer;
  readonly source: 'configuration' | 'file';
  /** The key file, when the key came from one. */
  readonly file?: string;
  readonly created: boolean;
}

const MIN_KEY_LENGTH = 32;
export const DIGEST_KEY_FILE = 'digest-key';

/**
 * The digest signing key: `MEMBERFLOW_DIGEST_KEY` (at least 32 characters), or `<dataDir>/digest-key`,
 * created on first use and readable by its owner only. Distinct from the token signing secret.
 */
export function resolveDigestKey(sources: { env: NodeJS.ProcessEnv; dataDir: string }): DigestKey {
  const configured = sources.env.MEMBERFLOW_DIGEST_KEY;
  if (configured !== undefined && configured !== '') {
    if (configured.length < MIN_KEY_LENGTH) {
      throw new Error(
        `MEMBERFLOW_DIGEST_KEY is too weak: use at least ${MIN_KEY_LENGTH} characters`,
      );
    }
    return { key: Buffer.from(configured, 'utf8'), source: 'configuration', created: false };
  }
  const file = join(sources.dataDir, DIGEST_KEY_FILE);
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const key = readFileSync(file, 'utf8').trim();
    if (key.length < MIN_KEY_LENGTH)
      throw new Error(`${file} holds a key shorter than ${MIN_KEY_LENGTH} characters`);
    return { key: Buffer.from(key, 'utf8'), source: 'file', file, created: false };
  }
  mkdirSync(sources.dataDir, { recursive: true });
  const key = randomBytes(48).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return { key: Buffer.from(key, 'utf8'), source: 'file', file, created: true };
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function signatureOf(digest: StoreDigest, key: Buffer): string {
  const unsigned: StoreDigest = {
    format: digest.format,
    date: digest.date,
    createdAt: digest.createdAt,
    position: digest.position,
    count: digest.count,
    streams: digest.streams,
    rootHash: digest.rootHash,
    keyId: digest.keyId,
  };
  return createHmac('sha256', key).update(canonicalJson(unsigned), 'utf8').digest('hex');
}

export function signDigest(
  digest: Omit<StoreDigest, 'keyId' | 'format'>,
  key: Buffer,
): SignedDigest {
  const complete: StoreDigest = { format: DIGEST_FORMAT, ...digest, keyId: keyId(key) };
  return { ...complete, signature: signatureOf(complete, key) };
}

export function signatureValid(digest: SignedDigest, key: Buffer): boolean {
  const expected = Buffer.from(signatureOf(digest, key), 'hex');
  const actual = Buffer.from(typeof digest.signature === 'string' ? digest.signature : '', 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The digest of a verification that found every stream intact. */
export function digestOf(
  done: Extract<VerificationUpdate, { kind: 'done' }>,
  key: Buffer,
  now: Date = new Date(),
): SignedDigest {
  if (!done.ok || done.rootHash === undefined) {
    throw new Error('the store did not verify: no digest is signed over a broken chain');
  }
  return signDigest(
    {
      date: todayInVietnam(now),
      createdAt: now.toISOString(),
      position: done.headPosition.toString(),
      count: done.events,
      streams: done.streams,
      rootHash: done.rootHash,
    },
    key,
  );
}

/** One line an operator can paste into a register, an e-mail or a paper log. */
export function digestLine(digest: SignedDigest): string {
  return [
    DIGEST_FORMAT,
    digest.date,
    `position=${digest.position}`,
    `count=${digest.count}`,
    `streams=${digest.streams}`,
    `root=${digest.rootHash}`,
    `key=${digest.keyId}`,
    `hmac=${digest.signature}`,
  ].join(' ');
}

export function parseDigest(text: string): SignedDigest {
  const value = JSON.parse(text) as Partial<SignedDigest>;
  const fields: (keyof SignedDigest)[] = [
    'format',
    'date',
    'createdAt',
    'position',
    'count',
    'streams',
    'rootHash',
    'keyId',
    'signature',
  ];
  const missing = fields.filter((name) => value[name] === undefined);
  if (missing.length > 0 || value.format !== DIGEST_FORMAT) {
    throw new Error(`not a ${DIGEST_FORMAT} file (missing: ${missing.join(', ') || 'format'})`);
  }
  if (!/^\d+$/.test(String(value.position))) throw new Error('the digest position is not a number');
  return value as SignedDigest;
}

export type DigestCheck =
  | { readonly ok: true; readonly digest: SignedDigest }
  | {
      readonly ok: false;
      readonly digest: SignedDigest;
      readonly reason: 'bad_signature' | 'chain_broken' | 'count_differs' | 'root_differs';
      readonly detail: string;
      readonly broken: readonly BrokenEvent[];
    };

/**
 * Checks an earlier digest against the store as it is now: the signature, then every chain up to the
 * digest's position, then that the same events and the same stream heads lie there. A store rewritten
 * with recomputed hashes passes the chain check but not this one.
 */
export async function checkDigest(
  store: EventStore,
  digest: SignedDigest,
  key: Buffer,
  onUpdate: (update: VerificationUpdate) => void = () => undefined,
): Promise<DigestCheck> {
  if (!signatureValid(digest, key)) {
    return {
      ok: false,
      digest,
      reason: 'bad_signature',
      detail: `the signature does not match (signed with key ${digest.keyId}, this key is ${keyId(key)})`,
      broken: [],
    };
  }
  const broken: BrokenEvent[] = [];
  let done: Extract<VerificationUpdate, { kind: 'done' }> | undefined;
  for await (const update of verifyStore(store, { upTo: BigInt(digest.position) })) {
    onUpdate(update);
    if (update.kind === 'broken') broken.push(update.firstBad);
    if (update.kind === 'done') done = update;
  }
  if (!done || !done.ok) {
    return {
      ok: false,
      digest,
      reason: 'chain_broken',
      detail: `${broken.length} stream(s) broken`,
      broken,
    };
  }
  if (done.events !== digest.count) {
    return {
      ok: false,
      digest,
      reason: 'count_differs',
      detail: `${done.events} events up to position ${digest.position}, the digest says ${digest.count}`,
      broken,
    };
  }
  if (done.rootHash !== digest.rootHash) {
    return {
      ok: false,
      digest,
      reason: 'root_differs',
      detail: `root ${done.rootHash} at position ${digest.position}, the digest says ${digest.rootHash}`,
      broken,
    };
  }
  return { ok: true, digest };
}
