import type { MemberView } from '../readers/member.reader';
import { chained, MemoryStore } from './memory-store.testing';
import {
  ApiMemberReadModel,
  differences,
  memberIds,
  replayMember,
  type MemberReadModel,
} from './replay';

const PERSON = { fullName: 'Nguyễn Văn A', gender: 'male', dateOfBirth: '2000-01-01' };

function store(): MemoryStore {
  return new MemoryStore(
    chained([
      {
        streamId: 'member-1',
        type: 'CandidateSourced',
        data: { person: PERSON, cellId: 'cell-1', proposedBy: 'youth_union' },
        occurredOn: '2024-03-01',
      },
      { streamId: 'org-cell-1', type: 'OrgEstablished' },
      {
        streamId: 'member-2',
        type: 'CandidateSourced',
        data: {
          person: { ...PERSON, fullName: 'Trần Thị B' },
          cellId: 'cell-1',
          proposedBy: 'youth_union',
        },
        occurredOn: '2024-03-02',
      },
      {
        streamId: 'member-1',
        type: 'HelperAssigned',
        data: { helperId: 'h-1' },
        occurredOn: '2024-03-05',
      },
    ]),
  );
}

/** A roster-like read model holding a few fields per member. */
function roster(rows: Record<string, Record<string, unknown>>): MemberReadModel {
  return {
    name: 'roster (test)',
    read: async (id) => rows[id],
    expected: (view: MemberView) => ({
      revision: view.revision,
      stage: view.stage,
      cellId: view.cellId,
      fullName: view.person?.fullName,
      helperId: view.helperId,
    }),
  };
}

describe('differences', () => {
  it('compares the fields the folded side has, by path, arrays element by element', () => {
    expect(
      differences(
        { a: 1, b: { c: [1, 2], d: 'x' }, e: undefined },
        { a: 1, b: { c: [1, 3, 4], d: 'x' }, extra: true },
      ),
    ).toEqual([
      { path: 'b.c[1]', folded: 2, readModel: 3 },
      { path: 'b.c[2]', folded: undefined, readModel: 4 },
    ]);
    expect(differences({ a: { b: 1 } }, { a: null })).toEqual([
      { path: 'a', folded: { b: 1 }, readModel: null },
    ]);
  });
});

describe('replayMember', () => {
  const row1 = {
    revision: 1,
    stage: 'sympathizer',
    cellId: 'cell-1',
    fullName: 'Nguyễn Văn A',
    helperId: 'h-1',
  };

  it('reports a match when the read model holds what the fold gives', async () => {
    expect(await replayMember(store(), '1', roster({ '1': row1 }))).toEqual({
      memberId: '1',
      status: 'match',
      revision: 1,
    });
  });

  it('reports each differing field as drift', async () => {
    const outcome = await replayMember(
      store(),
      '1',
      roster({ '1': { ...row1, stage: 'applying', helperId: null } }),
    );
    expect(outcome).toEqual({
      memberId: '1',
      status: 'drift',
      revision: 1,
      differences: [
        { path: 'helperId', folded: 'h-1', readModel: null },
        { path: 'stage', folded: 'sympathizer', readModel: 'applying' },
      ],
    });
  });

  it('reports a member missing from the read model, a lagging row, and an unknown member', async () => {
    expect(await replayMember(store(), '1', roster({}))).toMatchObject({ status: 'missing' });
    expect(await replayMember(store(), '1', roster({ '1': { ...row1, revision: 0 } }))).toEqual({
      memberId: '1',
      status: 'lagging',
      revision: 1,
      readModelRevision: 0,
    });
    expect(await replayMember(store(), '9', roster({}))).toEqual({
      memberId: '9',
      status: 'no_stream',
    });
  });

  it('reports a stream the current decider cannot fold', async () => {
    const unknown = new MemoryStore(chained([{ streamId: 'member-3', type: 'NoSuchEvent' }]));
    expect(await replayMember(unknown, '3', roster({}))).toEqual({
      memberId: '3',
      status: 'fold_failed',
      error: expect.stringContaining('NoSuchEvent'),
    });
    const malformed = new MemoryStore(
      chained([
        { streamId: 'member-4', type: 'CandidateSourced', data: { person: PERSON, cellId: 'c' } },
        { streamId: 'member-4', type: 'DetailsCorrected', data: {} },
      ]),
    );
    expect(await replayMember(malformed, '4', roster({}))).toMatchObject({ status: 'fold_failed' });
  });
});

describe('memberIds', () => {
  it('lists each member stream once, in the order the store first saw it', async () => {
    const ids: string[] = [];
    for await (const id of memberIds(store())) ids.push(id);
    expect(ids).toEqual(['1', '2']);
  });
});

describe('ApiMemberReadModel', () => {
  it('reads GET /api/members/{id} with the token, and treats 404 as no row', async () => {
    const calls: { url: string; auth: string | null }[] = [];
    const fake = (async (url: string, init: RequestInit) => {
      calls.push({ url, auth: new Headers(init.headers).get('authorization') });
      return url.endsWith('/x')
        ? new Response('{}', { status: 404 })
        : new Response(JSON.stringify({ id: '1', stage: 'official' }), { status: 200 });
    }) as unknown as typeof fetch;
    const model = new ApiMemberReadModel('http://api.test/', 'tok', fake);
    expect(model.name).toBe('GET http://api.test/api/members/{id}');
    expect(await model.read('1')).toEqual({ id: '1', stage: 'official' });
    expect(await model.read('x')).toBeUndefined();
    expect(calls[0]).toEqual({ url: 'http://api.test/api/members/1', auth: 'Bearer tok' });
  });

  it('fails loudly on any other answer', async () => {
    const fake = (async () => new Response('down', { status: 503 })) as unknown as typeof fetch;
    await expect(new ApiMemberReadModel('http://api.test', 'tok', fake).read('1')).rejects.toThrow(
      /503/,
    );
  });
});
