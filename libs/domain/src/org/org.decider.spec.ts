import { fold } from '../kernel/decider';
import type { Facts, OrgFacts } from '../kernel/facts';
import { isRejection } from '../kernel/rejection';
import { policyOn } from '../policy/policy-registry';
import { ORG_KINDS, type OrgKind } from './org-kind';
import {
  ORG_ACTIONS,
  factsNeeded,
  orgDecider,
  type OrgCommand,
  type OrgContext,
} from './org.decider';
import type { OrgAttributes, OrgEvent } from './org.events';
import { PARENT_KINDS, type OrgRule } from './org.rules';
import { toOrgFacts, type OrgUnit } from './org.state';

const TODAY = '2026-11-28';

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

/** A small tree: province › district › grassroots committee › partial committee › cell, and a few more. */
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
];
const ONE_OF_EACH_KIND: Record<OrgKind, string> = {
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

function contextOn(date: string): OrgContext {
  return { today: TODAY, policy: policyOn(date), facts };
}

const established = (
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
function given(...history: OrgEvent[]) {
  return {
    when(command: OrgCommand) {
      const decision = orgDecider.decide(
        command,
        fold(orgDecider, history),
        contextOn(command.occurredOn),
      );
      return {
        then(...expected: OrgEvent[]) {
          expect(decision).toEqual(expected);
        },
        rejectedBy(rule: OrgRule) {
          expect(isRejection(decision) ? decision.rule : decision).toBe(rule);
          if (isRejection(decision)) {
            expect(decision.message.vi).not.toBe('');
            expect(decision.message.en).not.toBe('');
          }
        },
      };
    },
  };
}

const establish = (
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

const on = (occurredOn: string) => ({
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

describe('establish', () => {
  it('establishes a root province without a parent', () => {
    given().when(establish('province', undefined)).then(established('province', undefined));
  });

  it('establishes a central root', () => {
    given().when(establish('central', undefined)).then(established('central', undefined));
  });

  it('establishes a cell under a partial committee', () => {
    given().when(establish('cell', 'pc')).then(established('cell', 'pc'));
  });

  describe('nests kinds as domain.md §1 says', () => {
    const cases = ORG_KINDS.flatMap((kind) =>
      ORG_KINDS.map(
        (parentKind) => [kind, parentKind, PARENT_KINDS[kind].includes(parentKind)] as const,
      ),
    );
    it.each(cases)('a %s under a %s: allowed %s', (kind, parentKind, allowed) => {
      // Before 1/7/2025, so district-level committees may still be established.
      const when = given().when(establish(kind, ONE_OF_EACH_KIND[parentKind], '2024-01-10'));
      if (allowed) when.then(established(kind, ONE_OF_EACH_KIND[parentKind], '2024-01-10'));
      else when.rejectedBy('R-ORG-NESTING');
    });
  });

  it('rejects a unit that is not a root kind without a parent', () => {
    given().when(establish('grassroots_committee', undefined)).rejectedBy('R-ORG-PARENT');
  });

  it('rejects an unknown parent', () => {
    given().when(establish('cell', 'nowhere')).rejectedBy('R-ORG-PARENT');
  });

  it('rejects a parent that was dissolved or merged', () => {
    given().when(establish('cell', 'g-old')).rejectedBy('R-ORG-PARENT');
  });

  it('rejects a unit as its own parent', () => {
    given().when(establish('cell', 'x')).rejectedBy('R-ORG-CYCLE');
  });

  it('establishes a district-level committee the day before QĐ 294 took effect', () => {
    given()
      .when(establish('direct_committee', 'p', '2025-06-30'))
      .then(established('direct_committee', 'p', '2025-06-30'));
  });

  it('rejects a new district-level committee from 1/7/2025 (QĐ 294)', () => {
    given()
      .when(establish('direct_committee', 'p', '2025-07-01'))
      .rejectedBy('R-ORG-DISTRICT-ABOLISHED');
  });

  it('keeps rejecting new district-level committees under QĐ 366, citing QĐ 294', () => {
    const decision = orgDecider.decide(
      establish('direct_committee', 'p', '2025-09-01'),
      orgDecider.initialState,
      contextOn('2025-09-01'),
    );
    expect(decision).toMatchObject({
      rule: 'R-ORG-DISTRICT-ABOLISHED',
      details: { policyVersion: '2025-08' },
    });
    expect(isRejection(decision) && decision.message.vi).toContain('294-QĐ/TW');
  });

  it('rejects a stream that already holds a unit', () => {
    given(established('cell', 'pc'))
      .when(establish('cell', 'pc', '2024-02-01'))
      .rejectedBy('R-ORG-EXISTS');
  });

  it('establishes a grassroots committee with admission authority', () => {
    const command = establish('grassroots_committee', 'p', '2024-01-10', {
      area: 'urban',
      admissionAuthority: true,
    });
    const decision = orgDecider.decide(command, orgDecider.initialState, contextOn('2024-01-10'));
    expect(isRejection(decision)).toBe(false);
    const state = fold(orgDecider, decision as OrgEvent[]) as OrgUnit;
    expect(state.admissionAuthority).toBe(true);
  });

  it('rejects admission authority for a cell', () => {
    given()
      .when(establish('cell', 'pc', '2024-01-10', { area: 'rural', admissionAuthority: true }))
      .rejectedBy('R-ORG-AUTHORITY-KIND');
  });

  it('rejects a residential committee: only cells are residential', () => {
    given()
      .when(
        establish('grassroots_committee', 'p', '2024-01-10', { area: 'rural', residential: true }),
      )
      .rejectedBy('R-ORG-ATTRIBUTES');
  });

  it('rejects a blank name', () => {
    const command: OrgCommand = {
      action: 'establish',
      orgId: 'x',
      occurredOn: '2024-01-10',
      payload: {
        parentId: 'pc',
        kind: 'cell',
        name: '  ',
        code: 'CB',
        attributes: { area: 'urban' },
      },
    };
    given().when(command).rejectedBy('R-ORG-NAME');
  });

  it('rejects a date in the future, and accepts today', () => {
    given()
      .when(establish('cell', 'pc', '2026-11-29'))
      .rejectedBy('R-DATE-FUTURE');
    given()
      .when(establish('cell', 'pc', TODAY))
      .then(established('cell', 'pc', TODAY));
  });
});

describe('rename', () => {
  it('records the new name and the previous one', () => {
    given(established('cell', 'pc'))
      .when(on('2024-03-01').rename('Chi bộ Khu phố 1', 'CB-KP1'))
      .then({
        type: 'OrgUnitRenamed',
        occurredOn: '2024-03-01',
        data: {
          name: 'Chi bộ Khu phố 1',
          previousName: 'Chi bộ Thôn 1',
          code: 'CB-KP1',
          previousCode: 'CB-T1',
        },
      });
  });

  it('keeps the code when none is given', () => {
    given(established('cell', 'pc'))
      .when(on('2024-03-01').rename('Chi bộ Khu phố 1'))
      .then({
        type: 'OrgUnitRenamed',
        occurredOn: '2024-03-01',
        data: {
          name: 'Chi bộ Khu phố 1',
          previousName: 'Chi bộ Thôn 1',
          code: 'CB-T1',
          previousCode: 'CB-T1',
        },
      });
  });

  it('rejects a rename that changes nothing', () => {
    given(established('cell', 'pc'))
      .when(on('2024-03-01').rename('Chi bộ Thôn 1'))
      .rejectedBy('R-ORG-UNCHANGED');
  });

  it('rejects a unit that does not exist', () => {
    given().when(on('2024-03-01').rename('A')).rejectedBy('R-ORG-UNKNOWN');
  });

  it('rejects a date before the unit’s latest change', () => {
    given(established('cell', 'pc', '2024-01-10'))
      .when(on('2024-01-09').rename('A'))
      .rejectedBy('R-DATE-ORDER');
  });
});

describe('move', () => {
  it('moves a cell under another grassroots committee, recording where it was', () => {
    given(established('cell', 'pc'))
      .when(on('2025-07-01').move('g'))
      .then({
        type: 'OrgUnitMoved',
        occurredOn: '2025-07-01',
        data: { parentId: 'g', previousParentId: 'pc' },
      });
  });

  it('moves a grassroots committee from its district to the province in the 2025 reform', () => {
    given(established('grassroots_committee', 'd'))
      .when(on('2025-07-01').move('p'))
      .then({
        type: 'OrgUnitMoved',
        occurredOn: '2025-07-01',
        data: { parentId: 'p', previousParentId: 'd' },
      });
  });

  it('rejects a move under a descendant of the unit', () => {
    // The stream being decided is "g" here: "pc" and "c" are below it.
    const command: OrgCommand = {
      action: 'move',
      orgId: 'g',
      occurredOn: '2024-03-01',
      payload: { parentId: 'pc' },
    };
    given(established('grassroots_committee', 'd')).when(command).rejectedBy('R-ORG-CYCLE');
  });

  it('rejects a move under itself', () => {
    given(established('cell', 'pc')).when(on('2024-03-01').move('x')).rejectedBy('R-ORG-CYCLE');
  });

  it('rejects a move that breaks the nesting', () => {
    given(established('cell', 'pc')).when(on('2024-03-01').move('p')).rejectedBy('R-ORG-NESTING');
  });

  it('rejects a move to the current parent', () => {
    given(established('cell', 'pc'))
      .when(on('2024-03-01').move('pc'))
      .rejectedBy('R-ORG-UNCHANGED');
  });

  it('rejects a move under an inactive unit', () => {
    given(established('grassroots_cell', 'd'))
      .when(on('2024-03-01').move('g-old'))
      .rejectedBy('R-ORG-PARENT');
  });
});

describe('merge-into', () => {
  it('merges a cell into another cell, and then refuses any further action', () => {
    const merged: OrgEvent = {
      type: 'OrgUnitMerged',
      occurredOn: '2025-07-01',
      data: { targetId: 'c2' },
    };
    given(established('cell', 'pc')).when(on('2025-07-01').mergeInto('c2')).then(merged);
    given(established('cell', 'pc'), merged)
      .when(on('2025-08-01').rename('A'))
      .rejectedBy('R-ORG-INACTIVE');
    expect(fold(orgDecider, [established('cell', 'pc'), merged])).toMatchObject({
      status: 'merged',
      mergedIntoId: 'c2',
      endedOn: '2025-07-01',
    });
  });

  it('rejects a merge into a kind that cannot take the unit’s members', () => {
    given(established('cell', 'pc'))
      .when(on('2025-07-01').mergeInto('g'))
      .rejectedBy('R-ORG-MERGE-KIND');
  });

  it('rejects a merge into an inactive or unknown unit', () => {
    given(established('grassroots_committee', 'p'))
      .when(on('2025-07-01').mergeInto('g-old'))
      .rejectedBy('R-ORG-MERGE-TARGET');
    given(established('cell', 'pc'))
      .when(on('2025-07-01').mergeInto('nowhere'))
      .rejectedBy('R-ORG-MERGE-TARGET');
  });

  it('rejects a merge into one of the unit’s own sub-units', () => {
    const command: OrgCommand = {
      action: 'merge-into',
      orgId: 'pc',
      occurredOn: '2025-07-01',
      payload: { targetId: 'c' },
    };
    given(established('partial_committee', 'g')).when(command).rejectedBy('R-ORG-CYCLE');
  });
});

describe('dissolve', () => {
  it('dissolves a unit once', () => {
    const dissolved: OrgEvent = { type: 'OrgUnitDissolved', occurredOn: '2025-07-01', data: {} };
    given(established('direct_committee', 'p')).when(on('2025-07-01').dissolve()).then(dissolved);
    given(established('direct_committee', 'p'), dissolved)
      .when(on('2025-07-02').dissolve())
      .rejectedBy('R-ORG-INACTIVE');
  });
});

describe('admission authority', () => {
  const granted: OrgEvent = {
    type: 'AdmissionAuthorityGranted',
    occurredOn: '2024-02-01',
    data: {},
  };

  it('is granted to a grassroots committee, and revoked', () => {
    given(established('grassroots_committee', 'd')).when(on('2024-02-01').grant()).then(granted);
    given(established('grassroots_committee', 'd'), granted)
      .when(on('2024-05-01').revoke())
      .then({ type: 'AdmissionAuthorityRevoked', occurredOn: '2024-05-01', data: {} });
  });

  it('is not granted twice, nor revoked when not held', () => {
    given(established('grassroots_committee', 'd'), granted)
      .when(on('2024-03-01').grant())
      .rejectedBy('R-ORG-UNCHANGED');
    given(established('grassroots_committee', 'd'))
      .when(on('2024-03-01').revoke())
      .rejectedBy('R-ORG-UNCHANGED');
  });

  it.each([
    'grassroots_cell',
    'partial_committee',
    'cell',
    'direct_committee',
    'province',
  ] as const)('is never held by a %s', (kind) => {
    const parent = PARENT_KINDS[kind][0];
    given(established(kind, parent ? ONE_OF_EACH_KIND[parent] : undefined))
      .when(on('2024-03-01').grant())
      .rejectedBy('R-ORG-AUTHORITY-KIND');
  });
});

describe('factsNeeded', () => {
  const state = fold(orgDecider, [established('cell', 'pc')]);

  it('names the parent of a new unit, and nothing for a root', () => {
    expect(factsNeeded(establish('cell', 'pc'), orgDecider.initialState)).toEqual({
      members: [],
      orgs: ['pc'],
    });
    expect(factsNeeded(establish('province', undefined), orgDecider.initialState)).toEqual({
      members: [],
      orgs: [],
    });
  });

  it('names the unit, its current parent and its new one for a move', () => {
    expect(factsNeeded(on('2024-03-01').move('c2'), state)).toEqual({
      members: [],
      orgs: ['x', 'pc', 'c2'],
    });
  });

  it('names the unit and the target of a merge, and the unit alone otherwise', () => {
    expect(factsNeeded(on('2024-03-01').mergeInto('c2'), state)).toEqual({
      members: [],
      orgs: ['x', 'c2'],
    });
    expect(factsNeeded(on('2024-03-01').dissolve(), state)).toEqual({ members: [], orgs: ['x'] });
  });
});

describe('toOrgFacts', () => {
  it('tells other streams what they may know about the unit', () => {
    const state = fold(orgDecider, [
      established('grassroots_committee', 'd'),
      { type: 'AdmissionAuthorityGranted', occurredOn: '2024-02-01', data: {} },
    ]);
    expect(toOrgFacts('x', state, ['d', 'p'])).toEqual({
      id: 'x',
      kind: 'grassroots_committee',
      name: 'Chi bộ Thôn 1',
      parentId: 'd',
      active: true,
      admissionAuthority: true,
      ancestorIds: ['d', 'p'],
    });
  });

  it('refuses a stream with no unit', () => {
    expect(() => toOrgFacts('x', orgDecider.initialState, [])).toThrow(RangeError);
  });
});

it('lists every action the API exposes', () => {
  expect(ORG_ACTIONS).toEqual([
    'establish',
    'rename',
    'move',
    'merge-into',
    'dissolve',
    'grant-admission-authority',
    'revoke-admission-authority',
  ]);
});
