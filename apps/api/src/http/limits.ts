import { ProblemException } from './problem';

/**
 * Limits every route shares (docs/security.md). Query routes import them, so that no answer grows
 * without bound and a new route cannot pick its own.
 */
export const PAGE_SIZE = {
  /** Rows per page when the client asks for none. */
  default: 50,
  /** The most rows one page may hold; a larger `size` is refused with 400 (queries/query-params.ts). */
  max: 200,
} as const;

/** The highest page number accepted (deep paging is what an export is for). */
export const MAX_PAGE = 100_000;

/** Longest free-text search (`q`) accepted. */
export const MAX_SEARCH_LENGTH = 100;

/** Most rows a CSV/XLSX export may hold in one answer. */
export const MAX_EXPORT_ROWS = 200_000;

export interface PageRequest {
  /** 1-based. */
  readonly page: number;
  readonly size: number;
  readonly offset: number;
}

/** A query parameter as Express parses it: a string, repeated (array), nested (object) or absent. */
type QueryValue = unknown;

/**
 * Reads `page` and `size` from a query string: integers, `size` from 1 to {@link PAGE_SIZE.max}, `page`
 * from 1 to {@link MAX_PAGE}; anything else is a 400 naming the parameter and the bound.
 */
export function pageRequest(query: { page?: QueryValue; size?: QueryValue }): PageRequest {
  const page = boundedInteger('page', query.page, 1, MAX_PAGE, 1);
  const size = boundedInteger('size', query.size, 1, PAGE_SIZE.max, PAGE_SIZE.default);
  return { page, size, offset: (page - 1) * size };
}

/** A free-text search term: at most {@link MAX_SEARCH_LENGTH} characters, NFC, trimmed. */
export function searchTerm(value: QueryValue): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw invalidParameter('q', {
      vi: 'phải là một chuỗi, chỉ một lần',
      en: 'must be given once, as text',
    });
  }
  const term = value.normalize('NFC').trim();
  if (term.length > MAX_SEARCH_LENGTH) {
    throw invalidParameter('q', {
      vi: `dài tối đa ${MAX_SEARCH_LENGTH} ký tự`,
      en: `must be at most ${MAX_SEARCH_LENGTH} characters`,
    });
  }
  return term === '' ? undefined : term;
}

function boundedInteger(
  name: string,
  value: QueryValue,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined || value === '') return fallback;
  const number = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) {
    throw invalidParameter(name, {
      vi: `phải là số nguyên từ ${min} đến ${max}`,
      en: `must be an integer from ${min} to ${max}`,
    });
  }
  return number;
}

function invalidParameter(name: string, message: { vi: string; en: string }): ProblemException {
  return new ProblemException(
    400,
    'invalid_query',
    { vi: `Tham số ${name} ${message.vi}`, en: `Query parameter ${name} ${message.en}` },
    { errors: [{ field: name, messages: [message.en] }] },
  );
}
