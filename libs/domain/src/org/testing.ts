/**
 * Test support for the organization decider: a small tree of units, command builders and the
 * given/when/then helper. Uses node's assert so it compiles without the jest globals.
 */
import { deepStrictEqual, notStrictEqual, strictEqual } from 'node:assert';
import { fold } from '../kernel/decider';
import type { Facts, OrgFacts } from '../kernel/facts';
import { isRejection } from '../kernel/rejection';
import { policyOn } from '../policy/policy-registry';
import type { OrgKind } from './org-kind';
import type { OrgCommand, OrgContext } from './org.commands';
import { orgDecider } from './org.decider';
import type { OrgAttributes, OrgEvent } from './org.events';
import type { OrgRule } from './org.rules';

export const TODAY = '2026-11-28';

function unit(
  id: string,
  kind: OrgKind,
  ancestorIds: string[],
  overrides: Partial<OrgFacts> = {},
): OrgFacts {
  return {
    id,
    kind,
    name: `Unit ${id}`,
    parentId: ancestorIds[0],
    active: true,
    admissionAuthority: false,
    ancestorIds,
    ...overrides,
  };
}

/**
 * A small tree: province › district › grassroots committee › partial committee › cell, and a few more;
 * from 2025 a commune-level committee `xa` and a bloc committee `khoi` under the province.
 */
const TREE: OrgFacts[] = [
  unit('vn', 'central', []),
  unit('p', 'province', []),
  unit('d', 'direct_committee', ['p']),
  unit('g', 'grassroots_committee', ['d', 'p']),
  unit('gc', 'grassroots_cell', ['d', 'p']),
  unit('pc', 'partial_committee', ['g', 'd', 'p']),
  unit('c', 'cell', ['pc', 'g', 'd', 'p']),
  unit('c2', 'cell', ['g', 'd', 'p']),
  unit('g-old', 'grassroots_committee', ['p'], { active: false }),
  // The 2025 structure (QĐ 294, ADR 0014): a commune committee and a bloc committee under the province.
  unit('xa', 'direct_committee', ['p'], { attributes: { area: 'rural', level: 'commune' } }),
  unit('khoi', 'direct_committee', ['p'], { attributes: { area: 'urban', level: 'bloc' } }),
];
export const ONE_OF_EACH_KIND: Record<OrgKind, string> = {
  central: 'vn',
  province: 'p',
  direct_committee: 'd',
  grassroots_committee: 'g',
  grassroots_cell: 'gc',
  partial_committee: 'pc',
  cell: 'c',
};

const facts: Facts = {
  member: () => undefined,
  org: (id) => TREE.find((org) => org.id === id),
};

export function contextOn(date: string): OrgContext {
  return { today: TODAY, policy: policyOn(date), facts };
}

export const established = (
  kind: OrgKind,
  parentId: string | undefined,
  occurredOn = '2024-01-10',
  extra: Partial<{ admissionAuthority: boolean }> = {},
): OrgEvent => ({
  type: 'OrgUnitEstablished',
  occurredOn,
  data: {
    ...(parentId ? { parentId } : {}),
    kind,
    name: 'Chi bộ Thôn 1',
    code: 'CB-T1',
    attributes: { area: 'rural', ...extra },
  },
});

/** given(events).when(command).then(events) / .rejectedBy(rule) */
export function given(...history: OrgEvent[]) {
  return {
    when(command: OrgCommand) {
      const decision = orgDecider.decide(
        command,
        fold(orgDecider, history),
        contextOn(command.occurredOn),
      );
      return {
        then(...expected: OrgEvent[]) {
          deepStrictEqual(decision, expected);
        },
        rejectedBy(rule: OrgRule) {
          strictEqual(isRejection(decision) ? decision.rule : decision, rule);
          if (isRejection(decision)) {
            notStrictEqual(decision.message.vi, '');
            notStrictEqual(decision.message.en, '');
          }
        },
      };
    },
  };
}

export const establish = (
  kind: OrgKind,
  parentId: string | undefined,
  occurredOn = '2024-01-10',
  attributes: OrgAttributes = { area: 'rural' },
): OrgCommand => ({
  action: 'establish',
  orgId: 'x',
  occurredOn,
  payload: {
    ...(parentId ? { parentId } : {}),
    kind,
    name: 'Chi bộ Thôn 1',
    code: 'CB-T1',
    attributes,
  },
});

export const on = (occurredOn: string) => ({
  rename: (name: string, code?: string): OrgCommand => ({
    action: 'rename',
    orgId: 'x',
    occurredOn,
    payload: code === undefined ? { name } : { name, code },
  }),
  move: (parentId: string): OrgCommand => ({
    action: 'move',
    orgId: 'x',
    occurredOn,
    payload: { parentId },
  }),
  mergeInto: (targetId: string): OrgCommand => ({
    action: 'merge-into',
    orgId: 'x',
    occurredOn,
    payload: { targetId },
  }),
  dissolve: (): OrgCommand => ({ action: 'dissolve', orgId: 'x', occurredOn, payload: {} }),
  grant: (): OrgCommand => ({
    action: 'grant-admission-authority',
    orgId: 'x',
    occurredOn,
    payload: {},
  }),
  revoke: (): OrgCommand => ({
    action: 'revoke-admission-authority',
    orgId: 'x',
    occurredOn,
    payload: {},
  }),
});
