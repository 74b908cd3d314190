import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './openapi';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** Methods that change something: they carry the session's CSRF token (the console contract). */
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_COOKIE = 'mf_csrf';

function cookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** What the console does when a request answers 401 (the session ended): set by the session. */
let onUnauthenticated: () => void = () => {};
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

const session: Middleware = {
  onRequest({ request }) {
    if (UNSAFE.has(request.method)) {
      const token = cookie(CSRF_COOKIE);
      if (token) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/session')) {
      onUnauthenticated();
    }
    return response;
  },
};

/** The api, typed from its OpenAPI document; the session cookie goes with every request. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
});
api.use(session);

/** An answer that is not a success: its status and the api's problem (RFC 9457). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly response: Response,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

/** The data of a successful answer, or an ApiError with the problem the api answered. */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, asProblem(error), response);
  return data as T;
}

/** The data and the answer itself (for its ETag). */
export async function withResponse<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, asProblem(error), response);
  return { data: data as T, response };
}

function asProblem(error: unknown): Problem | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? (error as Problem)
    : undefined;
}

/** A plain request for what the typed client does not parse (CSV, NDJSON), with the same headers. */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (UNSAFE.has((init.method ?? 'GET').toUpperCase())) {
    const token = cookie(CSRF_COOKIE);
    if (token) headers.set('X-CSRF-Token', token);
  }
  const response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  if (response.status === 401) onUnauthenticated();
  if (!response.ok) {
    const problem = await response.json().catch(() => undefined);
    throw new ApiError(response.status, asProblem(problem), response);
  }
  return response;
}
