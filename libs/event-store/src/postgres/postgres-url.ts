import { storeTables } from './postgres-schema';

/**
 * Store settings an operator can put in the PostgreSQL URL, so `MEMBERFLOW_EVENT_STORE` alone configures
 * the store:
 *
 *     postgres://memberflow:secret@db:5432/memberflow?schema=province_a&max=20
 *
 * | parameter          | meaning                                                     | default       |
 * |--------------------|-------------------------------------------------------------|---------------|
 * | `schema`           | PostgreSQL schema of the store's tables (`[a-z_][a-z0-9_]*`) | `memberflow`  |
 * | `max`              | connections in the pool (one more LISTENs for appends)       | 10            |
 * | `connectAttempts`  | tries to reach the server on start                          | 5             |
 * | `connectTimeoutMs` | how long one connection attempt may take                    | 5000          |
 * | `pollIntervalMs`   | how often live subscriptions look when no NOTIFY came        | 500           |
 *
 * They are removed from the URL handed to the driver; every other parameter (`sslmode`,
 * `application_name`, ...) is the driver's and passes through.
 */
export interface PostgresUrlSettings {
  /** The URL without memberflow's parameters. */
  readonly url: string;
  readonly schema?: string;
  readonly maxConnections?: number;
  readonly connectAttempts?: number;
  readonly connectTimeoutMs?: number;
  readonly pollIntervalMs?: number;
}

type IntegerSetting = 'maxConnections' | 'connectAttempts' | 'connectTimeoutMs' | 'pollIntervalMs';

const INTEGER_PARAMETERS: Readonly<Record<string, readonly [IntegerSetting, number, number]>> = {
  max: ['maxConnections', 1, 1_000],
  connectAttempts: ['connectAttempts', 1, 100],
  connectTimeoutMs: ['connectTimeoutMs', 100, 600_000],
  pollIntervalMs: ['pollIntervalMs', 10, 600_000],
};

/** Reads memberflow's parameters from a PostgreSQL URL; a RangeError names the one that is wrong. */
export function postgresUrlSettings(url: string): PostgresUrlSettings {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(
      'the PostgreSQL URL is not a URL (expected postgres://user@host:port/database)',
    );
  }
  const settings: { -readonly [K in keyof PostgresUrlSettings]: PostgresUrlSettings[K] } = { url };
  const params = parsed.searchParams;
  const schema = params.get('schema');
  if (schema !== null) {
    storeTables(schema);
    settings.schema = schema;
    params.delete('schema');
  }
  for (const [name, [setting, min, max]] of Object.entries(INTEGER_PARAMETERS)) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw new RangeError(
        `PostgreSQL URL parameter ${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`,
      );
    }
    settings[setting] = value;
    params.delete(name);
  }
  // Re-serialized only when something was taken out, so a URL without our parameters passes as it is.
  if (params.size !== new URL(url).searchParams.size) settings.url = parsed.href;
  return settings;
}
