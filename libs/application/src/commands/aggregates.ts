import type { DomainEvent } from '@memberflow/domain';
import * as account from '@memberflow/domain/account';
import * as member from '@memberflow/domain/member';
import * as org from '@memberflow/domain/org';
import * as plan from '@memberflow/domain/plan';
import * as village from '@memberflow/domain/village';
import type { AggregateDefinition } from './aggregate';
import { DOMAIN_EVENTS } from './event-schemas';

const currentSchemaVersion = (type: string): number => DOMAIN_EVENTS.currentVersion(type);

function defined(ids: readonly (string | undefined)[]): string[] {
  return ids.filter((id): id is string => id !== undefined);
}

export const MEMBER_AGGREGATE: AggregateDefinition<
  member.MemberCommand,
  member.MemberEvent,
  member.MemberState
> = {
  name: 'member',
  streamId: (id) => `member-${id}`,
  decider: member.memberDecider,
  factsNeeded: member.factsNeeded,
  // Every unit the command names: the member's cell, a cell it enters, a transfer's target, the
  // deciding unit (docs/security.md: a principal acts only inside its subtree).
  scopeOrgIds: (command, state) => member.factsNeeded(command, state).orgs,
  // A village the command names is in scope when its commune is (a village head, a residence).
  scopeOrgIdsFromFacts: (command, state, facts) =>
    defined(
      (member.factsNeeded(command, state).villages ?? []).map(
        (id) => facts.village?.(id)?.communeId,
      ),
    ),
  createsStream: (command) => member.TRANSITIONS[command.action].from.includes(member.NEW),
  schemaVersion: currentSchemaVersion,
  rulesChecked: (command) => [...member.COMMON_RULES, ...member.TRANSITIONS[command.action].rules],
};

export const ORG_AGGREGATE: AggregateDefinition<org.OrgCommand, org.OrgEvent, org.OrgState> = {
  name: 'organization unit',
  streamId: (id) => `org-${id}`,
  decider: org.orgDecider,
  factsNeeded: org.factsNeeded,
  scopeOrgIds: (command, state) => {
    if (command.action === 'establish') return defined([command.payload.parentId]);
    return defined(org.factsNeeded(command, state).orgs);
  },
  createsStream: (command) => command.action === 'establish',
  schemaVersion: currentSchemaVersion,
  rulesChecked: () => org.ORG_RULES,
};

export const PLAN_AGGREGATE: AggregateDefinition<plan.PlanCommand, plan.PlanEvent, plan.PlanState> =
  {
    name: 'admission plan',
    streamId: (id) => `plan-${id}`,
    decider: plan.planDecider,
    factsNeeded: plan.planFactsNeeded,
    scopeOrgIds: (command) => [command.orgId],
    createsStream: () => true,
    schemaVersion: currentSchemaVersion,
    rulesChecked: () => plan.PLAN_RULES,
  };

/**
 * Accounts of people (issue 19, ADR 0015). A caller's scope must cover the account's scope before and
 * after the command; an account of the whole deployment (`*`) is managed with a `*` token only (no
 * unit named: scope.ts refuses every narrower token).
 */
export const ACCOUNT_AGGREGATE: AggregateDefinition<
  account.AccountCommand,
  account.AccountEvent,
  account.AccountState
> = {
  name: 'account',
  streamId: (username) => `account-${username}`,
  decider: account.accountDecider,
  factsNeeded: account.accountFactsNeeded,
  scopeOrgIds: (command, state) => {
    const scopes = defined([
      state.orgScope,
      command.action === 'create' || command.action === 'change-role'
        ? command.payload.orgScope
        : undefined,
    ]);
    return scopes.includes(account.WHOLE_DEPLOYMENT_SCOPE) ? [] : [...new Set(scopes)];
  },
  createsStream: (command) => command.action === 'create',
  schemaVersion: currentSchemaVersion,
  rulesChecked: (command) => account.ACCOUNT_ACTION_RULES[command.action],
};

/**
 * Villages (thôn, bản, tổ dân phố) of the administrative side (issue 18): a village is in scope when its
 * commune is; a move needs both communes.
 */
export const VILLAGE_AGGREGATE: AggregateDefinition<
  village.VillageCommand,
  village.VillageEvent,
  village.VillageState
> = {
  name: 'village',
  streamId: (id) => `village-${id}`,
  decider: village.villageDecider,
  factsNeeded: village.villageFactsNeeded,
  scopeOrgIds: village.villageScopeOrgIds,
  createsStream: (command) => command.action === 'establish',
  schemaVersion: currentSchemaVersion,
  rulesChecked: () => village.VILLAGE_RULES,
};

/** Every aggregate, for code that works over all streams (history, verification). */
export const AGGREGATES: readonly AggregateDefinition<never, DomainEvent, unknown>[] = [
  MEMBER_AGGREGATE,
  ORG_AGGREGATE,
  PLAN_AGGREGATE,
  ACCOUNT_AGGREGATE,
  VILLAGE_AGGREGATE,
];
