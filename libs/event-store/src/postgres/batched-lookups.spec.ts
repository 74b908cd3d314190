import { BatchedLookups } from './batched-lookups';

/** A lookup over a fixed map that records the keys of every query it is asked. */
function recordingLookup(
  values: ReadonlyMap<string, number>,
  failWhen?: (keys: readonly string[]) => boolean,
) {
  const asked: string[][] = [];
  const lookups = new BatchedLookups<number>(async (keys) => {
    asked.push([...keys]);
    if (failWhen?.(keys)) throw new Error('store down');
    return new Map([...values].filter(([key]) => keys.includes(key)));
  });
  return { asked, lookups };
}

describe('BatchedLookups', () => {
  const values = new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);

  it('asks the lookups made in one turn in one query, each key once, and answers each', async () => {
    const { asked, lookups } = recordingLookup(values);
    const answers = await Promise.all([
      lookups.get('a'),
      lookups.get('b'),
      lookups.get('a'),
      lookups.get('missing'),
    ]);
    expect(answers).toEqual([1, 2, 1, undefined]);
    expect(asked).toEqual([['a', 'b', 'missing']]);
  });

  it('asks a lookup made after a batch was sent in a query of its own', async () => {
    const { asked, lookups } = recordingLookup(values);
    expect(await lookups.get('a')).toBe(1);
    expect(await lookups.get('c')).toBe(3);
    expect(asked).toEqual([['a'], ['c']]);
  });

  it('fails the lookups of a failed query only, not those of the next one', async () => {
    const { asked, lookups } = recordingLookup(values, (keys) => keys.includes('b'));
    const failed = Promise.allSettled([lookups.get('a'), lookups.get('b')]);
    expect((await failed).map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(await lookups.get('c')).toBe(3);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });
});
