/** A message shown to users, in Vietnamese (primary) and English. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/**
 * Why a command may not happen. A value, not an exception: deciders return it and the edge maps it
 * once to an HTTP problem response (422).
 */
export interface Rejection {
  readonly kind: 'rejection';
  /** The rule's code, e.g. `R-VOTE`. */
  readonly rule: string;
  readonly message: Bilingual;
  readonly details?: Readonly<Record<string, unknown>>;
}

export function reject(
  rule: string,
  message: Bilingual,
  details?: Readonly<Record<string, unknown>>,
): Rejection {
  return details === undefined
    ? { kind: 'rejection', rule, message }
    : { kind: 'rejection', rule, message, details };
}

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && (value as Rejection).kind === 'rejection';
}
