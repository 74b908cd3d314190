import { resolve } from 'node:path';

/** Everything the service reads from its environment, validated once at start. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** `sqlite:<file>` or `postgres://...` (architecture.md §9). */
  readonly eventStoreUrl: string;
  /** Explicit signing secret; the embedded mode creates one under dataDir when absent. */
  readonly jwtSecret: string | undefined;
  /** Salt of member ids derived from citizen IDs; the embedded mode creates one under dataDir. */
  readonly idSalt: string | undefined;
  /** `json` for one JSON object per log line (production), `pretty` for people at a console. */
  readonly logFormat: 'json' | 'pretty';
  /** `silent` turns logging off (tests); otherwise the lowest level written. */
  readonly logLevel: 'silent' | 'error' | 'warn' | 'log' | 'debug';
  readonly bodyLimit: string;
  /** Retries of a command whose stream changed between read and append (no If-Match). */
  readonly commandRetries: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

const LOG_LEVELS = ['silent', 'error', 'warn', 'log', 'debug'] as const;

function logLevel(raw: string | undefined): AppConfig['logLevel'] {
  if (raw === undefined || raw === '') return 'log';
  const level = LOG_LEVELS.find((known) => known === raw);
  if (!level)
    throw new ConfigError(
      `MEMBERFLOW_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")`,
    );
  return level;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.MEMBERFLOW_DATA_DIR || './data');
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir,
    eventStoreUrl: env.MEMBERFLOW_EVENT_STORE || `sqlite:${resolve(dataDir, 'events.db')}`,
    jwtSecret: env.MEMBERFLOW_JWT_SECRET || undefined,
    idSalt: env.MEMBERFLOW_ID_SALT || undefined,
    logFormat: env.MEMBERFLOW_LOG_FORMAT === 'json' ? 'json' : 'pretty',
    logLevel: logLevel(env.MEMBERFLOW_LOG_LEVEL),
    bodyLimit: env.MEMBERFLOW_BODY_LIMIT || '256kb',
    commandRetries: integer(env, 'MEMBERFLOW_COMMAND_RETRIES', 5, 0, 50),
  };
}
