import { ImportFileError } from '@memberflow/application';
import { ProblemException } from '../http/problem';

/** The largest roster file the api takes (a province's 30,000 rows are 2–6 MB). */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

/**
 * A file the import cannot read as a roster (spreadsheet-file.ts): 422 `import_file_unreadable` with
 * the reason, or 409 `import_file_changed` when a commit names the hash of another file. Nothing is
 * written in either case.
 */
export function importProblem(error: unknown): unknown {
  if (!(error instanceof ImportFileError)) return error;
  if (error.problem === 'hash_mismatch')
    return new ProblemException(409, 'import_file_changed', error.messages, {
      details: { ...error.details },
    });
  if (error.problem === 'too_large') return uploadTooLarge();
  return new ProblemException(422, 'import_file_unreadable', error.messages, {
    details: { reason: error.problem, ...error.details },
  });
}

export function uploadTooLarge(): ProblemException {
  const mib = MAX_UPLOAD_BYTES / 1024 / 1024;
  return new ProblemException(413, 'body_too_large', {
    vi: `Tệp tải lên quá lớn (tối đa ${mib} MiB): hãy chia danh sách thành nhiều tệp`,
    en: `The uploaded file is too large (at most ${mib} MiB): split the roster into several files`,
  });
}

/** The request has no file, or its multipart body is malformed. */
export function uploadInvalid(message: string): ProblemException {
  return new ProblemException(
    400,
    'invalid_body',
    {
      vi: 'Cần gửi tệp danh sách dạng multipart/form-data, trong trường "file"',
      en: 'Send the roster file as multipart/form-data, in a part named "file"',
    },
    { errors: [{ field: 'file', messages: [message] }] },
  );
}

/** `commit` is not a SHA-256. */
export function invalidCommitHash(): ProblemException {
  return new ProblemException(
    400,
    'invalid_query',
    { vi: 'Tham số truy vấn không hợp lệ: commit', en: 'Invalid query parameters: commit' },
    {
      errors: [
        {
          field: 'commit',
          messages: ['must be the SHA-256 of the file as the dry run reported it (64 hex digits)'],
        },
      ],
    },
  );
}
