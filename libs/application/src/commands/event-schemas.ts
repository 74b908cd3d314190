import { ACCOUNT_EVENT_TYPES } from '@memberflow/domain/account';
import { MEMBER_EVENT_SCHEMA_VERSION } from '@memberflow/domain/member';
import { ORG_EVENT_TYPES } from '@memberflow/domain/org';
import { PLAN_EVENT_TYPES } from '@memberflow/domain/plan';
import { VILLAGE_EVENT_TYPES } from '@memberflow/domain/village';
import { EventRegistry } from '@memberflow/event-store';

/** The data of every domain event is a JSON object; deciders' types say the rest. */
function parseObject(data: unknown): object {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TypeError('event data must be a JSON object');
  }
  return data;
}

const VERSIONS: Readonly<Record<string, number>> = {
  ...MEMBER_EVENT_SCHEMA_VERSION,
  ...Object.fromEntries(ORG_EVENT_TYPES.map((type) => [type, 1])),
  ...Object.fromEntries(PLAN_EVENT_TYPES.map((type) => [type, 1])),
  ...Object.fromEntries(VILLAGE_EVENT_TYPES.map((type) => [type, 1])),
  ...Object.fromEntries(ACCOUNT_EVENT_TYPES.map((type) => [type, 1])),
};

/**
 * Every event type the engine reads, with its current schema version. When an event's schema changes,
 * its version goes up here and an upcaster from the old version is registered beside it: stored events
 * are never rewritten (architecture.md §3).
 */
export const DOMAIN_EVENTS: EventRegistry<Record<string, object>> = registryOf(VERSIONS);

function registryOf(
  versions: Readonly<Record<string, number>>,
): EventRegistry<Record<string, object>> {
  let registry = EventRegistry.empty() as EventRegistry<Record<string, object>>;
  for (const [type, version] of Object.entries(versions)) {
    registry = registry.register(type, { version, parse: parseObject });
  }
  return registry;
}
