import type { Decider, Decision } from '../kernel/decider';
import type { Facts, FactsNeeded } from '../kernel/facts';
import type { Rejection } from '../kernel/rejection';
import type { AccountCommand, AccountEvent } from './account.events';
import { rejectAccount } from './account.rules';
import {
  evolveAccount,
  initialAccountState,
  instant,
  lockedAt,
  type AccountState,
} from './account.state';
import {
  DISPLAY_NAME_MAX_LENGTH,
  LOCKOUT,
  WHOLE_DEPLOYMENT_SCOPE,
  isAccountRole,
  isUsername,
  ACCOUNT_ROLES,
} from './account.vocabulary';

/** What the account rules look up: the unit an account is scoped to. */
export interface AccountContext {
  readonly facts: Facts;
}

/** The units a command names as an account's scope (not `*`): they must exist and be active. */
export function accountFactsNeeded(command: AccountCommand): FactsNeeded {
  const scope =
    command.action === 'create' || command.action === 'change-role'
      ? command.payload.orgScope
      : WHOLE_DEPLOYMENT_SCOPE;
  return { members: [], orgs: scope === WHOLE_DEPLOYMENT_SCOPE ? [] : [scope] };
}

function checkStream(command: AccountCommand, state: AccountState): Rejection | undefined {
  if (!isUsername(command.username)) {
    return rejectAccount(
      'R-ACCOUNT-USERNAME',
      {
        vi: `Tên đăng nhập "${command.username}" không hợp lệ: 3–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang`,
        en: `Username "${command.username}" is not valid: 3–64 of a-z, 0-9, dot, underscore, hyphen`,
      },
      { field: 'username' },
    );
  }
  if (state.username !== undefined && state.username !== command.username) {
    return rejectAccount(
      'R-ACCOUNT-STREAM',
      {
        vi: `Luồng này là của tài khoản ${state.username}`,
        en: `This stream is the account ${state.username}'s`,
      },
      { username: state.username },
    );
  }
  return undefined;
}

function checkRole(role: unknown): Rejection | undefined {
  if (isAccountRole(role)) return undefined;
  return rejectAccount(
    'R-ACCOUNT-ROLE',
    {
      vi: `Vai trò "${String(role)}" không có; các vai trò: ${ACCOUNT_ROLES.join(', ')}`,
      en: `There is no role "${String(role)}"; the roles are: ${ACCOUNT_ROLES.join(', ')}`,
    },
    { field: 'role' },
  );
}

function checkScope(orgScope: string, facts: Facts): Rejection | undefined {
  if (orgScope === WHOLE_DEPLOYMENT_SCOPE) return undefined;
  const unit = facts.org(orgScope);
  if (unit === undefined) {
    return rejectAccount(
      'R-ACCOUNT-SCOPE',
      {
        vi: `Không có đơn vị ${orgScope} để làm phạm vi của tài khoản`,
        en: `There is no unit ${orgScope} to scope the account to`,
      },
      { field: 'orgScope', orgScope },
    );
  }
  if (!unit.active) {
    return rejectAccount(
      'R-ACCOUNT-SCOPE',
      {
        vi: `Đơn vị ${unit.name} không còn hoạt động`,
        en: `Unit ${unit.name} is no longer active`,
      },
      { field: 'orgScope', orgScope },
    );
  }
  return undefined;
}

function checkDisplayName(displayName: string): Rejection | undefined {
  const length = displayName.trim().length;
  if (length > 0 && length <= DISPLAY_NAME_MAX_LENGTH) return undefined;
  return rejectAccount(
    'R-ACCOUNT-NAME',
    {
      vi: `Tên hiển thị không được để trống, tối đa ${DISPLAY_NAME_MAX_LENGTH} ký tự`,
      en: `A display name is required, at most ${DISPLAY_NAME_MAX_LENGTH} characters`,
    },
    { field: 'displayName' },
  );
}

function unchanged(what: { vi: string; en: string }): Rejection {
  return rejectAccount('R-ACCOUNT-UNCHANGED', what);
}

function selfRefused(command: AccountCommand): Rejection | undefined {
  if (command.by !== command.username) return undefined;
  return rejectAccount('R-ACCOUNT-SELF', {
    vi: 'Không thể tự vô hiệu hóa hay đổi vai trò, phạm vi tài khoản của chính mình; hãy nhờ một quản trị viên khác',
    en: 'You cannot disable your own account or change its role or scope; ask another administrator',
  });
}

function disabledRefused(state: AccountState): Rejection | undefined {
  if (state.status !== 'disabled') return undefined;
  return rejectAccount('R-ACCOUNT-DISABLED', {
    vi: `Tài khoản ${state.username} đã bị vô hiệu hóa`,
    en: `Account ${state.username} is disabled`,
  });
}

