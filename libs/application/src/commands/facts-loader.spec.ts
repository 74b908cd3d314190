import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openSqliteEventStore,
  type EventStore,
  type ReadStreamOptions,
  type SqliteEventStore,
} from '@memberflow/event-store';
import { PERSON } from '@memberflow/domain/member/testing';
import { testEvent } from '@memberflow/event-store/testing';
import { MEMBER_AGGREGATE, ORG_AGGREGATE } from './aggregates';
import { FactsLoader } from './facts-loader';

/** The store, counting the stream reads the loader makes. */
function counting(store: EventStore): { store: EventStore; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    store: {
      ...store,
      append: (...args) => store.append(...args),
      readStream: (streamId: string, options?: ReadStreamOptions) => {
        reads.push(streamId);
        return store.readStream(streamId, options);
      },
      readAll: (options) => store.readAll(options),
      subscribeAll: (options) => store.subscribeAll(options),
      streamRevision: (streamId) => store.streamRevision(streamId),
      headPosition: () => store.headPosition(),
      close: () => store.close(),
    },
  };
}

const ADMIN = { id: 'admin', role: 'admin', orgId: '*' };

function orgEvent(type: string, data: object, occurredOn = '2015-01-05') {
  return testEvent({ type, data, occurredOn, actor: ADMIN });
}

describe('FactsLoader', () => {
  let dir: string;
  let sqlite: SqliteEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'memberflow-facts-'));
    sqlite = await openSqliteEventStore({ file: join(dir, 'events.db') });
    const units = [
      { id: 'tinh', kind: 'province' },
      { id: 'huyen', kind: 'direct_committee', parentId: 'tinh' },
      { id: 'xa', kind: 'grassroots_committee', parentId: 'huyen' },
      { id: 'chibo', kind: 'cell', parentId: 'xa' },
    ];
    for (const { id, ...unit } of units) {
      const established = orgEvent('OrgUnitEstablished', {
        ...unit,
        name: id,
        code: id.toUpperCase(),
        attributes: { area: 'rural' },
      });
      await sqlite.append(ORG_AGGREGATE.streamId(id), [established], 'no_stream');
    }
  });

  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('folds a unit and its ancestors, nearest first', async () => {
    const facts = await new FactsLoader(sqlite).load({ members: [], orgs: ['chibo'] });
    expect(facts.org('chibo')).toMatchObject({
      kind: 'cell',
      active: true,
      ancestorIds: ['xa', 'huyen', 'tinh'],
    });
    expect(facts.org('nowhere')).toBeUndefined();
  });

  it('reads a unit’s events once, then only checks its revision while it does not change', async () => {
    const { store, reads } = counting(sqlite);
    const loader = new FactsLoader(store);
    await loader.load({ members: [], orgs: ['chibo'] });
    expect(reads).toHaveLength(4);
    await loader.load({ members: [], orgs: ['chibo'] });
    await loader.load({ members: [], orgs: ['xa'] });
    expect(reads).toHaveLength(4);
  });

  it('sees a change to a unit appended after it was folded, at the next command', async () => {
    const { store, reads } = counting(sqlite);
    const loader = new FactsLoader(store);
    expect((await loader.load({ members: [], orgs: ['chibo'] })).org('chibo')?.active).toBe(true);

    await sqlite.append(
      ORG_AGGREGATE.streamId('chibo'),
      [orgEvent('OrgUnitDissolved', {}, '2024-01-02')],
      0,
    );
    const after = await loader.load({ members: [], orgs: ['chibo'] });
    expect(after.org('chibo')).toMatchObject({
      active: false,
      ancestorIds: ['xa', 'huyen', 'tinh'],
    });
    // Only the new event of the changed unit was read.
    expect(reads.slice(4)).toEqual([ORG_AGGREGATE.streamId('chibo')]);
  });

  it('keeps a member a command names folded, and sees what was appended to it since', async () => {
    const streamId = MEMBER_AGGREGATE.streamId('introducer');
    const registered = orgEvent('MemberRegistered', {
      person: PERSON,
      cellId: 'chibo',
      stage: 'official',
      officialSince: '2010-05-19',
    });
    await sqlite.append(streamId, [registered], 'no_stream');
    const { store, reads } = counting(sqlite);
    const loader = new FactsLoader(store);
    const needed = { members: ['introducer'], orgs: [] };
    expect((await loader.load(needed)).member('introducer')).toMatchObject({
      stage: 'official',
      cellId: 'chibo',
    });
    await loader.load(needed);
    expect(reads).toEqual([streamId]);

    const transfer = { kind: 'permanent', fromCellId: 'chibo', toCellId: 'other', warnings: [] };
    await sqlite.append(streamId, [orgEvent('Transferred', transfer, '2024-01-02')], 0);
    expect((await loader.load(needed)).member('introducer')?.cellId).toBe('other');
    expect(reads).toEqual([streamId, streamId]);
  });
});
