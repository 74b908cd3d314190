import type { OrgKind } from './org-kind';
import type { OrgAttributes } from './org.events';
import { establish, established, given, on } from './testing';

/**
 * The 2025 structure (QĐ 294-QĐ/TW, in force 1/7/2025; ADR 0014): no district level; commune, ward and
 * special-zone committees directly under the province are the direct superiors of the grassroots
 * organizations under them. Rules R-ORG-DISTRICT-ABOLISHED, R-ORG-LEVEL, R-ORG-NESTING
 * (docs/domain-rules.md).
 */
const COMMUNE: OrgAttributes = { area: 'rural', level: 'commune' };
const BLOC: OrgAttributes = { area: 'urban', level: 'bloc' };

const establishedWith = (
  kind: OrgKind,
  parentId: string,
  occurredOn: string,
  attributes: OrgAttributes,
) => {
  const event = established(kind, parentId, occurredOn);
  return { ...event, data: { ...(event.data as object), attributes } } as typeof event;
};

describe('direct committees by level and date', () => {
  it('establishes a commune committee under the province on 1/7/2025, and not the day before', () => {
    given()
      .when(establish('direct_committee', 'p', '2025-07-01', COMMUNE))
      .then(establishedWith('direct_committee', 'p', '2025-07-01', COMMUNE));
    given()
      .when(establish('direct_committee', 'p', '2025-06-30', COMMUNE))
      .rejectedBy('R-ORG-LEVEL');
  });

  it('establishes a district committee until 30/6/2025, and none from 1/7/2025 (unstated level: district)', () => {
    given()
      .when(establish('direct_committee', 'p', '2025-06-30', { area: 'rural', level: 'district' }))
      .then(
        establishedWith('direct_committee', 'p', '2025-06-30', {
          area: 'rural',
          level: 'district',
        }),
      );
    given()
      .when(establish('direct_committee', 'p', '2025-07-01', { area: 'rural', level: 'district' }))
      .rejectedBy('R-ORG-DISTRICT-ABOLISHED');
    given()
      .when(establish('direct_committee', 'p', '2025-07-01'))
      .rejectedBy('R-ORG-DISTRICT-ABOLISHED');
  });

  it('establishes a bloc committee (military, police, agencies) before and after QĐ 294', () => {
    for (const date of ['2020-03-02', '2025-07-01'])
      given()
        .when(establish('direct_committee', 'p', date, BLOC))
        .then(establishedWith('direct_committee', 'p', date, BLOC));
  });

  it('gives a level to direct committees only, from the known levels', () => {
    given()
      .when(establish('grassroots_committee', 'p', '2025-07-01', COMMUNE))
      .rejectedBy('R-ORG-ATTRIBUTES');
    given()
      .when(
        establish('direct_committee', 'p', '2025-07-01', {
          area: 'rural',
          level: 'hamlet' as never,
        }),
      )
      .rejectedBy('R-ORG-ATTRIBUTES');
  });

  it('accepts the zones of the education exception, and nothing else', () => {
    const zoned: OrgAttributes = { area: 'rural', zones: ['mountainous', 'ethnic_minority'] };
    given()
      .when(establish('cell', 'pc', '2024-01-10', zoned))
      .then(establishedWith('cell', 'pc', '2024-01-10', zoned));
    given()
      .when(establish('cell', 'pc', '2024-01-10', { area: 'rural', zones: ['desert' as never] }))
      .rejectedBy('R-ORG-ATTRIBUTES');
  });
});

describe('what a commune committee holds', () => {
  it.each(['grassroots_committee', 'grassroots_cell'] as const)(
    'holds a %s: it is the direct superior of grassroots organizations',
    (kind) => {
      given()
        .when(establish(kind, 'xa', '2025-07-01'))
        .then(established(kind, 'xa', '2025-07-01'));
    },
  );

  it('holds village cells from 1/7/2025, not before (the nesting rules go by date)', () => {
    given()
      .when(establish('cell', 'xa', '2025-07-01'))
      .then(established('cell', 'xa', '2025-07-01'));
    given()
      .when(establish('cell', 'xa', '2025-06-30'))
      .rejectedBy('R-ORG-NESTING');
  });

  it('holds no partial committee, and a district or bloc committee holds no cell', () => {
    given()
      .when(establish('partial_committee', 'xa', '2025-07-01'))
      .rejectedBy('R-ORG-NESTING');
    given()
      .when(establish('cell', 'd', '2025-07-01'))
      .rejectedBy('R-ORG-NESTING');
    given()
      .when(establish('cell', 'khoi', '2025-07-01'))
      .rejectedBy('R-ORG-NESTING');
  });

  it('takes a village cell moved from the old commune grassroots committee on 1/7/2025', () => {
    given(established('cell', 'g', '2015-01-05'))
      .when(on('2025-07-01').move('xa'))
      .then({
        type: 'OrgUnitMoved',
        occurredOn: '2025-07-01',
        data: { parentId: 'xa', previousParentId: 'g' },
      });
    given(established('cell', 'g', '2015-01-05'))
      .when(on('2025-06-30').move('xa'))
      .rejectedBy('R-ORG-NESTING');
  });
});
