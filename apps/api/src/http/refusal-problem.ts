import type { CommandOutcome, CommandResult, Refusal, RefusalKind } from '@memberflow/application';
import { ProblemException } from './problem';

/** Each refusal of the application as its HTTP status and problem code: the one mapping (api.md §Errors). */
const PROBLEM_OF: Readonly<Record<RefusalKind, { status: number; code: string }>> = {
  rejected: { status: 422, code: 'rule_violation' },
  not_found: { status: 404, code: 'not_found' },
  stale: { status: 412, code: 'stale_revision' },
  conflict: { status: 409, code: 'concurrent_write' },
  key_reused: { status: 422, code: 'idempotency_key_reused' },
  out_of_scope: { status: 403, code: 'out_of_scope' },
  unavailable: { status: 503, code: 'store_unavailable' },
};

export function problemFor(refusal: Refusal): ProblemException {
  const { status, code } = PROBLEM_OF[refusal.kind];
  switch (refusal.kind) {
    case 'rejected': {
      const { rule, message, details } = refusal.rejection;
      return new ProblemException(status, code, message, { rule, ...(details ? { details } : {}) });
    }
    case 'stale':
      return new ProblemException(status, code, refusal.message, {
        details: { expected: refusal.expected, actual: refusal.actual },
      });
    default:
      return new ProblemException(status, code, refusal.message);
  }
}

/** The outcome of a command that was done, or its refusal thrown as the problem it answers. */
export function commandOutcome(result: CommandResult): CommandOutcome {
  if (result.kind === 'ok') return result;
  throw problemFor(result);
}
