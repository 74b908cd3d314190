import { fold } from '../kernel/decider';
import type { Facts, OrgFacts } from '../kernel/facts';
import { isRejection } from '../kernel/rejection';
import {
  accountDecider,
  accountFactsNeeded,
  checkNewPassword,
  lockedAt,
  lockSecondsLeft,
  sessionEnd,
  signInVerdict,
  type AccountCommand,
  type AccountEvent,
  type AccountRule,
  type PasswordHash,
} from './index';

const units: Record<string, OrgFacts> = {
  'huyen-a': {
    id: 'huyen-a',
    kind: 'direct_committee',
    name: 'Huyện ủy A',
    parentId: 'tinh',
    active: true,
    admissionAuthority: false,
    ancestorIds: ['tinh'],
  },
  'huyen-cu': {
    id: 'huyen-cu',
    kind: 'direct_committee',
    name: 'Huyện ủy cũ',
    parentId: 'tinh',
    active: false,
    admissionAuthority: false,
    ancestorIds: ['tinh'],
  },
};
const facts: Facts = { member: () => undefined, org: (id) => units[id] };

const HASH: PasswordHash = {
  algorithm: 'scrypt',
  params: { N: 32768, r: 8, p: 1, keyLength: 64 },
  salt: 'c2FsdA==',
  hash: 'aGFzaA==',
};
const OTHER_HASH: PasswordHash = { ...HASH, salt: 'b3RoZXI=' };
const T0 = '2026-03-02T01:00:00.000Z';
/** `minutes` after T0, as an instant. */
const after = (minutes: number, ms = 0) =>
  new Date(Date.parse(T0) + minutes * 60_000 + ms).toISOString();

const base = (at = T0, by = 'admin') => ({
  username: 'can-bo-1',
  occurredOn: '2026-03-02',
  at,
  by,
});
const createAccount = (orgScope = 'huyen-a', role: string = 'officer'): AccountCommand => ({
  ...base(),
  action: 'create',
  payload: {
    displayName: 'Nguyễn Văn An',
    role: role as 'officer',
    orgScope,
    password: HASH,
    mustChangePassword: false,
  },
});
const created: AccountEvent[] = [
  {
    type: 'AccountCreated',
    occurredOn: '2026-03-02',
    data: {
      username: 'can-bo-1',
      displayName: 'Nguyễn Văn An',
      role: 'officer',
      orgScope: 'huyen-a',
      by: 'admin',
      at: T0,
    },
  },
  {
    type: 'PasswordSet',
    occurredOn: '2026-03-02',
    data: { password: HASH, mustChangePassword: false, by: 'admin', at: T0 },
  },
];
const lockCommand = (at: string, failures: string[]): AccountCommand => ({
  ...base(at, 'memberflow-sign-in'),
  action: 'lock',
  payload: { failures },
});
const simple = (action: 'disable' | 'enable', at = T0, by = 'admin'): AccountCommand => ({
  ...base(at, by),
  action,
  payload: {},
});

function given(...history: AccountEvent[]) {
  const state = fold(accountDecider, history);
  return {
    state,
    when(command: AccountCommand) {
      const decision = accountDecider.decide(command, state, { facts });
      return {
        decision,
        then: (...expected: AccountEvent[]) => expect(decision).toEqual(expected),
        types: () => (isRejection(decision) ? decision.rule : decision.map((e) => e.type)),
        rejectedBy: (rule: AccountRule) =>
          expect(isRejection(decision) ? decision.rule : decision).toBe(rule),
        after: () => fold(accountDecider, [...history, ...(isRejection(decision) ? [] : decision)]),
      };
    },
  };
}

