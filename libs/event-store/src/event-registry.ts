import type { StoredEvent } from './event-store.port';

/** Turns the data of one schema version into the data of the next. */
export type Upcaster = (data: unknown) => unknown;

/** How one event type is read: its current schema version, how older versions reach it, how it is parsed. */
export interface EventSchema<Data> {
  /** The version writers use now (≥ 1). */
  readonly version: number;
  /**
   * `upcast[v]` turns version v into v + 1. Every version from the oldest one still stored up to
   * `version - 1` needs one; a type that never changed has none.
   */
  readonly upcast?: Readonly<Record<number, Upcaster>>;
  /** Checks data of the current version and returns it typed; throws when it is malformed. */
  readonly parse: (data: unknown) => Data;
}

/** A stored event whose data has been upcast to the current version of its type and parsed. */
export type DecodedEvent<Types extends Record<string, unknown>> = {
  [Type in keyof Types & string]: Omit<StoredEvent, 'type' | 'data'> & {
    readonly type: Type;
    readonly data: Types[Type];
  };
}[keyof Types & string];

/** An event read from the store cannot be turned into a current one. */
export class EventDecodingError extends Error {
  constructor(
    readonly eventType: string,
    readonly schemaVersion: number,
    readonly eventId: string | undefined,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `cannot decode ${eventType} v${schemaVersion}${eventId === undefined ? '' : ` (event ${eventId})`}: ${reason}`,
      options,
    );
    this.name = 'EventDecodingError';
  }
}

interface RegisteredSchema {
  readonly version: number;
  readonly upcast: Readonly<Record<number, Upcaster>>;
  readonly oldestVersion: number;
  readonly parse: (data: unknown) => unknown;
}

/**
 * The one place that knows, for each event type, which schema version is current and how to read older
 * ones (architecture.md §3, style trap 10): events are rehydrated by their stored type name and version,
 * never by position or class name. Stored data is never rewritten; old versions are upcast on read.
 *
 * Built once, by chaining {@link EventRegistry.register}; each call returns a registry whose type
 * knows one more event, so {@link EventRegistry.decode} yields a discriminated union to `switch` on.
 */
export class EventRegistry<Types extends Record<string, unknown> = Record<never, never>> {
  private constructor(private readonly schemas: ReadonlyMap<string, RegisteredSchema>) {}

  static empty(): EventRegistry {
    return new EventRegistry(new Map());
  }

  register<Type extends string, Data>(
    type: Type,
    schema: EventSchema<Data>,
  ): EventRegistry<Types & Record<Type, Data>> {
    if (this.schemas.has(type)) throw new Error(`event type ${type} is already registered`);
    const entry = checkedSchema(type, schema);
    return new EventRegistry(new Map([...this.schemas, [type, entry]]));
  }

  /** The schema version new events of this type are written with. */
  currentVersion(type: keyof Types & string): number {
    const schema = this.schemas.get(type);
    if (schema === undefined) throw new Error(`event type ${type} is not registered`);
    return schema.version;
  }

  /**
   * Upcasts a stored event's data to the current version of its type and parses it. The result carries
   * the current schema version; hash verification works on the event as stored, not on this.
   */
  decode(event: StoredEvent): DecodedEvent<Types> {
    const fail = (reason: string, cause?: unknown): EventDecodingError =>
      new EventDecodingError(event.type, event.schemaVersion, event.eventId, reason, { cause });
    const schema = this.schemas.get(event.type);
    if (schema === undefined) throw fail('unknown event type');
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < schema.oldestVersion) {
      throw fail(`no upcaster from this version (oldest readable: v${schema.oldestVersion})`);
    }
    if (event.schemaVersion > schema.version) {
      throw fail(`written by a newer schema (current: v${schema.version})`);
    }
    let data = event.data;
    for (let version = event.schemaVersion; version < schema.version; version += 1) {
      try {
        data = schema.upcast[version](data);
      } catch (error) {
        throw fail(`upcasting v${version} to v${version + 1} failed: ${String(error)}`, error);
      }
    }
    try {
      data = schema.parse(data);
    } catch (error) {
      throw fail(`malformed v${schema.version} data: ${String(error)}`, error);
    }
    return { ...event, schemaVersion: schema.version, data } as DecodedEvent<Types>;
  }
}

/** Validates at registration that the upcaster chain has no hole, so a read cannot discover one. */
function checkedSchema(type: string, schema: EventSchema<unknown>): RegisteredSchema {
  if (!Number.isInteger(schema.version) || schema.version < 1) {
    throw new Error(`event type ${type}: version must be an integer ≥ 1, got ${schema.version}`);
  }
  const upcast = schema.upcast ?? {};
  const from = Object.keys(upcast).map(Number);
  for (const version of from) {
    if (!Number.isInteger(version) || version < 1 || version >= schema.version) {
      throw new Error(
        `event type ${type}: upcaster from v${version} is outside v1..v${schema.version - 1}`,
      );
    }
  }
  const oldestVersion = from.length === 0 ? schema.version : Math.min(...from);
  for (let version = oldestVersion; version < schema.version; version += 1) {
    if (upcast[version] === undefined) {
      throw new Error(`event type ${type}: no upcaster from v${version} to v${version + 1}`);
    }
  }
  return { version: schema.version, upcast, oldestVersion, parse: schema.parse };
}
