import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiResponse, type HeadersObject } from '@nestjs/swagger';
import type { Schema } from './json-schema';
import type { ProblemCode } from './problem-catalogue';

/**
 * What an operation does, as far as the errors it can answer go: openapi.ts documents each kind's
 * problem responses once (with what the document itself tells: a body, query parameters, If-Match).
 * Public operations (no bearer token) state no kind.
 */
export type OperationKind =
  /** A step on an existing record, decided by the command path (http/refusal-problem.ts). */
  | 'command'
  /** The command path, creating the record when there is none (a member, a unit, a plan). */
  | 'creating-command'
  /** The command path once per row: a row's refusal is in the 200 answer, not its status. */
  | 'batch-command'
  /** Reads a record or unit from its stream: the token's scope must reach it. */
  | 'scoped-read'
  /** Reads the projections under a unit of the token's scope (queries/unit-scope.ts). */
  | 'query'
  /** Acts on or reads the whole deployment: a token of scope `*` only. */
  | 'whole-deployment'
  /** Reads what a permitted role may read whatever its scope. */
  | 'unscoped-read'
  /** The caller's own session (a cookie, whatever the role): read it, end it, change the password. */
  | 'session';

/** The operation's kind in the document (`x-memberflow-kind`), read by openapi.ts and by clients' tools. */
export const KIND_EXTENSION = 'x-memberflow-kind';

/** Problems an operation answers beyond its kind's (`x-memberflow-problems`, read by openapi.ts). */
export const PROBLEMS_EXTENSION = 'x-memberflow-problems';

/** States problems of the operation's own (sign-in's 401 and 423, a password rule's 422). */
export function ApiProblems(...codes: ProblemCode[]): MethodDecorator {
  return ApiExtension(PROBLEMS_EXTENSION, codes);
}

/** States the kind of an operation, or of every operation of a controller. */
export function ApiKind(kind: OperationKind): MethodDecorator & ClassDecorator {
  return ApiExtension(KIND_EXTENSION, kind);
}

/** Headers of answers (api.md; exposed to browsers by security/http-hardening.ts). */
export const ANSWER_HEADERS = {
  etag: {
    ETag: {
      description: 'The revision of the record, quoted ("7"): send it back as If-Match',
      schema: { type: 'string', example: '"7"' },
    },
  },
  location: {
    Location: {
      description: 'Where the record is read',
      schema: { type: 'string', example: '/api/members/5f1c2a7e-3b9d-5c4e-8a21-0d6f4b2e9c13' },
    },
  },
  replayed: {
    'Idempotent-Replayed': {
      description:
        'true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded',
      schema: { type: 'string', enum: ['true'] },
    },
  },
  retryAfter: {
    'Retry-After': {
      description: 'Seconds to wait before retrying',
      schema: { type: 'integer', example: 5 },
    },
  },
  setCookie: {
    'Set-Cookie': {
      description:
        'mf_session (HttpOnly, SameSite=Strict, Path=/, 8 h; Secure in production) and mf_csrf (the CSRF token, readable by scripts)',
      schema: { type: 'string' },
    },
  },
} as const satisfies Readonly<Record<string, HeadersObject>>;

/** A success answer of an operation: its status, what it is, and its body's schema. */
export function ApiAnswer(
  status: number,
  description: string,
  schema: Schema,
  headers?: HeadersObject,
): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description,
    schema,
    ...(headers === undefined ? {} : { headers }),
  });
}

/** The answers of a command that creates a record: 201, or 200 when it is a retry (Idempotency-Key). */
export function ApiCreated(description: string, schema: Schema): MethodDecorator {
  return applyDecorators(
    ApiAnswer(201, `${description}: created`, schema, ANSWER_HEADERS.location),
    ApiAnswer(
      200,
      `${description}: a retry with the same Idempotency-Key, answered as the first time`,
      schema,
      ANSWER_HEADERS.location,
    ),
  );
}
