import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from '../http/problem';

/** Deepest nesting a body may have: our bodies nest three levels; libraries recurse on each one. */
export const MAX_BODY_DEPTH = 32;

/** Keys that reach prototypes in libraries that copy objects (class-transformer, lodash, ...). */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses, before any handler sees it, a JSON body nested deeper than {@link MAX_BODY_DEPTH} or holding a
 * prototype key at any depth: both make object-copying libraries recurse without end or write where they
 * should not, which would be a 500 (or worse) instead of a 400. Walks without recursion.
 */
export function jsonGuard() {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const body: unknown = request.body;
    if (body === null || typeof body !== 'object') return next();
    const pending: { value: object; path: string; depth: number }[] = [
      { value: body, path: '', depth: 1 },
    ];
    while (pending.length > 0) {
      const { value, path, depth } = pending.pop()!;
      if (depth > MAX_BODY_DEPTH) {
        return next(
          refusal(path || '(body)', `nested deeper than ${MAX_BODY_DEPTH} levels`, {
            vi: `lồng sâu quá ${MAX_BODY_DEPTH} cấp`,
          }),
        );
      }
      for (const key of Object.keys(value)) {
        const field = path ? `${path}.${key}` : key;
        if (PROTOTYPE_KEYS.has(key)) {
          return next(refusal(field, 'is a reserved name', { vi: 'là tên dành riêng' }));
        }
        const item: unknown = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') {
          pending.push({ value: item, path: field, depth: depth + 1 });
        }
      }
    }
    next();
  };
}

function refusal(field: string, en: string, vi: { vi: string }): ProblemException {
  return new ProblemException(
    400,
    'invalid_body',
    { vi: `Dữ liệu không hợp lệ: ${field} ${vi.vi}`, en: `Invalid fields: ${field} ${en}` },
    { errors: [{ field, messages: [en] }] },
  );
}
