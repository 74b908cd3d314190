import { scryptSync } from 'node:crypto';
import { hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from './passwords';

describe('password hashes', () => {
  it('are scrypt with N=2^15, r=8, p=1, a 16-byte salt and a 64-byte key, parameters kept beside them', async () => {
    const stored = await hashPassword('Mật khẩu mạnh 2026');
    expect(stored.algorithm).toBe('scrypt');
    expect(stored.params).toEqual({ N: 32768, r: 8, p: 1, keyLength: 64 });
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(stored.hash, 'base64')).toHaveLength(64);
    expect(JSON.stringify(stored)).not.toContain('Mật khẩu');
    expect(needsRehash(stored)).toBe(false);
  });

  it('verify the same password (in either Unicode form) and no other; a new salt each time', async () => {
    const stored = await hashPassword('Mật khẩu mạnh 2026');
    expect(await verifyPassword('Mật khẩu mạnh 2026', stored)).toBe(true);
    expect(await verifyPassword('Mật khẩu mạnh 2026'.normalize('NFD'), stored)).toBe(true);
    expect(await verifyPassword('Mật khẩu mạnh 2027', stored)).toBe(false);
    expect((await hashPassword('Mật khẩu mạnh 2026')).salt).not.toBe(stored.salt);
  });

  it('verify a hash made with the parameters stored beside it (older ones), and say it needs rehashing', async () => {
    const salt = Buffer.alloc(16, 7);
    const key = scryptSync('correct horse battery', salt, 64, { N: 2 ** 14, r: 8, p: 1 });
    const older = {
      algorithm: 'scrypt',
      params: { ...SCRYPT_PARAMS, N: 2 ** 14 },
      salt: salt.toString('base64'),
      hash: key.toString('base64'),
    };
    expect(await verifyPassword('correct horse battery', older)).toBe(true);
    expect(await verifyPassword('correct horse battery!', older)).toBe(false);
    expect(needsRehash(older)).toBe(true);
  });

  it('refuse a stored hash of an unknown algorithm or absurd parameters instead of computing it', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', { ...stored, algorithm: 'md5' })).toBe(
      false,
    );
    expect(
      await verifyPassword('correct horse battery', {
        ...stored,
        params: { ...stored.params, N: 2 ** 30 },
      }),
    ).toBe(false);
    expect(
      await verifyPassword('correct horse battery', {
        ...stored,
        params: { ...stored.params, N: 1000 },
      }),
    ).toBe(false);
  });
});
