import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { ProblemException } from './problem';

/** The revision a client saw, from `If-Match: "7"` (weak tags and bare numbers accepted). */
export function ifMatchRevision(request: Request): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(String(header));
  if (!match) {
    throw new ProblemException(
      400,
      'invalid_header',
      {
        vi: 'Tiêu đề If-Match phải là phiên bản dạng "7"',
        en: 'If-Match must be a revision such as "7"',
      },
      { errors: [{ field: 'If-Match', messages: ['must be an ETag such as "7"'] }] },
    );
  }
  return Number(match[1]);
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export function idempotencyKey(request: Request): string | undefined {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  const key = String(header);
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new ProblemException(
      400,
      'invalid_header',
      {
        vi: 'Idempotency-Key phải gồm 1–200 ký tự ASCII in được',
        en: 'Idempotency-Key must be 1–200 printable ASCII characters',
      },
      {
        errors: [
          { field: 'Idempotency-Key', messages: ['must be 1–200 printable ASCII characters'] },
        ],
      },
    );
  }
  return key;
}

const CORRELATION_ID = /^[\w.:-]{1,100}$/;

export function correlationId(request: Request): string {
  const header = request.headers['x-correlation-id'];
  return typeof header === 'string' && CORRELATION_ID.test(header) ? header : randomUUID();
}

export function etagOf(revision: number): string {
  return `"${revision}"`;
}
