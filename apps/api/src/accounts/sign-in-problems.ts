import type { Response } from 'express';
import { ProblemException } from '../http/problem';

/**
 * The refusals of signing in, built here once: the session controller throws them and the problem
 * catalogue shows them as the OpenAPI document's examples.
 */

/** The same answer for an unknown username and a wrong password. */
export function invalidCredentials(): ProblemException {
  return new ProblemException(401, 'invalid_credentials', {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong username or password',
  });
}

/** Only told to whoever gave the right password. */
export function accountDisabled(): ProblemException {
  return new ProblemException(403, 'account_disabled', {
    vi: 'Tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên',
    en: 'The account is disabled; ask an administrator',
  });
}

function minutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** Repeated failures locked the account; Retry-After says when the lock runs out. */
export function accountLocked(retryAfterSeconds: number, response?: Response): ProblemException {
  response?.setHeader('Retry-After', String(retryAfterSeconds));
  return new ProblemException(
    423,
    'account_locked',
    {
      vi: `Tài khoản tạm khóa do đăng nhập sai nhiều lần; hãy thử lại sau ${minutes(retryAfterSeconds)} phút`,
      en: `The account is locked after repeated failed sign-ins; try again in ${minutes(retryAfterSeconds)} min`,
    },
    { details: { retryAfterSeconds } },
  );
}

/** Too many attempts from the address or at the username within the window. */
export function signInLimited(
  limited: {
    readonly per: 'address' | 'username';
    readonly limit: number;
    readonly windowSeconds: number;
    readonly retryAfterSeconds: number;
  },
  response?: Response,
): ProblemException {
  const { per, limit, windowSeconds, retryAfterSeconds } = limited;
  response?.setHeader('Retry-After', String(retryAfterSeconds));
  return new ProblemException(
    429,
    'too_many_requests',
    {
      vi: `Quá nhiều lần đăng nhập (${per === 'address' ? 'theo địa chỉ' : 'theo tên đăng nhập'}: tối đa ${limit} trong ${windowSeconds} giây); hãy thử lại sau ${retryAfterSeconds} giây`,
      en: `Too many sign-in attempts (per ${per}: at most ${limit} in ${windowSeconds} s); retry after ${retryAfterSeconds} s`,
    },
    { details: { limit, windowSeconds, retryAfterSeconds, per } },
  );
}
