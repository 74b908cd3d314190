import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, type SqliteEventStore } from '@memberflow/event-store';
import { testEvent } from '@memberflow/event-store/testing';
import type { ProjectionService } from '../projections/projection.service';
import { ORG_AGGREGATE, VILLAGE_AGGREGATE } from './aggregates';
import { FactsLoader } from './facts-loader';

const ADMIN = { id: 'admin', role: 'admin', orgId: '*' };
const event = (type: string, data: object, occurredOn = '2015-01-05') =>
  testEvent({ type, data, occurredOn, actor: ADMIN });

/** The statistics' tally of a year's ratings in a unit, as the read model would answer it. */
function projections(tallies: Record<string, { excellent: number; good: number }>) {
  return {
    statistics: {
      ratingTally: async (unitId: string, year: number) => tallies[`${unitId}/${year}`],
    },
  } as unknown as ProjectionService;
}

describe('FactsLoader: villages and the ratings stored in a grassroots organization (issue 18)', () => {
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'memberflow-facts-villages-'));
    store = await openSqliteEventStore({ file: join(dir, 'events.db') });
    for (const [id, kind, parentId] of [
      ['tinh', 'province', undefined],
      ['huyen', 'direct_committee', 'tinh'],
      ['xa', 'grassroots_committee', 'huyen'],
      ['chibo', 'cell', 'xa'],
      ['truong', 'grassroots_cell', 'huyen'],
    ] as const) {
      const data = {
        kind,
        name: id,
        code: id,
        attributes: { area: 'rural' },
        ...(parentId ? { parentId } : {}),
      };
      await store.append(
        ORG_AGGREGATE.streamId(id),
        [event('OrgUnitEstablished', data)],
        'no_stream',
      );
    }
    await store.append(
      VILLAGE_AGGREGATE.streamId('thon-1'),
      [
        event('VillageEstablished', {
          communeId: 'xa',
          kind: 'village',
          name: 'Thôn 1',
          cellId: 'chibo',
        }),
      ],
      'no_stream',
    );
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the villages a command names, with their communes as units', async () => {
    const facts = await new FactsLoader(store).load({
      members: [],
      orgs: [],
      villages: ['thon-1', 'thon-9'],
    });
    expect(facts.village?.('thon-1')).toEqual({
      id: 'thon-1',
      name: 'Thôn 1',
      communeId: 'xa',
      cellId: 'chibo',
      active: true,
    });
    expect(facts.village?.('thon-9')).toBeUndefined();
    expect(facts.org('xa')).toMatchObject({
      kind: 'grassroots_committee',
      ancestorIds: ['huyen', 'tinh'],
    });
  });

  it('tallies a year’s ratings in the grassroots organization of a cell: its committee, or itself', async () => {
    const loader = new FactsLoader(
      store,
      projections({
        'xa/2024': { excellent: 2, good: 10 },
        'truong/2024': { excellent: 0, good: 3 },
      }),
    );
    const facts = await loader.load({
      members: [],
      orgs: ['chibo', 'truong'],
      ratingTallies: [
        { cellId: 'chibo', year: 2024 },
        { cellId: 'truong', year: 2024 },
        { cellId: 'chibo', year: 2023 },
      ],
    });
    expect(facts.ratingTally?.('chibo', 2024)).toEqual({
      organizationId: 'xa',
      year: 2024,
      excellent: 2,
      good: 10,
    });
    expect(facts.ratingTally?.('truong', 2024)).toMatchObject({
      organizationId: 'truong',
      good: 3,
    });
    expect(facts.ratingTally?.('chibo', 2023)).toBeUndefined();
  });

  it('knows no tally without the read models: the quota then does not warn', async () => {
    const facts = await new FactsLoader(store).load({
      members: [],
      orgs: ['chibo'],
      ratingTallies: [{ cellId: 'chibo', year: 2024 }],
    });
    expect(facts.ratingTally?.('chibo', 2024)).toBeUndefined();
  });
});