function create(
  command: Extract<AccountCommand, { action: 'create' }>,
  state: AccountState,
  context: AccountContext,
): Decision<AccountEvent> {
  if (state.status !== 'none') {
    return rejectAccount(
      'R-ACCOUNT-EXISTS',
      {
        vi: `Đã có tài khoản ${command.username}`,
        en: `There is an account ${command.username} already`,
      },
      { field: 'username' },
    );
  }
  const { displayName, role, orgScope, password, mustChangePassword } = command.payload;
  const problem =
    checkDisplayName(displayName) ?? checkRole(role) ?? checkScope(orgScope, context.facts);
  if (problem) return problem;
  const { occurredOn, at, by, username } = command;
  return [
    {
      type: 'AccountCreated',
      occurredOn,
      data: { username, displayName: displayName.trim(), role, orgScope, by, at },
    },
    { type: 'PasswordSet', occurredOn, data: { password, mustChangePassword, by, at } },
  ];
}

function changeRole(
  command: Extract<AccountCommand, { action: 'change-role' }>,
  state: AccountState,
  context: AccountContext,
): Decision<AccountEvent> {
  const { role, orgScope } = command.payload;
  const problem = checkRole(role) ?? checkScope(orgScope, context.facts) ?? selfRefused(command);
  if (problem) return problem;
  if (role === state.role && orgScope === state.orgScope) {
    return unchanged({
      vi: `Tài khoản ${state.username} đã có vai trò ${role}, phạm vi ${orgScope}`,
      en: `Account ${state.username} has role ${role} and scope ${orgScope} already`,
    });
  }
  return [
    {
      type: 'AccountRoleChanged',
      occurredOn: command.occurredOn,
      data: {
        role,
        orgScope,
        previousRole: state.role ?? role,
        previousOrgScope: state.orgScope ?? orgScope,
        by: command.by,
        at: command.at,
      },
    },
  ];
}

/**
 * The failed sign-ins within the window ending at the command's instant lock the account when there
 * are enough of them; fewer record nothing (the process that counts them goes on counting).
 */
function lock(
  command: Extract<AccountCommand, { action: 'lock' }>,
  state: AccountState,
): Decision<AccountEvent> {
  if (state.status !== 'active' || lockedAt(state, command.at) !== undefined) return [];
  const now = instant(command.at);
  const recent = command.payload.failures.filter((failure) => {
    const at = instant(failure);
    return at <= now && now - at < LOCKOUT.windowMs;
  });
  if (recent.length < LOCKOUT.failures) return [];
  return [
    {
      type: 'AccountLocked',
      occurredOn: command.occurredOn,
      data: {
        until: new Date(now + LOCKOUT.lockMs).toISOString(),
        failures: recent.length,
        at: command.at,
      },
    },
  ];
}

export function decideAccount(
  command: AccountCommand,
  state: AccountState,
  context: AccountContext,
): Decision<AccountEvent> {
  const stream = checkStream(command, state);
  if (stream) return stream;
  const { occurredOn, at, by } = command;
  switch (command.action) {
    case 'create':
      return create(command, state, context);
    case 'change-password':
      return (
        disabledRefused(state) ?? [
          { type: 'PasswordChanged', occurredOn, data: { password: command.payload.password, at } },
        ]
      );
    case 'reset-password':
      return [
        {
          type: 'PasswordReset',
          occurredOn,
          data: { password: command.payload.password, by, at },
        },
      ];
    case 'disable':
      if (state.status === 'disabled') {
        return unchanged({
          vi: `Tài khoản ${state.username} đã bị vô hiệu hóa`,
          en: `Account ${state.username} is disabled already`,
        });
      }
      return selfRefused(command) ?? [{ type: 'AccountDisabled', occurredOn, data: { by, at } }];
    case 'enable':
      if (state.status === 'disabled')
        return [{ type: 'AccountEnabled', occurredOn, data: { by, at } }];
      if (lockedAt(state, at) !== undefined)
        return [{ type: 'AccountUnlocked', occurredOn, data: { by, at } }];
      return unchanged({
        vi: `Tài khoản ${state.username} đang hoạt động, không bị khóa`,
        en: `Account ${state.username} is active and not locked`,
      });
    case 'change-role':
      return changeRole(command, state, context);
    case 'lock':
      return lock(command, state);
    case 'sign-out': {
      const { sessionId, sessionExpiresAt } = command.payload;
      if (state.endedSessions.some((ended) => ended.sessionId === sessionId)) return [];
      return [{ type: 'SignedOut', occurredOn, data: { sessionId, sessionExpiresAt, at } }];
    }
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState, AccountContext> = {
  initialState: initialAccountState,
  evolve: evolveAccount,
  decide: decideAccount,
};
