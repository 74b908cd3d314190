import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, type SqliteEventStore } from '@memberflow/event-store';
import { testEvent } from '@memberflow/event-store/testing';
import { ORG_AGGREGATE } from './aggregates';
import { FactsLoader } from './facts-loader';

const ADMIN = { id: 'admin', role: 'admin', orgId: '*' };

/**
 * A merged unit's sub-units belong to the unit it was merged into (as the projections count them): the
 * facts place the merge target above the merged unit, so the direct superior of a grassroots committee
 * whose district was merged into another is that other district (R-AUTHORITY, issue 18).
 */
describe('FactsLoader across a merge', () => {
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'memberflow-facts-merge-'));
    store = await openSqliteEventStore({ file: join(dir, 'events.db') });
    const units = [
      { id: 'tinh', kind: 'province' },
      { id: 'huyen-a', kind: 'direct_committee', parentId: 'tinh' },
      { id: 'huyen-b', kind: 'direct_committee', parentId: 'tinh' },
      { id: 'xa', kind: 'grassroots_committee', parentId: 'huyen-a' },
      { id: 'chibo', kind: 'cell', parentId: 'xa' },
    ];
    for (const { id, ...unit } of units) {
      await store.append(
        ORG_AGGREGATE.streamId(id),
        [
          testEvent({
            type: 'OrgUnitEstablished',
            data: { ...unit, name: id, code: id.toUpperCase(), attributes: { area: 'rural' } },
            occurredOn: '2015-01-05',
            actor: ADMIN,
          }),
        ],
        'no_stream',
      );
    }
    await store.append(
      ORG_AGGREGATE.streamId('huyen-a'),
      [
        testEvent({
          type: 'OrgUnitMerged',
          data: { targetId: 'huyen-b' },
          occurredOn: '2020-01-02',
          actor: ADMIN,
        }),
      ],
      0,
    );
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('places the merge target above the merged unit in the line of its sub-units', async () => {
    const facts = await new FactsLoader(store).load({ members: [], orgs: ['chibo'] });
    expect(facts.org('chibo')?.ancestorIds).toEqual(['xa', 'huyen-a', 'huyen-b', 'tinh']);
    expect(facts.org('huyen-a')).toMatchObject({ active: false, parentId: 'tinh' });
    expect(facts.org('huyen-b')).toMatchObject({ active: true, kind: 'direct_committee' });
  });
});
