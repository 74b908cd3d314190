import { fold } from '../kernel/decider';
import { ORG_ACTIONS } from './org.commands';
import { factsNeeded, orgDecider } from './org.decider';
import type { OrgEvent } from './org.events';
import { PARENT_KINDS } from './org.rules';
import { toOrgFacts } from './org.state';
import { ONE_OF_EACH_KIND, establish, established, given, on } from './testing';

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
      residential: false,
      attributes: { area: 'rural' },
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
    'record-rating',
  ]);
});
