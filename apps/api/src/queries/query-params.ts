import { isLocalDate, todayInVietnam, type LocalDate } from '@memberflow/domain';
import { GENDERS, MEMBER_STAGES, ETHNICITIES } from '@memberflow/domain/member';
import { parseKnownAt } from '@memberflow/application';
import { ProblemException, type FieldError } from '../http/problem';

/** A query string value as Express hands it over: absent, once, or repeated. */
export type QueryValue = string | readonly string[] | undefined;

/**
 * Reads query parameters, collecting every problem so that one 400 names them all (api.md §Errors).
 * Call {@link done} after the last read.
 */
export class QueryParams {
  private readonly errors: FieldError[] = [];

  constructor(private readonly query: Readonly<Record<string, QueryValue>>) {}

  private single(name: string): string | undefined {
    const value = this.query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value === 'string') return value.trim();
    this.errors.push({ field: name, messages: ['must be given once'] });
    return undefined;
  }

  private fail(name: string, message: string): undefined {
    this.errors.push({ field: name, messages: [message] });
    return undefined;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.single(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    this.fail(name, `must be a whole number from ${min} to ${max}`);
    return fallback;
  }

  /** A business date no later than today (Vietnam). */
  pastDate(name: string): LocalDate | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    if (!isLocalDate(raw)) return this.fail(name, 'must be a real date, YYYY-MM-DD');
    if (raw > todayInVietnam()) return this.fail(name, 'must not be in the future');
    return raw;
  }

  /** A record time: an ISO 8601 instant with its zone, or a date meaning the end of that day in Vietnam. */
  instant(name: string): string | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    const instant = parseKnownAt(raw);
    if (instant === undefined) {
      return this.fail(name, 'must be an ISO 8601 time with its zone, or a date YYYY-MM-DD');
    }
    if (instant > new Date().toISOString()) return this.fail(name, 'must not be in the future');
    return instant;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    if ((values as readonly string[]).includes(raw)) return raw as T;
    return this.fail(name, `must be one of ${values.join(', ')}`);
  }

  /** Repeated or comma-separated values, each one of `values`. */
  list(name: string, values: readonly string[]): string[] {
    const raw = this.query[name];
    const given = (raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
    const unknown = given.filter((value) => !values.includes(value));
    if (unknown.length > 0)
      this.fail(name, `unknown ${unknown.join(', ')}; known: ${values.join(', ')}`);
    return given;
  }

  text(name: string, maxLength: number): string | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    if (raw.length > maxLength) return this.fail(name, `must be at most ${maxLength} characters`);
    return raw;
  }

  done(): void {
    if (this.errors.length === 0) return;
    const fields = this.errors.map((error) => error.field).join(', ');
    throw new ProblemException(
      400,
      'invalid_query',
      { vi: `Tham số truy vấn không hợp lệ: ${fields}`, en: `Invalid query parameters: ${fields}` },
      { errors: this.errors },
    );
  }
}

/** The roster filters of api.md: stages, gender, ethnicity (`kinh`, `minority` or a group). */
export function rosterFilter(params: QueryParams) {
  return {
    stages: params.list('stage', MEMBER_STAGES),
    gender: params.oneOf('gender', GENDERS),
    ethnicity: params.oneOf('ethnicity', ['minority', ...ETHNICITIES]),
    q: params.text('q', 100),
  };
}

export const MAX_PAGE_SIZE = 200;

export function paging(params: QueryParams): { page: number; size: number } {
  return {
    page: params.integer('page', 1, 1, 1_000_000),
    size: params.integer('size', 50, 1, MAX_PAGE_SIZE),
  };
}
