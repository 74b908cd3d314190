import { fold } from '../kernel/decider';
import type { Facts, OrgFacts, VillageFacts } from '../kernel/facts';
import { isRejection } from '../kernel/rejection';
import type { VillageCommand } from './village.commands';
import { villageDecider, villageFactsNeeded, villageScopeOrgIds } from './village.decider';
import type { VillageEvent } from './village.events';
import type { VillageRule } from './village.rules';
import { toVillageFacts } from './village.state';

const TODAY = '2026-01-15';

function unit(
  id: string,
  kind: OrgFacts['kind'],
  ancestorIds: string[],
  extra: Partial<OrgFacts> = {},
): OrgFacts {
  return {
    id,
    kind,
    name: `Đơn vị ${id}`,
    parentId: ancestorIds[0],
    active: true,
    admissionAuthority: false,
    ancestorIds,
    residential: false,
    ...extra,
  };
}

/** province › district › commune xa (› cells), commune xa-2, a ward that is a grassroots cell. */
const ORGS: OrgFacts[] = [
  unit('tinh', 'province', []),
  unit('huyen', 'direct_committee', ['tinh']),
  unit('xa', 'grassroots_committee', ['huyen', 'tinh']),
  unit('xa-2', 'grassroots_committee', ['huyen', 'tinh']),
  unit('xa-cu', 'grassroots_committee', ['huyen', 'tinh'], { active: false }),
  unit('chibo-t1', 'cell', ['xa', 'huyen', 'tinh'], { residential: true }),
  unit('chibo-t2', 'cell', ['xa', 'huyen', 'tinh'], { residential: true }),
  unit('chibo-truong', 'cell', ['xa', 'huyen', 'tinh']),
  unit('chibo-giai-the', 'cell', ['xa', 'huyen', 'tinh'], { residential: true, active: false }),
  unit('chibo-xa2', 'cell', ['xa-2', 'huyen', 'tinh'], { residential: true }),
  unit('phuong-nho', 'grassroots_cell', ['huyen', 'tinh'], { residential: true }),
  // 2025: a commune's committee directly under the province (a direct committee at level commune).
  unit('xa-moi', 'direct_committee', ['tinh'], { attributes: { area: 'rural', level: 'commune' } }),
  unit('chibo-xa-moi', 'cell', ['xa-moi', 'tinh'], { residential: true }),
];

const VILLAGES: VillageFacts[] = [
  { id: 'thon-2', name: 'Thôn 2', communeId: 'xa', cellId: undefined, active: true },
  { id: 'thon-xa2', name: 'Thôn Đông', communeId: 'xa-2', cellId: undefined, active: true },
  { id: 'thon-cu', name: 'Thôn Cũ', communeId: 'xa', cellId: undefined, active: false },
];

const facts: Facts = {
  member: () => undefined,
  org: (id) => ORGS.find((org) => org.id === id),
  village: (id) => VILLAGES.find((village) => village.id === id),
};

const established = (extra: Record<string, unknown> = {}): VillageEvent =>
  ({
    type: 'VillageEstablished',
    occurredOn: '2020-01-10',
    data: { communeId: 'xa', kind: 'village', name: 'Thôn 1', ...extra },
  }) as VillageEvent;

function command(action: string, occurredOn: string, payload: object = {}): VillageCommand {
  return { action, villageId: 'thon-1', occurredOn, payload } as VillageCommand;
}

