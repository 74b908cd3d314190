import { resolve } from 'node:path';

/** Everything the service reads from its environment, validated once at start. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** `sqlite:<file>` or `postgres://...` (architecture.md §9). */
  readonly eventStoreUrl: string;
  /** Where the read models live: `sqlite:<file>` or `postgres://...[?schema=]` (MEMBERFLOW_READ_DB). */
  readonly readDbUrl: string;
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
  /**
   * `production` when NODE_ENV=production or MEMBERFLOW_MODE=production: the signing secret and the id
   * salt must then come from configuration and be strong (docs/security.md).
   */
  readonly mode: 'embedded' | 'production';
  /** Browser origins allowed to call the API (MEMBERFLOW_CORS_ORIGINS, comma-separated); none by default. */
  readonly corsOrigins: readonly string[];
  /** Requests per window per token and per client address (0: not limited). */
  readonly rateLimit: {
    readonly perToken: number;
    readonly perAddress: number;
    readonly windowSeconds: number;
  };
  /** How long a request may run before it is answered 503 (a streamed answer already started excepted). */
  readonly requestTimeoutMs: number;
  /** Express `trust proxy` (MEMBERFLOW_TRUST_PROXY): hops or addresses of the reverse proxies, for the client address. */
  readonly trustProxy: string | undefined;
  /**
   * Who applies the projections (MEMBERFLOW_PROJECTOR): `api`, this process (with any worker, the lock
   * holder of each projection), or `worker`, `npm run worker` alone: the api then only reads them and
   * its event loop serves requests only (ADR 0011).
   */
  readonly projector: Projector;
  /**
   * The holiday file (MEMBERFLOW_HOLIDAYS): days off the law or the government adds after the release,
   * read at start (deployment/holidays.ts); unset: `holidays.json` in the data directory, if any.
   */
  readonly holidaysFile: string | undefined;
  /** Sign-in and sessions of people (issue 19, ADR 0015). */
  readonly accounts: {
    /**
     * Session cookies carry `Secure` (sent over HTTPS only): MEMBERFLOW_COOKIE_SECURE=true, and always
     * in production mode.
     */
    readonly cookieSecure: boolean;
    /** Sign-in attempts per client address and per username per window (0: not limited). */
    readonly signInPerAddress: number;
    readonly signInPerUsername: number;
    readonly signInWindowSeconds: number;
  };
}

const PROJECTORS = ['api', 'worker'] as const;
export type Projector = (typeof PROJECTORS)[number];

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

/** One of `values`, or `fallback` when the variable is unset or empty. */
function choice<Value extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  values: readonly Value[],
  fallback: Value,
): Value {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const found = values.find((known) => known === raw);
  if (found === undefined)
    throw new ConfigError(`${name} must be one of ${values.join(', ')} (got "${raw}")`);
  return found;
}

const LOG_LEVELS = ['silent', 'error', 'warn', 'log', 'debug'] as const;
const MODES = ['embedded', 'production'] as const;

function mode(env: NodeJS.ProcessEnv): AppConfig['mode'] {
  const chosen = choice(env, 'MEMBERFLOW_MODE', MODES, 'embedded');
  return chosen === 'production' || env.NODE_ENV === 'production' ? 'production' : 'embedded';
}

/** Exact origins (`https://console.example.org`); `*` would let any web page call the API. */
function corsOrigins(raw: string | undefined): readonly string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        `MEMBERFLOW_CORS_ORIGINS must list origins such as https://console.example.org, comma-separated (got "${origin}")`,
      );
    }
    return origin;
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.MEMBERFLOW_DATA_DIR || './data');
  const chosenMode = mode(env);
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir,
    eventStoreUrl: env.MEMBERFLOW_EVENT_STORE || `sqlite:${resolve(dataDir, 'events.db')}`,
    readDbUrl: env.MEMBERFLOW_READ_DB || `sqlite:${resolve(dataDir, 'read.db')}`,
    jwtSecret: env.MEMBERFLOW_JWT_SECRET || undefined,
    idSalt: env.MEMBERFLOW_ID_SALT || undefined,
    logFormat: env.MEMBERFLOW_LOG_FORMAT === 'json' ? 'json' : 'pretty',
    logLevel: choice(env, 'MEMBERFLOW_LOG_LEVEL', LOG_LEVELS, 'log'),
    bodyLimit: env.MEMBERFLOW_BODY_LIMIT || '256kb',
    commandRetries: integer(env, 'MEMBERFLOW_COMMAND_RETRIES', 5, 0, 50),
    mode: chosenMode,
    corsOrigins: corsOrigins(env.MEMBERFLOW_CORS_ORIGINS),
    rateLimit: {
      perToken: integer(env, 'MEMBERFLOW_RATE_LIMIT_PER_TOKEN', 1200, 0, 10_000_000),
      perAddress: integer(env, 'MEMBERFLOW_RATE_LIMIT_PER_ADDRESS', 3000, 0, 10_000_000),
      windowSeconds: integer(env, 'MEMBERFLOW_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    },
    requestTimeoutMs: integer(env, 'MEMBERFLOW_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
    trustProxy: env.MEMBERFLOW_TRUST_PROXY || undefined,
    projector: choice(env, 'MEMBERFLOW_PROJECTOR', PROJECTORS, 'api'),
    holidaysFile: env.MEMBERFLOW_HOLIDAYS ? resolve(env.MEMBERFLOW_HOLIDAYS) : undefined,
    accounts: {
      cookieSecure:
        choice(env, 'MEMBERFLOW_COOKIE_SECURE', ['true', 'false'], 'false') === 'true' ||
        chosenMode === 'production',
      signInPerAddress: integer(env, 'MEMBERFLOW_SIGN_IN_LIMIT_PER_ADDRESS', 30, 0, 1_000_000),
      signInPerUsername: integer(env, 'MEMBERFLOW_SIGN_IN_LIMIT_PER_USERNAME', 10, 0, 1_000_000),
      signInWindowSeconds: integer(env, 'MEMBERFLOW_SIGN_IN_WINDOW_SECONDS', 300, 1, 86_400),
    },
  };
}
