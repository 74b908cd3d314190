import type { MemberEvent } from '@memberflow/domain/member';
import { MEMBER_EVENT_TYPES } from '@memberflow/domain/member';
import type { OrgEvent } from '@memberflow/domain/org';
import { ORG_EVENT_TYPES } from '@memberflow/domain/org';
import type { PlanEvent } from '@memberflow/domain/plan';
import { PLAN_EVENT_TYPES } from '@memberflow/domain/plan';
import type { VillageEvent } from '@memberflow/domain/village';
import { VILLAGE_EVENT_TYPES } from '@memberflow/domain/village';
import type { StoredEvent } from '@memberflow/event-store';

/** A stored event as the domain sees it, with the id of the aggregate whose stream holds it. */
export type DomainStreamEvent =
  | { readonly aggregate: 'member'; readonly id: string; readonly event: MemberEvent }
  | { readonly aggregate: 'org'; readonly id: string; readonly event: OrgEvent }
  | { readonly aggregate: 'plan'; readonly id: string; readonly event: PlanEvent }
  | { readonly aggregate: 'village'; readonly id: string; readonly event: VillageEvent };

const MEMBER_TYPES: ReadonlySet<string> = new Set(MEMBER_EVENT_TYPES);
const ORG_TYPES: ReadonlySet<string> = new Set(ORG_EVENT_TYPES);
const PLAN_TYPES: ReadonlySet<string> = new Set(PLAN_EVENT_TYPES);
const VILLAGE_TYPES: ReadonlySet<string> = new Set(VILLAGE_EVENT_TYPES);

/**
 * Reads a stored event by its stream (`member-<id>`, `org-<id>`, `plan-<orgId>-<year>`, `village-<id>`)
 * and type name; the business date is the metadata's `occurredOn`. Every event type is at schema version 1, so the
 * data is the domain's as stored. Events of other streams or types are not the read models' concern.
 */
export function toDomainStreamEvent(stored: StoredEvent): DomainStreamEvent | undefined {
  const dash = stored.streamId.indexOf('-');
  if (dash < 0) return undefined;
  const prefix = stored.streamId.slice(0, dash);
  const id = stored.streamId.slice(dash + 1);
  const base = { type: stored.type, occurredOn: stored.metadata.occurredOn, data: stored.data };
  if (prefix === 'member' && MEMBER_TYPES.has(stored.type)) {
    return { aggregate: 'member', id, event: base as MemberEvent };
  }
  if (prefix === 'org' && ORG_TYPES.has(stored.type)) {
    return { aggregate: 'org', id, event: base as OrgEvent };
  }
  if (prefix === 'plan' && PLAN_TYPES.has(stored.type)) {
    return { aggregate: 'plan', id, event: base as PlanEvent };
  }
  if (prefix === 'village' && VILLAGE_TYPES.has(stored.type)) {
    return { aggregate: 'village', id, event: base as VillageEvent };
  }
  return undefined;
}
