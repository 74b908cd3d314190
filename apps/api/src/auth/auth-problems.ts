import { ProblemException } from '../http/problem';

/**
 * The guard's refusals, built here once: the guard throws them and the problem catalogue shows them
 * as the OpenAPI document's examples.
 */
export function unauthenticated(): ProblemException {
  return new ProblemException(401, 'unauthenticated', {
    vi: 'Thiếu hoặc sai mã truy cập (Bearer token) hay phiên đăng nhập, hoặc đã hết hạn',
    en: 'Missing, invalid or expired bearer token or session',
  });
}

/** A cookie-authenticated write without the session's CSRF token in X-CSRF-Token (ADR 0015). */
export function csrfFailed(): ProblemException {
  return new ProblemException(403, 'csrf_failed', {
    vi: 'Yêu cầu ghi bằng phiên đăng nhập phải gửi tiêu đề X-CSRF-Token bằng giá trị cookie mf_csrf',
    en: 'A write with a session cookie must send the X-CSRF-Token header equal to the mf_csrf cookie',
  });
}

/** A session after a password reset, anywhere but the routes of the session itself. */
export function passwordChangeRequired(): ProblemException {
  return new ProblemException(403, 'password_change_required', {
    vi: 'Mật khẩu đã được đặt lại: hãy đổi mật khẩu (POST /api/session/password) trước khi làm việc khác',
    en: 'The password was reset: change it (POST /api/session/password) before anything else',
  });
}

/** A route of the session itself called with a bearer token. */
export function sessionRequired(): ProblemException {
  return new ProblemException(401, 'unauthenticated', {
    vi: 'Thao tác này cần một phiên đăng nhập (cookie), không phải mã truy cập Bearer',
    en: 'This needs a signed-in session (cookie), not a bearer token',
  });
}
