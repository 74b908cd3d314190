import type { Bilingual, Rejection } from '@memberflow/domain';

/**
 * Why the application did not do what it was asked, in its own words: the edges (HTTP, CLI) turn
 * each kind into their answer in one place. The message is for people, in Vietnamese and English.
 */
export type Refusal =
  /** A rule of the regulations forbids the step. */
  | { readonly kind: 'rejected'; readonly rejection: Rejection }
  | { readonly kind: 'not_found'; readonly message: Bilingual }
  /** The caller named the revision it saw (If-Match) and the record has moved on since. */
  | {
      readonly kind: 'stale';
      readonly message: Bilingual;
      readonly expected: number;
      readonly actual: number | undefined;
    }
  /** Concurrent writes kept winning within the retries. */
  | { readonly kind: 'conflict'; readonly message: Bilingual }
  /** An idempotency key already used for a different command. */
  | { readonly kind: 'key_reused'; readonly message: Bilingual }
  | { readonly kind: 'out_of_scope'; readonly message: Bilingual; readonly orgId: string }
  /** The store cannot be reached or cannot write now: nothing was recorded, a retry may succeed. */
  | { readonly kind: 'unavailable'; readonly message: Bilingual };

export type RefusalKind = Refusal['kind'];

/** A refusal met outside the command path (a read of a record), thrown to the edge that renders it. */
export class RefusalError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.kind === 'rejected' ? refusal.rejection.message.en : refusal.message.en);
    this.name = 'RefusalError';
  }
}

export function notFound(message: Bilingual): RefusalError {
  return new RefusalError({ kind: 'not_found', message });
}

/** The words of a member id nothing was recorded for (readers, history, the OpenAPI example). */
export function noMember(id: string): Bilingual {
  return { vi: `Không tìm thấy đảng viên/quần chúng ${id}`, en: `No member ${id}` };
}

/** The words of a unit id the store or the tree does not know. */
export function noUnit(id: string): Bilingual {
  return { vi: `Không tìm thấy đơn vị ${id}`, en: `No organization unit ${id}` };
}

export function storeUnavailable(): Refusal {
  return {
    kind: 'unavailable',
    message: {
      vi: 'Kho dữ liệu tạm thời không truy cập được; yêu cầu chưa được thực hiện xong. Hãy thử lại sau ít phút (thao tác ghi: gửi lại với cùng Idempotency-Key)',
      en: 'The data store cannot be reached right now; the request could not be completed. Retry in a moment (a write: retry with the same Idempotency-Key)',
    },
  };
}

/** A refusal in one line of English, for logs and the CLI: the rule's code leads when a rule refused. */
export function refusalText(refusal: Refusal): string {
  if (refusal.kind === 'rejected') {
    return `${refusal.rejection.rule}: ${refusal.rejection.message.en}`;
  }
  return `${refusal.kind}: ${refusal.message.en}`;
}
