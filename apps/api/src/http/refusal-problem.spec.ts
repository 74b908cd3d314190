import { storeUnavailable, type Refusal } from '@memberflow/application';
import { commandOutcome, problemFor } from './refusal-problem';

const message = { vi: 'thông điệp', en: 'message' };

describe('problemFor', () => {
  it.each<[Refusal, number, string]>([
    [{ kind: 'not_found', message }, 404, 'not_found'],
    [{ kind: 'stale', message, expected: 3, actual: 4 }, 412, 'stale_revision'],
    [{ kind: 'conflict', message }, 409, 'concurrent_write'],
    [{ kind: 'key_reused', message }, 422, 'idempotency_key_reused'],
    [{ kind: 'out_of_scope', message, orgId: 'huyen' }, 403, 'out_of_scope'],
    [storeUnavailable(), 503, 'store_unavailable'],
  ])('renders %j as %d %s with its bilingual message', (refusal, status, code) => {
    const problem = problemFor(refusal).toProblem();
    expect(problem).toMatchObject({ status, code });
    expect(problem.message).toEqual('message' in refusal ? refusal.message : undefined);
  });

  it('renders a rejection as 422 naming the rule, with its details', () => {
    const problem = problemFor({
      kind: 'rejected',
      rejection: { kind: 'rejection', rule: 'R-VOTE', message, details: { inFavor: 7 } },
    }).toProblem();
    expect(problem).toMatchObject({
      status: 422,
      code: 'rule_violation',
      rule: 'R-VOTE',
      message,
      details: { inFavor: 7 },
    });
  });

  it('says which revision was expected and which is current on a stale write', () => {
    const problem = problemFor({ kind: 'stale', message, expected: 3, actual: 4 }).toProblem();
    expect(problem.details).toEqual({ expected: 3, actual: 4 });
  });
});

describe('commandOutcome', () => {
  it('throws the problem of a refusal', () => {
    expect(() => commandOutcome({ kind: 'not_found', message })).toThrow('message');
  });
});