describe('an account of a person', () => {
  it('is created with its role, scope, display name and first password, by whom and when', () => {
    given()
      .when(createAccount())
      .then(...created);
    const state = fold(accountDecider, created);
    expect(state).toMatchObject({
      username: 'can-bo-1',
      status: 'active',
      role: 'officer',
      orgScope: 'huyen-a',
      createdBy: 'admin',
      createdAt: T0,
      mustChangePassword: false,
      sessionVersion: 0,
    });
  });

  it('may be scoped to the whole deployment, and needs no unit then', () => {
    expect(given().when(createAccount('*', 'admin')).types()).toEqual([
      'AccountCreated',
      'PasswordSet',
    ]);
    expect(accountFactsNeeded(createAccount('*'))).toEqual({ members: [], orgs: [] });
    expect(accountFactsNeeded(createAccount('huyen-a'))).toEqual({
      members: [],
      orgs: ['huyen-a'],
    });
  });

  it('refuses a scope the store does not know or that is no longer active, and a role that is not one', () => {
    given().when(createAccount('nowhere')).rejectedBy('R-ACCOUNT-SCOPE');
    given().when(createAccount('huyen-cu')).rejectedBy('R-ACCOUNT-SCOPE');
    given().when(createAccount('huyen-a', 'superuser')).rejectedBy('R-ACCOUNT-ROLE');
  });

  it('refuses a username of the wrong spelling and a second account of the same name', () => {
    given()
      .when({ ...createAccount(), username: 'Có Dấu' })
      .rejectedBy('R-ACCOUNT-USERNAME');
    given()
      .when({ ...createAccount(), username: 'ab' })
      .rejectedBy('R-ACCOUNT-USERNAME');
    given(...created)
      .when(createAccount())
      .rejectedBy('R-ACCOUNT-EXISTS');
  });

  it('changes role and scope, recording the previous ones; not to the same, not one’s own', () => {
    const change = (by = 'admin', role: 'auditor' | 'officer' = 'auditor'): AccountCommand => ({
      ...base(after(1), by),
      action: 'change-role',
      payload: { role, orgScope: 'huyen-a' },
    });
    given(...created)
      .when(change())
      .then({
        type: 'AccountRoleChanged',
        occurredOn: '2026-03-02',
        data: {
          role: 'auditor',
          orgScope: 'huyen-a',
          previousRole: 'officer',
          previousOrgScope: 'huyen-a',
          by: 'admin',
          at: after(1),
        },
      });
    given(...created)
      .when(change('admin', 'officer'))
      .rejectedBy('R-ACCOUNT-UNCHANGED');
    given(...created)
      .when(change('can-bo-1'))
      .rejectedBy('R-ACCOUNT-SELF');
  });
});

describe('locking after repeated failed sign-ins', () => {
  const failures = (count: number, spacingMinutes = 1) =>
    Array.from({ length: count }, (_, i) => after(i * spacingMinutes));

  it('records nothing for four failures, and locks for 15 minutes at the fifth', () => {
    given(...created)
      .when(lockCommand(after(3), failures(4)))
      .then();
    const fifth = given(...created).when(lockCommand(after(4), failures(5)));
    fifth.then({
      type: 'AccountLocked',
      occurredOn: '2026-03-02',
      data: { until: after(19), failures: 5, at: after(4) },
    });
    expect(lockedAt(fifth.after(), after(4))).toBe(after(19));
  });

  it('counts only the failures of the last 15 minutes: one exactly 15 minutes old no longer counts', () => {
    const spread = [after(0), after(5), after(10), after(12), after(15)];
    given(...created)
      .when(lockCommand(after(15), spread))
      .then();
    expect(
      given(...created)
        .when(lockCommand(after(15, -1), [after(0), after(5), after(10), after(12), after(15, -1)]))
        .types(),
    ).toEqual(['AccountLocked']);
  });

  const locked: AccountEvent = {
    type: 'AccountLocked',
    occurredOn: '2026-03-02',
    data: { until: after(19), failures: 5, at: after(4) },
  };

  it('refuses even the right password while locked, and unlocks itself after 15 minutes', () => {
    const state = given(...created, locked).state;
    expect(signInVerdict(state, after(4))).toBe('locked');
    expect(signInVerdict(state, after(19, -1))).toBe('locked');
    expect(lockSecondsLeft(state, after(19, -1))).toBe(1);
    expect(lockSecondsLeft(state, after(4))).toBe(900);
    expect(signInVerdict(state, after(19))).toBe('allowed');
    expect(lockedAt(state, after(19))).toBeUndefined();
  });

  it('does not lock again while locked, nor a disabled account', () => {
    given(...created, locked)
      .when(lockCommand(after(10), failures(10, 1)))
      .then();
    const disabled = given(...created)
      .when(simple('disable'))
      .after();
    expect(accountDecider.decide(lockCommand(after(4), failures(5)), disabled, { facts })).toEqual(
      [],
    );
  });

  it('lets an administrator lift a lock before it runs out', () => {
    given(...created, locked)
      .when(simple('enable', after(6)))
      .then({
        type: 'AccountUnlocked',
        occurredOn: '2026-03-02',
        data: { by: 'admin', at: after(6) },
      });
    given(...created)
      .when(simple('enable', after(6)))
      .rejectedBy('R-ACCOUNT-UNCHANGED');
  });
});

