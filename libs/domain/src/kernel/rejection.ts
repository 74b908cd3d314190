/** A message shown to users, in Vietnamese (primary) and English. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/**
 * The checks of a command's date that every decider makes. They share their codes across aggregates,
 * so each aggregate's rule codes include these rather than spelling their own.
 */
export const DATE_RULES = {
  'R-DATE-VALID': { vi: 'Ngày phải là ngày có thật (YYYY-MM-DD)', en: 'Dates must be real dates' },
  'R-DATE-FUTURE': { vi: 'Ngày xảy ra không được ở tương lai', en: 'No date in the future' },
  'R-DATE-ORDER': {
    vi: 'Ngày xảy ra không được trước bước mà nó dựa vào',
    en: 'No date before the step it depends on',
  },
} as const satisfies Record<string, Bilingual>;

export type DateRule = keyof typeof DATE_RULES;
export const DATE_RULE_CODES = Object.keys(DATE_RULES) as DateRule[];

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

/**
 * A rejection citing `rule`. Deciders call it through a binding typed by their aggregate's rule codes
 * (`rejectMember`, `rejectOrg`, `rejectPlan`), so a code outside the aggregate's union does not compile.
 */
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
