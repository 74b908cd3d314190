import type { Request } from 'express';
import { BadRequestException } from '@nestjs/common';
import { reject } from '@memberflow/domain';
import { ImportFileError, outOfScope, storeUnavailable, noMember } from '@memberflow/application';
import { accountDisabled, accountLocked, invalidCredentials } from '../accounts/sign-in-problems';
import { csrfFailed, passwordChangeRequired, unauthenticated } from '../auth/auth-problems';
import { MEMBER_ACTION_BODIES } from '../members/action-bodies';
import { ACTIONS_ON_A_MEMBER } from '../members/members.controller';
import { ACTIONS_ON_A_UNIT } from '../orgs/orgs.controller';
import { importProblem } from '../imports/import-problems';
import { QueryParams, paging, rosterFilter } from '../queries/query-params';
import { refuseIdentifierSearch } from '../security/person-data';
import { resolveAction } from './action-route';
import { ProblemException, type Problem } from './problem';
import { toProblemException } from './problem.filter';
import { problemFor } from './refusal-problem';
import { ifMatchRevision } from './request-headers';
import { validateBody } from './validate-body';

/** What a problem answer is: its status, when it comes, and an example of it as the server writes it. */
interface ProblemEntry {
  readonly status: number;
  readonly when: string;
  /** An answer of the server, produced by the code that answers where it can be called here. */
  readonly example: Problem | ((path: string) => Problem);
}

/** The answer the server gives to what `run` throws. */
function answerTo(run: () => unknown): Problem {
  try {
    run();
  } catch (error) {
    return toProblemException(error).toProblem();
  }
  throw new Error('OpenAPI: an example of a problem did not fail');
}

/** Like the errors body-parser raises (bootstrap.ts parses bodies with express.json). */
function parserError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, type });
}

const MEMBER_ID = '5f1c2a7e-3b9d-5c4e-8a21-0d6f4b2e9c13';
const OFFICER_OF_A_DISTRICT = {
  id: 'can-bo-to-chuc',
  roles: ['officer'],
  orgScope: 'huyen-tx',
} as const;

/**
 * Every problem an operation of the API can answer, by code: openapi.ts lists on each operation those
 * its kind can give. The examples are real answers: produced by the code that answers (validation, the
 * refusal mapping, the body parser's errors) or, where the message is built inline in a guard or the
 * command service, written as it builds it and checked against a real answer by the OpenAPI e2e test.
 */
