import type { Bilingual } from '@memberflow/domain';

/** One invalid field of a request, named by its path (e.g. `person.dateOfBirth`). */
export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
  /** The same messages in Vietnamese, in the same order (a body's fields; http/field-messages.ts). */
  readonly vi?: readonly string[];
}

/** An RFC 9457 problem document, as api.md §Errors describes it. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly message: Bilingual;
  readonly rule?: string;
  readonly errors?: readonly FieldError[];
  readonly details?: Readonly<Record<string, unknown>>;
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Every error the user can cause, thrown anywhere on the request path and rendered once. */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingual: Bilingual,
    readonly extra: Pick<Problem, 'rule' | 'errors' | 'details'> = {},
  ) {
    super(bilingual.en);
    this.name = 'ProblemException';
  }

  toProblem(): Problem {
    return {
      type: `https://memberflow.dev/problems/${this.code.replace(/_/g, '-')}`,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.bilingual.en,
      code: this.code,
      message: this.bilingual,
      ...this.extra,
    };
  }
}
