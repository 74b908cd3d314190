import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assertDirectoryWritable, writeFileAtomically } from './data-dir';
import { secretWeakness, SECRET_HOWTO } from './secret-strength';

/** Salt of the member ids derived from citizen IDs (see command-ids.ts). */
export const ID_SALT = Symbol('ID_SALT');

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
  /** In production both must be configured (replicas share them) and strong; nothing is created. */
  readonly mode?: 'embedded' | 'production';
}

/** A secret is missing or weak: the service refuses to start (or the CLI to issue tokens). */
export class DeploymentSecretError extends Error {
  override readonly name = 'DeploymentSecretError';
}

/**
 * The deployment's secrets: from configuration in production, or created under the data directory on
 * the embedded deployment's first start, readable by the owner only (mode 600).
 */
export function resolveDeploymentSecrets(sources: SecretSources): DeploymentSecrets {
  checkConfiguredSecrets(sources);
  const signing = sources.jwtSecret ?? ownSecret(sources.dataDir, 'jwt-secret');
  const salt = sources.idSalt ?? ownSecret(sources.dataDir, 'id-salt');
  return {
    signingSecret: typeof signing === 'string' ? signing : signing.value,
    idSalt: typeof salt === 'string' ? salt : salt.value,
    created: typeof signing !== 'string' && signing.created,
  };
}

/**
 * A configured signing secret must be strong in every mode; in production mode both secrets must be
 * configured and strong, because replicas must share them and nothing may be created on a replica's disk.
 */
function checkConfiguredSecrets(sources: SecretSources): void {
  const production = sources.mode === 'production';
  const checks = [
    {
      name: 'MEMBERFLOW_JWT_SECRET',
      value: sources.jwtSecret,
      use: 'signs the access tokens',
      always: true,
    },
    {
      name: 'MEMBERFLOW_ID_SALT',
      value: sources.idSalt,
      use: 'keys member ids derived from citizen IDs',
      always: false,
    },
  ];
  for (const { name, value, use, always } of checks) {
    if (value === undefined) {
      if (production) {
        throw new DeploymentSecretError(
          `production mode (NODE_ENV or MEMBERFLOW_MODE is "production") refuses to start without ${name}, which ${use}: ${SECRET_HOWTO} and give the same value to every replica`,
        );
      }
      continue;
    }
    const weakness = always || production ? secretWeakness(value) : undefined;
    if (weakness !== undefined) {
      throw new DeploymentSecretError(`${name} is too weak: ${weakness}; ${SECRET_HOWTO}`);
    }
  }
}

function ownSecret(dataDir: string, name: string): { value: string; created: boolean } {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    assertDirectoryWritable(dataDir);
    const value = randomBytes(48).toString('base64url');
    // Whole or not at all; if another process created it meanwhile, theirs is read below.
    if (writeFileAtomically(file, `${value}\n`, 0o600)) return { value, created: true };
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const value = readFileSync(file, 'utf8').trim();
  const weakness = secretWeakness(value);
  if (weakness !== undefined) {
    throw new DeploymentSecretError(
      `${file} does not hold a usable secret (${weakness}): restore it from a backup, or delete it to create a new one (tokens signed with the old one stop working)`,
    );
  }
  return { value, created: false };
}