function given(...history: VillageEvent[]) {
  const state = fold(villageDecider, history);
  return {
    state,
    when(cmd: VillageCommand) {
      const decision = villageDecider.decide(cmd, state, { today: TODAY, facts });
      return {
        then: (...expected: VillageEvent[]) => expect(decision).toEqual(expected),
        rejectedBy(rule: VillageRule) {
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

describe('establishing a village', () => {
  it('records the commune, kind, name and serving cell', () => {
    given()
      .when(
        command('establish', '2020-01-10', {
          communeId: 'xa',
          kind: 'village',
          name: ' Thôn 1 ',
          code: ' T1 ',
          cellId: 'chibo-t1',
        }),
      )
      .then(established({ code: 'T1', cellId: 'chibo-t1' }));
  });

  it('needs no cell: many villages have none', () => {
    given()
      .when(
        command('establish', '2020-01-10', { communeId: 'xa', kind: 'village', name: 'Thôn 1' }),
      )
      .then(established());
  });

  it('belongs to a commune or ward: its grassroots committee, or a grassroots cell', () => {
    given()
      .when(
        command('establish', '2020-01-10', {
          communeId: 'phuong-nho',
          kind: 'residential_group',
          name: 'Tổ 1',
          cellId: 'phuong-nho',
        }),
      )
      .then({
        type: 'VillageEstablished',
        occurredOn: '2020-01-10',
        data: {
          communeId: 'phuong-nho',
          kind: 'residential_group',
          name: 'Tổ 1',
          cellId: 'phuong-nho',
        },
      });
    given()
      .when(
        command('establish', '2025-07-10', {
          communeId: 'xa-moi',
          kind: 'village',
          name: 'Thôn 1',
          cellId: 'chibo-xa-moi',
        }),
      )
      .then({
        ...established({ communeId: 'xa-moi', cellId: 'chibo-xa-moi' }),
        occurredOn: '2025-07-10',
      });
    for (const communeId of ['huyen', 'tinh', 'chibo-t1', 'nowhere', 'xa-cu']) {
      given()
        .when(command('establish', '2020-01-10', { communeId, kind: 'village', name: 'Thôn 1' }))
        .rejectedBy('R-VILLAGE-COMMUNE');
    }
  });

  it('is served only by an active residential cell of its own commune', () => {
    for (const cellId of ['chibo-truong', 'chibo-giai-the', 'chibo-xa2', 'xa', 'nowhere']) {
      given()
        .when(
          command('establish', '2020-01-10', {
            communeId: 'xa',
            kind: 'village',
            name: 'Thôn 1',
            cellId,
          }),
        )
        .rejectedBy('R-VILLAGE-CELL');
    }
  });

  it('refuses an unknown kind, an empty name and a second establishment', () => {
    given()
      .when(
        command('establish', '2020-01-10', { communeId: 'xa', kind: 'quarter', name: 'Thôn 1' }),
      )
      .rejectedBy('R-VILLAGE-KIND');
    given()
      .when(command('establish', '2020-01-10', { communeId: 'xa', kind: 'village', name: '  ' }))
      .rejectedBy('R-VILLAGE-NAME');
    given(established())
      .when(
        command('establish', '2020-02-10', { communeId: 'xa', kind: 'village', name: 'Thôn 1' }),
      )
      .rejectedBy('R-VILLAGE-EXISTS');
  });

  it('is dated on a real day, not in the future', () => {
    given()
      .when(command('establish', TODAY, { communeId: 'xa', kind: 'village', name: 'Thôn 1' }))
      .then({ ...established(), occurredOn: TODAY });
    given()
      .when(
        command('establish', '2026-01-16', { communeId: 'xa', kind: 'village', name: 'Thôn 1' }),
      )
      .rejectedBy('R-DATE-FUTURE');
    given()
      .when(
        command('establish', '2026-02-30', { communeId: 'xa', kind: 'village', name: 'Thôn 1' }),
      )
      .rejectedBy('R-DATE-VALID');
  });
});

describe('a village over time', () => {
  it('is renamed, keeping the previous name', () => {
    given(established())
      .when(command('rename', '2021-03-01', { name: 'Thôn Đoàn Kết' }))
      .then({
        type: 'VillageRenamed',
        occurredOn: '2021-03-01',
        data: { name: 'Thôn Đoàn Kết', previousName: 'Thôn 1' },
      });
    given(established())
      .when(command('rename', '2021-03-01', { name: 'Thôn 1' }))
      .rejectedBy('R-VILLAGE-UNCHANGED');
  });

  it('gets a cell, changes it and loses it', () => {
    const withCell = {
      type: 'VillageCellAssigned',
      occurredOn: '2021-03-01',
      data: { cellId: 'chibo-t1' },
    } as VillageEvent;
    given(established())
      .when(command('assign-cell', '2021-03-01', { cellId: 'chibo-t1' }))
      .then(withCell);
    given(established(), withCell)
      .when(command('assign-cell', '2021-04-01', { cellId: 'chibo-t2' }))
      .then({
        type: 'VillageCellAssigned',
        occurredOn: '2021-04-01',
        data: { cellId: 'chibo-t2', previousCellId: 'chibo-t1' },
      });
    given(established(), withCell)
      .when(command('assign-cell', '2021-04-01', { cellId: 'chibo-t1' }))
      .rejectedBy('R-VILLAGE-UNCHANGED');
    given(established(), withCell)
      .when(command('release-cell', '2021-04-01'))
      .then({
        type: 'VillageCellReleased',
        occurredOn: '2021-04-01',
        data: { previousCellId: 'chibo-t1' },
      });
    given(established())
      .when(command('release-cell', '2021-04-01'))
      .rejectedBy('R-VILLAGE-UNCHANGED');
    given(established())
      .when(command('assign-cell', '2021-04-01', { cellId: 'chibo-xa2' }))
      .rejectedBy('R-VILLAGE-CELL');
  });

  it('moves to another commune, whose cell must then serve it', () => {
    given(established())
      .when(command('move', '2025-07-01', { communeId: 'xa-2' }))
      .then({
        type: 'VillageMoved',
        occurredOn: '2025-07-01',
        data: { communeId: 'xa-2', previousCommuneId: 'xa' },
      });
    given(established({ cellId: 'chibo-t1' }))
      .when(command('move', '2025-07-01', { communeId: 'xa-2' }))
      .rejectedBy('R-VILLAGE-CELL');
    given(established())
      .when(command('move', '2025-07-01', { communeId: 'xa' }))
      .rejectedBy('R-VILLAGE-UNCHANGED');
    given(established())
      .when(command('move', '2025-07-01', { communeId: 'xa-cu' }))
      .rejectedBy('R-VILLAGE-COMMUNE');
  });

  it('merges into another active village of its commune', () => {
    given(established())
      .when(command('merge-into', '2020-06-01', { targetId: 'thon-2' }))
      .then({ type: 'VillageMerged', occurredOn: '2020-06-01', data: { targetId: 'thon-2' } });
    for (const targetId of ['thon-1', 'thon-xa2', 'thon-cu', 'thon-9']) {
      given(established())
        .when(command('merge-into', '2020-06-01', { targetId }))
        .rejectedBy('R-VILLAGE-MERGE-TARGET');
    }
  });

  it('ends when merged or dissolved: no action applies to it after', () => {
    const dissolved = {
      type: 'VillageDissolved',
      occurredOn: '2020-06-01',
      data: {},
    } as VillageEvent;
    given(established()).when(command('dissolve', '2020-06-01')).then(dissolved);
    given(established(), dissolved)
      .when(command('rename', '2020-07-01', { name: 'X' }))
      .rejectedBy('R-VILLAGE-INACTIVE');
    given()
      .when(command('rename', '2020-07-01', { name: 'X' }))
      .rejectedBy('R-VILLAGE-UNKNOWN');
  });

  it('takes no step dated before its latest change', () => {
    given(established())
      .when(command('rename', '2020-01-09', { name: 'Thôn Mới' }))
      .rejectedBy('R-DATE-ORDER');
  });
});

describe('what the command path needs of a village command', () => {
  const state = fold(villageDecider, [established({ cellId: 'chibo-t1' })]);

  it('names the commune (both of a move) and the cell for the facts and the scope', () => {
    expect(villageFactsNeeded(command('move', '2025-07-01', { communeId: 'xa-2' }), state)).toEqual(
      {
        members: [],
        orgs: ['xa', 'xa-2', 'chibo-t1'],
      },
    );
    expect(villageScopeOrgIds(command('move', '2025-07-01', { communeId: 'xa-2' }), state)).toEqual(
      ['xa', 'xa-2'],
    );
    expect(villageScopeOrgIds(command('rename', '2025-07-01', { name: 'X' }), state)).toEqual([
      'xa',
    ]);
    expect(
      villageScopeOrgIds(
        command('establish', '2025-07-01', { communeId: 'xa-2', kind: 'village', name: 'X' }),
        villageDecider.initialState,
      ),
    ).toEqual(['xa-2']);
    expect(
      villageFactsNeeded(command('merge-into', '2025-07-01', { targetId: 'thon-2' }), state),
    ).toEqual({
      members: [],
      orgs: ['xa'],
      villages: ['thon-2'],
    });
  });

  it('tells other streams what they may know of it', () => {
    expect(toVillageFacts('thon-1', state)).toEqual({
      id: 'thon-1',
      name: 'Thôn 1',
      communeId: 'xa',
      cellId: 'chibo-t1',
      active: true,
    });
    expect(() => toVillageFacts('x', villageDecider.initialState)).toThrow(RangeError);
  });
});
