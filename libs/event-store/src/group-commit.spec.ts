import type { AppendResult } from './event-store.port';
import { GroupCommit, type AppendOutcome, type AppendRequest } from './group-commit';

const request = (streamId: string): AppendRequest => ({ streamId, events: [], expected: 'any' });
const written = (nextRevision: number): AppendOutcome => ({
  ok: true,
  result: { nextRevision, position: BigInt(nextRevision + 1), written: true },
});
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes the appends submitted in the same turn of the event loop as one group', async () => {
    const groups: string[][] = [];
    const commit = new GroupCommit((group) => {
      groups.push(group.map((r) => r.streamId));
      return group.map((_, index) => written(index));
    });
    const results = await Promise.all(['a', 'b', 'c'].map((id) => commit.submit(request(id))));
    expect(groups).toEqual([['a', 'b', 'c']]);
    expect(results.map((r) => r.nextRevision)).toEqual([0, 1, 2]);
  });

  it('gathers the appends that arrive while a group is being written into the next group', async () => {
    const groups: string[][] = [];
    let release: () => void = () => undefined;
    const commit = new GroupCommit(async (group) => {
      groups.push(group.map((r) => r.streamId));
      if (groups.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return group.map((_, index) => written(index));
    });
    const first = commit.submit(request('a'));
    await turn();
    const later = ['b', 'c'].map((id) => commit.submit(request(id)));
    await turn();
    expect(groups).toEqual([['a']]);
    release();
    await Promise.all([first, ...later]);
    expect(groups).toEqual([['a'], ['b', 'c']]);
  });

  it('answers each append with its own outcome: one refused, the others resolved', async () => {
    const conflict = new Error('conflict');
    const commit = new GroupCommit((group) =>
      group.map((r, index) =>
        r.streamId === 'b' ? { ok: false, error: conflict } : written(index),
      ),
    );
    const settled = await Promise.allSettled(
      ['a', 'b', 'c'].map((id) => commit.submit(request(id))),
    );
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toBe(conflict);
  });

  it('fails the whole group, and only it, when the writer itself fails (nothing was committed)', async () => {
    let calls = 0;
    const commit = new GroupCommit((group) => {
      calls += 1;
      if (calls === 1) throw new Error('disk I/O error');
      return group.map((_, index) => written(index));
    });
    const failed = await Promise.allSettled(['a', 'b'].map((id) => commit.submit(request(id))));
    expect(failed.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    await expect(commit.submit(request('c'))).resolves.toMatchObject({ written: true });
  });

  it('bounds a group and writes the rest in the next one', async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit(
      (group) => {
        sizes.push(group.length);
        return group.map((_, index) => written(index));
      },
      { maxGroup: 2 },
    );
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => commit.submit(request(id))));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('drains: resolves once every submitted append has been answered', async () => {
    const answered: string[] = [];
    const commit = new GroupCommit(async (group) => {
      await turn();
      return group.map((r, index) => {
        answered.push(r.streamId);
        return written(index);
      });
    });
    const pending: Promise<AppendResult>[] = ['a', 'b'].map((id) => commit.submit(request(id)));
    await commit.drain();
    expect(answered).toEqual(['a', 'b']);
    await Promise.all(pending);
  });

  it('hands the writer up to maxInFlight groups at once, and answers each as it is written', async () => {
    const started: string[][] = [];
    const releases: (() => void)[] = [];
    const commit = new GroupCommit(
      async (group) => {
        started.push(group.map((r) => r.streamId));
        await new Promise<void>((resolve) => releases.push(resolve));
        return group.map((_, index) => written(index));
      },
      { maxGroup: 2, maxInFlight: 2 },
    );
    const appends = ['a', 'b', 'c', 'd', 'e'].map((id) => commit.submit(request(id)));
    await turn();
    expect(started).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(commit.groupsInFlight).toBe(2);
    releases[0]();
    await Promise.all(appends.slice(0, 2));
    await turn();
    expect(started).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    releases[1]();
    releases[2]();
    await Promise.all(appends);
  });

  it('fails only the group whose write failed, not the one out behind it', async () => {
    let calls = 0;
    const commit = new GroupCommit(
      async (group) => {
        calls += 1;
        if (calls === 1) throw new Error('disk gone');
        return group.map((_, index) => written(index));
      },
      { maxGroup: 2, maxInFlight: 2 },
    );
    const settled = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((id) => commit.submit(request(id))),
    );
    expect(settled.map((s) => s.status)).toEqual([
      'rejected',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
  });

  it('hands a full group over at once, without waiting for the next turn', async () => {
    const groups: string[][] = [];
    const commit = new GroupCommit(
      (group) => {
        groups.push(group.map((r) => r.streamId));
        return group.map((_, index) => written(index));
      },
      { maxGroup: 2, maxInFlight: 2 },
    );
    const appends = ['a', 'b', 'c'].map((id) => commit.submit(request(id)));
    expect(groups).toEqual([['a', 'b']]);
    await Promise.all(appends);
    expect(groups).toEqual([['a', 'b'], ['c']]);
  });
});