describe('a disabled account', () => {
  const disabled = () =>
    given(...created)
      .when(simple('disable'))
      .after();

  it('cannot sign in, ends every session, and cannot change its password', () => {
    const state = disabled();
    expect(state.status).toBe('disabled');
    expect(signInVerdict(state, after(1))).toBe('disabled');
    expect(sessionEnd(state, { sessionId: 's1', version: 0 })).toBe('disabled');
    const change: AccountCommand = {
      ...base(after(1), 'can-bo-1'),
      action: 'change-password',
      payload: { password: OTHER_HASH },
    };
    expect(accountDecider.decide(change, state, { facts })).toMatchObject({
      rule: 'R-ACCOUNT-DISABLED',
    });
  });

  it('is enabled again, its old sessions staying ended', () => {
    const enabled = fold(accountDecider, [
      ...created,
      { type: 'AccountDisabled', occurredOn: '2026-03-02', data: { by: 'admin', at: T0 } },
      { type: 'AccountEnabled', occurredOn: '2026-03-02', data: { by: 'admin', at: after(1) } },
    ]);
    expect(signInVerdict(enabled, after(2))).toBe('allowed');
    expect(sessionEnd(enabled, { sessionId: 's1', version: 0 })).toBe('superseded');
    expect(
      sessionEnd(enabled, { sessionId: 's2', version: enabled.sessionVersion }),
    ).toBeUndefined();
  });

  it('is not disabled twice, nor by its own holder', () => {
    given(...created, {
      type: 'AccountDisabled',
      occurredOn: '2026-03-02',
      data: { by: 'admin', at: T0 },
    })
      .when(simple('disable'))
      .rejectedBy('R-ACCOUNT-UNCHANGED');
    given(...created)
      .when(simple('disable', T0, 'can-bo-1'))
      .rejectedBy('R-ACCOUNT-SELF');
  });
});

describe('passwords and sessions', () => {
  it('forces a change after a reset, ends every session and lifts a lock', () => {
    const reset: AccountCommand = {
      ...base(after(5)),
      action: 'reset-password',
      payload: { password: OTHER_HASH },
    };
    const lockedFirst: AccountEvent = {
      type: 'AccountLocked',
      occurredOn: '2026-03-02',
      data: { until: after(19), failures: 5, at: after(4) },
    };
    const state = given(...created, lockedFirst)
      .when(reset)
      .after();
    expect(state).toMatchObject({
      mustChangePassword: true,
      sessionVersion: 1,
      lockedUntil: undefined,
      password: OTHER_HASH,
    });
    expect(sessionEnd(state, { sessionId: 's1', version: 0 })).toBe('superseded');
  });

  it('clears the forced change when the holder changes the password, ending their other sessions', () => {
    const reset: AccountEvent = {
      type: 'PasswordReset',
      occurredOn: '2026-03-02',
      data: { password: OTHER_HASH, by: 'admin', at: after(1) },
    };
    const change: AccountCommand = {
      ...base(after(2), 'can-bo-1'),
      action: 'change-password',
      payload: { password: HASH },
    };
    const state = given(...created, reset)
      .when(change)
      .after();
    expect(state.mustChangePassword).toBe(false);
    expect(state.sessionVersion).toBe(2);
  });

  it('ends a signed-out session only, once', () => {
    const signOut: AccountCommand = {
      ...base(after(1), 'can-bo-1'),
      action: 'sign-out',
      payload: { sessionId: 's1', sessionExpiresAt: after(480) },
    };
    const state = given(...created)
      .when(signOut)
      .after();
    expect(sessionEnd(state, { sessionId: 's1', version: 0 })).toBe('signed_out');
    expect(sessionEnd(state, { sessionId: 's2', version: 0 })).toBeUndefined();
    expect(accountDecider.decide(signOut, state, { facts })).toEqual([]);
  });

  it('forgets signed-out sessions once they would have expired anyway', () => {
    const out = (sessionId: string, at: string, expiresAt: string): AccountEvent => ({
      type: 'SignedOut',
      occurredOn: '2026-03-02',
      data: { sessionId, sessionExpiresAt: expiresAt, at },
    });
    const state = fold(accountDecider, [
      ...created,
      out('s1', after(1), after(10)),
      out('s2', after(11), after(500)),
    ]);
    expect(state.endedSessions.map((s) => s.sessionId)).toEqual(['s2']);
  });

  it.each([
    ['of 5 characters', 'R-PASSWORD-LENGTH', 'short'],
    ['of 257 characters', 'R-PASSWORD-LENGTH', 'x'.repeat(257)],
    ['holding the username', 'R-PASSWORD-USERNAME', 'mat-khau-can-bo-1-xyz'],
  ])('refuses a new password %s by %s, naming the field', (_label, rule, password) => {
    expect(checkNewPassword(password, 'can-bo-1', 'newPassword')).toMatchObject({
      rule,
      details: expect.objectContaining({ field: 'newPassword' }),
    });
  });

  it('counts a password in characters after NFC, and accepts ten of them', () => {
    expect(checkNewPassword('Mật khẩu 1', 'can-bo-1')).toBeUndefined();
    expect(checkNewPassword('Mật khẩu 1'.normalize('NFD'), 'can-bo-1')).toBeUndefined();
    expect(checkNewPassword('123456789', 'can-bo-1')).toMatchObject({
      details: { length: 9, minLength: 10 },
    });
  });
});
