import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { normalizePassword, type PasswordHash } from '@memberflow/domain/account';

/**
 * Passwords are kept as scrypt hashes (memory-hard: 128·N·r bytes, 32 MiB here, per guess), with their
 * parameters beside them so that they can be raised for new hashes without invalidating the old ones
 * (ADR 0015). The domain never sees a password: it is given the hash.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 64 } as const;
const SALT_BYTES = 16;

/** Parameters a stored hash may name: anything beyond is refused rather than computed (a forged event). */
const LIMITS = { N: 2 ** 20, r: 32, p: 16, keyLength: 128 } as const;

function derive(password: string, salt: Buffer, params: typeof SCRYPT_PARAMS): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // Node refuses above 32 MiB by default, which N=2^15, r=8 reaches exactly.
    maxmem: 256 * params.N * params.r,
  };
  return new Promise((resolve, reject) =>
    scrypt(normalizePassword(password), salt, params.keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, SCRYPT_PARAMS);
  return {
    algorithm: 'scrypt',
    params: { ...SCRYPT_PARAMS },
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

function paramsOf(stored: PasswordHash): typeof SCRYPT_PARAMS | undefined {
  if (stored.algorithm !== 'scrypt') return undefined;
  const { N, r, p, keyLength } = stored.params;
  const within = (value: unknown, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
  if (!within(N, LIMITS.N) || (N & (N - 1)) !== 0 || N < 2) return undefined;
  if (!within(r, LIMITS.r) || !within(p, LIMITS.p) || !within(keyLength, LIMITS.keyLength))
    return undefined;
  return { N, r, p, keyLength } as unknown as typeof SCRYPT_PARAMS;
}

/** Whether the password is the one hashed, in time that does not depend on where they differ. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const params = paramsOf(stored);
  if (params === undefined) return false;
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Whether a stored hash was made with weaker parameters than new ones are (to rehash at sign-in). */
export function needsRehash(stored: PasswordHash): boolean {
  const params = paramsOf(stored);
  return (
    params === undefined ||
    params.N < SCRYPT_PARAMS.N ||
    params.r < SCRYPT_PARAMS.r ||
    params.keyLength < SCRYPT_PARAMS.keyLength
  );
}

let dummy: Promise<PasswordHash> | undefined;

/**
 * Spends the time of a real verification when there is nothing to verify against (an unknown
 * username, a locked account), so that the answer's timing does not tell which it was.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(12).toString('base64'));
  await verifyPassword(password, await dummy);
  return false;
}
