import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveDeploymentSecrets } from './deployment-secrets';

const strong = () => randomBytes(48).toString('base64url');

describe('deployment secrets', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'memberflow-secrets-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates both secrets on an embedded first start, owner-only, and reads them back', () => {
    const first = resolveDeploymentSecrets({ dataDir, jwtSecret: undefined, idSalt: undefined });
    expect(first.created).toBe(true);
    expect(readdirSync(dataDir).sort()).toEqual(['id-salt', 'jwt-secret']);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    const again = resolveDeploymentSecrets({ dataDir, jwtSecret: undefined, idSalt: undefined });
    expect(again).toEqual({ ...first, created: false });
  });

  it('in production, refuses to start without a configured secret, and creates nothing', () => {
    for (const sources of [
      { jwtSecret: undefined, idSalt: strong() },
      { jwtSecret: strong(), idSalt: undefined },
    ]) {
      expect(() => resolveDeploymentSecrets({ dataDir, mode: 'production', ...sources })).toThrow(
        /production mode .* refuses to start without MEMBERFLOW_(JWT_SECRET|ID_SALT).*openssl rand/,
      );
    }
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses a weak signing secret in any mode, a weak salt in production', () => {
    expect(() =>
      resolveDeploymentSecrets({ dataDir, jwtSecret: 'x'.repeat(40), idSalt: undefined }),
    ).toThrow(/MEMBERFLOW_JWT_SECRET is too weak/);
    expect(() =>
      resolveDeploymentSecrets({
        dataDir,
        mode: 'production',
        jwtSecret: strong(),
        idSalt: 'salt',
      }),
    ).toThrow(/MEMBERFLOW_ID_SALT is too weak/);
    const configured = {
      dataDir,
      mode: 'production' as const,
      jwtSecret: strong(),
      idSalt: strong(),
    };
    expect(resolveDeploymentSecrets(configured).signingSecret).toBe(configured.jwtSecret);
  });

  it('refuses a damaged secret file instead of signing with it', () => {
    writeFileSync(join(dataDir, 'jwt-secret'), 'abc\n', { mode: 0o600 });
    expect(() =>
      resolveDeploymentSecrets({ dataDir, jwtSecret: undefined, idSalt: undefined }),
    ).toThrow(/does not hold a usable secret/);
  });
});
