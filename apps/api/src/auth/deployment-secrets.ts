import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Salt of the member ids derived from citizen IDs (see command-ids.ts). */
export const ID_SALT = Symbol('ID_SALT');

const MIN_SECRET_LENGTH = 32;

export interface DeploymentSecrets {
  readonly signingSecret: string;
  readonly idSalt: string;
  /** True when this start created the signing secret (first start of an embedded deployment). */
  readonly created: boolean;
}

export interface SecretSources {
  readonly dataDir: string;
  readonly jwtSecret: string | undefined;
  readonly idSalt: string | undefined;
}

/**
 * The deployment's secrets: from configuration in production, or created under the data directory on
 * the embedded deployment's first start, readable by the owner only (mode 600).
 */
export function resolveDeploymentSecrets(sources: SecretSources): DeploymentSecrets {
  if (sources.jwtSecret !== undefined && sources.jwtSecret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `MEMBERFLOW_JWT_SECRET is too weak: use at least ${MIN_SECRET_LENGTH} characters`,
    );
  }
  const signing = sources.jwtSecret ?? ownSecret(sources.dataDir, 'jwt-secret');
  const salt = sources.idSalt ?? ownSecret(sources.dataDir, 'id-salt');
  return {
    signingSecret: typeof signing === 'string' ? signing : signing.value,
    idSalt: typeof salt === 'string' ? salt : salt.value,
    created: typeof signing !== 'string' && signing.created,
  };
}

function ownSecret(dataDir: string, name: string): { value: string; created: boolean } {
  const file = join(dataDir, name);
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return { value: readFileSync(file, 'utf8').trim(), created: false };
  }
  mkdirSync(dataDir, { recursive: true });
  const value = randomBytes(48).toString('base64url');
  writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  return { value, created: true };
}