export const PROBLEMS = {
  invalid_body: {
    status: 400,
    when: 'the body is not what the operation takes; `errors` names every invalid field by its path',
    example: answerTo(() =>
      validateBody(MEMBER_ACTION_BODIES['record-cell-vote'], {
        vote: { entitled: 12, inFavor: 'tám' },
        occurredOn: '2023-04-31',
      }),
    ),
  },
  malformed_json: {
    status: 400,
    when: 'the body is not valid JSON',
    example: toProblemException(
      parserError(400, 'entity.parse.failed', 'Unexpected token'),
    ).toProblem(),
  },
  invalid_query: {
    status: 400,
    when: 'a query parameter is malformed or out of range; `errors` names every one',
    example: answerTo(() => {
      const params = new QueryParams({ stage: 'member', size: '500' });
      rosterFilter(params);
      paging(params);
      params.done();
    }),
  },
  invalid_header: {
    status: 400,
    when: 'If-Match or Idempotency-Key is malformed; `errors` names the header',
    example: answerTo(() =>
      ifMatchRevision({ headers: { 'if-match': 'latest' } } as unknown as Request),
    ),
  },
  http_error: {
    status: 400,
    when: 'a path parameter that is a number is not one',
    example: toProblemException(
      new BadRequestException('Validation failed (numeric string is expected)'),
    ).toProblem(),
  },
  unauthenticated: {
    status: 401,
    when: 'the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled)',
    example: unauthenticated().toProblem(),
  },
  invalid_credentials: {
    status: 401,
    when: 'the username or the password is wrong (the same answer for both)',
    example: invalidCredentials().toProblem(),
  },
  account_disabled: {
    status: 403,
    when: 'the password is right but an administrator disabled the account',
    example: accountDisabled().toProblem(),
  },
  csrf_failed: {
    status: 403,
    when: 'a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie',
    example: csrfFailed().toProblem(),
  },
  password_change_required: {
    status: 403,
    when: "the session's password was reset by an administrator: only the session's own routes answer until it is changed",
    example: passwordChangeRequired().toProblem(),
  },
  forbidden_role: {
    status: 403,
    when: "none of the token's roles may call this operation",
    example: new ProblemException(403, 'forbidden_role', {
      vi: 'Vai trò analyst không được phép thực hiện thao tác này (cần: officer, admin)',
      en: 'Role analyst may not do this (needs: officer, admin)',
    }).toProblem(),
  },
  out_of_scope: {
    status: 403,
    when: "the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token)",
    example: problemFor(outOfScope(OFFICER_OF_A_DISTRICT, 'chibo-t1')).toProblem(),
  },
  identifier_search_forbidden: {
    status: 403,
    when: 'an analyst searched by citizen ID or card number (`q` with digits)',
    example: answerTo(() => refuseIdentifierSearch({ q: '038098000101' })),
  },
  not_found: {
    status: 404,
    when: 'no member, unit or projection has the id in the path (or `orgId`)',
    example: problemFor({
      kind: 'not_found',
      message: noMember(MEMBER_ID),
    }).toProblem(),
  },
  unknown_action: {
    status: 404,
    when: 'the path names no action; the answer lists those there are',
    example: (path) =>
      answerTo(() =>
        path.startsWith('/api/orgs/')
          ? resolveAction(ACTIONS_ON_A_UNIT, 'approve', { vi: 'đơn vị', en: 'unit' })
          : resolveAction(ACTIONS_ON_A_MEMBER, 'approve', { vi: 'đảng viên', en: 'member' }),
      ),
  },
  concurrent_write: {
    status: 409,
    when: 'concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded',
    example: problemFor({
      kind: 'conflict',
      message: {
        vi: 'Hồ sơ đang được cập nhật đồng thời; đã thử lại nhưng không thành công, vui lòng thử lại',
        en: 'The record kept changing concurrently; the command could not be decided again within its retries',
      },
    }).toProblem(),
  },
  stale_revision: {
    status: 412,
    when: 'If-Match names a revision the record has moved on from; `details` gives both',
    example: problemFor({
      kind: 'stale',
      expected: 7,
      actual: 9,
      message: {
        vi: 'Hồ sơ đã thay đổi kể từ khi bạn xem (phiên bản 7, hiện tại 9); hãy tải lại',
        en: 'The record changed since you read it (revision 7, now 9); reload it',
      },
    }).toProblem(),
  },
  body_too_large: {
    status: 413,
    when: 'the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default)',
    example: toProblemException(
      parserError(413, 'entity.too.large', 'request entity too large'),
    ).toProblem(),
  },
  unsupported_media_type: {
    status: 415,
    when: 'the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read',
    example: toProblemException(
      parserError(415, 'charset.unsupported', 'unsupported charset "LATIN1"'),
    ).toProblem(),
  },
  rule_violation: {
    status: 422,
    when: 'a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures',
    // refuse-recognition with 7 of 12 in favour (a failed cell vote on admission is recorded, not refused).
    example: problemFor({
      kind: 'rejected',
      rejection: reject(
        'R-VOTE',
        {
          vi: 'Xóa tên đảng viên dự bị cần ít nhất 2/3 tổng số đảng viên chính thức của chi bộ đồng ý (7/12 < 2/3)',
          en: 'Removing a probationary member needs at least 2/3 of all official members of the cell in favor (7/12 < 2/3)',
        },
        { entitled: 12, present: 10, inFavor: 7, threshold: '2/3' },
      ),
    }).toProblem(),
  },
  idempotency_key_reused: {
    status: 422,
    when: 'the Idempotency-Key was used before for a different request',
    example: problemFor({
      kind: 'key_reused',
      message: {
        vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác',
        en: 'This Idempotency-Key was already used for a different request',
      },
    }).toProblem(),
  },
  import_file_changed: {
    status: 409,
    when: 'the file sent to commit is not the one the dry run checked: its SHA-256 differs from `commit`. Nothing was written',
    example: answerTo(() => {
      throw importProblem(
        new ImportFileError(
          'hash_mismatch',
          {
            vi: 'Tệp gửi lên không phải tệp đã kiểm tra: SHA-256 của tệp là 9f2c…, không phải 1a7e…. Hãy kiểm tra (chạy thử) lại tệp này trước khi ghi',
            en: 'This is not the file that was checked: its SHA-256 is 9f2c…, not 1a7e…. Check this file (a dry run) before committing it',
          },
          { sha256: '9f2c…', expected: '1a7e…' },
        ),
      );
    }),
  },
  import_file_unreadable: {
    status: 422,
    when: 'the file cannot be read as a roster: not a spreadsheet, an Excel 97 or password-protected file, a zip bomb, more rows than an import takes, a CSV not in UTF-8, no header row, missing or merged heading cells, no rows; `details.reason` says which. Nothing was written',
    example: answerTo(() => {
      throw importProblem(
        new ImportFileError(
          'missing_columns',
          {
            vi: 'Hàng tiêu đề (dòng 1): thiếu cột Số CCCD, Mã chi bộ',
            en: 'Header row (row 1): missing columns Số CCCD, Mã chi bộ',
          },
          { row: 1, missing: ['Số CCCD', 'Mã chi bộ'] },
        ),
      );
    }),
  },
  account_locked: {
    status: 423,
    when: 'five failed sign-ins within 15 minutes locked the account for 15 minutes (even the right password is refused meanwhile); Retry-After says when it runs out',
    example: accountLocked(900).toProblem(),
  },
  too_many_requests: {
    status: 429,
    when: 'a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry',
    example: new ProblemException(
      429,
      'too_many_requests',
      {
        vi: 'Quá nhiều yêu cầu (theo mã truy cập: tối đa 1200 trong 60 giây); hãy thử lại sau 17 giây',
        en: 'Too many requests (per token: at most 1200 in 60 s); retry after 17 s',
      },
      { details: { limit: 1200, windowSeconds: 60, retryAfterSeconds: 17, per: 'token' } },
    ).toProblem(),
  },
  store_unavailable: {
    status: 503,
    when: 'the event store cannot be reached or cannot write now; nothing was recorded',
    example: problemFor(storeUnavailable()).toProblem(),
  },
  request_timeout: {
    status: 503,
    when: 'the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key',
    example: new ProblemException(503, 'request_timeout', {
      vi: 'Yêu cầu không hoàn thành trong 30 giây; nếu là thao tác ghi, hãy gửi lại với cùng Idempotency-Key để biết kết quả',
      en: 'The request did not complete within 30 s; if it was a write, retry it with the same Idempotency-Key to learn its outcome',
    }).toProblem(),
  },
  read_model_not_ready: {
    status: 503,
    when: 'a read model the query needs is still being created',
    example: new ProblemException(503, 'read_model_not_ready', {
      vi: 'Dữ liệu tổng hợp (members) đang được khởi tạo, vui lòng thử lại sau ít giây',
      en: 'The members read model is being created; try again in a few seconds',
    }).toProblem(),
  },
} as const satisfies Readonly<Record<string, ProblemEntry>>;

export type ProblemCode = keyof typeof PROBLEMS;
