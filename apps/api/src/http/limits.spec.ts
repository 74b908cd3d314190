import { PAGE_SIZE, pageRequest, searchTerm } from './limits';
import { ProblemException } from './problem';

describe('page limits', () => {
  it('defaults to the first page of the default size', () => {
    expect(pageRequest({})).toEqual({ page: 1, size: PAGE_SIZE.default, offset: 0 });
    expect(pageRequest({ page: '3', size: '20' })).toEqual({ page: 3, size: 20, offset: 40 });
  });

  it.each([
    ['size', { size: String(PAGE_SIZE.max + 1) }],
    ['size', { size: '0' }],
    ['size', { size: '-5' }],
    ['size', { size: '1e3' }],
    ['size', { size: ['10', '20'] }],
    ['page', { page: '0' }],
    ['page', { page: '99999999999' }],
    ['page', { page: 'abc' }],
  ])('refuses a bad %s with a 400 naming it', (field, query) => {
    try {
      pageRequest(query);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).toProblem()).toMatchObject({
        status: 400,
        errors: [{ field }],
      });
    }
  });

  it('takes a search term up to its length, normalized', () => {
    expect(searchTerm('  Nguye\u0302\u0303n ')).toBe('Nguyễn');
    expect(searchTerm('')).toBeUndefined();
    expect(() => searchTerm('x'.repeat(101))).toThrow(/at most 100/);
    expect(() => searchTerm(['a', 'b'])).toThrow(/once/);
  });
});
