import { fold } from '../kernel/decider';
import { isRejection } from '../kernel/rejection';
import { ORG_KINDS } from './org-kind';
import type { OrgCommand } from './org.commands';
import { orgDecider } from './org.decider';
import type { OrgEvent } from './org.events';
import { PARENT_KINDS } from './org.rules';
import type { OrgUnit } from './org.state';
import { ONE_OF_EACH_KIND, TODAY, contextOn, establish, established, given, on } from './testing';

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

  it('rejects a date that does not exist', () => {
    // No policy is in force on a date that does not exist: the context is today's.
    const decision = orgDecider.decide(
      establish('cell', 'pc', '2024-02-30'),
      orgDecider.initialState,
      contextOn(TODAY),
    );
    expect(decision).toMatchObject({ rule: 'R-DATE-VALID' });
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
