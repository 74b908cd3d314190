import { reject, type Bilingual, type Rejection } from '../kernel/rejection';
import type { AccountAction } from './account.events';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ACCOUNT_ROLES,
  DISPLAY_NAME_MAX_LENGTH,
} from './account.vocabulary';

/** The rules of accounts, each with its explanation (shown to auditors beside the events). */
export const ACCOUNT_RULES = {
  'R-ACCOUNT-USERNAME': {
    vi: 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang',
    en: 'A username is 3–64 characters: lower-case letters, digits, dot, underscore, hyphen',
  },
  'R-ACCOUNT-EXISTS': {
    vi: 'Mỗi tên đăng nhập chỉ dùng cho một tài khoản',
    en: 'A username names one account only',
  },
  'R-ACCOUNT-STREAM': {
    vi: 'Lệnh phải nói về tài khoản của luồng này',
    en: 'A command must be about the account of its stream',
  },
  'R-ACCOUNT-NAME': {
    vi: `Tên hiển thị không được để trống, tối đa ${DISPLAY_NAME_MAX_LENGTH} ký tự`,
    en: `A display name is required, at most ${DISPLAY_NAME_MAX_LENGTH} characters`,
  },
  'R-ACCOUNT-ROLE': {
    vi: `Vai trò là một trong: ${ACCOUNT_ROLES.join(', ')}`,
    en: `A role is one of: ${ACCOUNT_ROLES.join(', ')}`,
  },
  'R-ACCOUNT-SCOPE': {
    vi: 'Phạm vi của tài khoản là một đơn vị đang hoạt động mà hệ thống biết, hoặc * (toàn hệ thống)',
    en: "An account's scope is an active unit the system knows, or * (the whole deployment)",
  },
  'R-ACCOUNT-DISABLED': {
    vi: 'Tài khoản đã bị vô hiệu hóa',
    en: 'The account is disabled',
  },
  'R-ACCOUNT-UNCHANGED': {
    vi: 'Thao tác không thay đổi gì ở tài khoản',
    en: 'The action would change nothing',
  },
  'R-ACCOUNT-SELF': {
    vi: 'Quản trị viên không tự vô hiệu hóa hay đổi vai trò, phạm vi của chính mình',
    en: 'An administrator does not disable their own account or change its role or scope',
  },
  'R-PASSWORD-LENGTH': {
    vi: `Mật khẩu có từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự`,
    en: `A password has ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
  },
  'R-PASSWORD-USERNAME': {
    vi: 'Mật khẩu không được chứa tên đăng nhập',
    en: 'A password must not contain the username',
  },
  'R-PASSWORD-CURRENT': {
    vi: 'Phải nhập đúng mật khẩu hiện tại để đổi mật khẩu',
    en: 'Changing a password needs the current one',
  },
  'R-PASSWORD-REUSED': {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại',
    en: 'The new password must differ from the current one',
  },
} as const satisfies Record<string, Bilingual>;

export type AccountRule = keyof typeof ACCOUNT_RULES;
export const ACCOUNT_RULE_CODES = Object.keys(ACCOUNT_RULES) as AccountRule[];

const NEW_PASSWORD: readonly AccountRule[] = ['R-PASSWORD-LENGTH', 'R-PASSWORD-USERNAME'];

/** The rules each action is checked against (recorded with its events, shown to auditors). */
export const ACCOUNT_ACTION_RULES: Readonly<Record<AccountAction, readonly AccountRule[]>> = {
  create: [
    'R-ACCOUNT-USERNAME',
    'R-ACCOUNT-EXISTS',
    'R-ACCOUNT-NAME',
    'R-ACCOUNT-ROLE',
    'R-ACCOUNT-SCOPE',
    ...NEW_PASSWORD,
  ],
  'change-password': [
    'R-ACCOUNT-STREAM',
    'R-ACCOUNT-DISABLED',
    ...NEW_PASSWORD,
    'R-PASSWORD-CURRENT',
    'R-PASSWORD-REUSED',
  ],
  'reset-password': ['R-ACCOUNT-STREAM', ...NEW_PASSWORD],
  disable: ['R-ACCOUNT-STREAM', 'R-ACCOUNT-UNCHANGED', 'R-ACCOUNT-SELF'],
  enable: ['R-ACCOUNT-STREAM', 'R-ACCOUNT-UNCHANGED'],
  'change-role': [
    'R-ACCOUNT-STREAM',
    'R-ACCOUNT-ROLE',
    'R-ACCOUNT-SCOPE',
    'R-ACCOUNT-UNCHANGED',
    'R-ACCOUNT-SELF',
  ],
  lock: ['R-ACCOUNT-STREAM'],
  'sign-out': ['R-ACCOUNT-STREAM'],
};

export function rejectAccount(
  rule: AccountRule,
  message: Bilingual,
  details?: Readonly<Record<string, unknown>>,
): Rejection {
  return reject(rule, message, details);
}

/** A password as the rules read it: Unicode NFC, so that the same text typed on any keyboard matches. */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/**
 * Whether a new password may be used (before it is hashed: the domain never keeps it). `field` names
 * the body field it came in, for the client to show the message beside it.
 */
export function checkNewPassword(
  password: string,
  username: string,
  field = 'password',
): Rejection | undefined {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    return rejectAccount(
      'R-PASSWORD-LENGTH',
      {
        vi: `Mật khẩu phải có từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự (mật khẩu này có ${length})`,
        en: `A password needs ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters (this one has ${length})`,
      },
      { field, minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, length },
    );
  }
  if (username !== '' && normalized.toLowerCase().includes(username.toLowerCase())) {
    return rejectAccount(
      'R-PASSWORD-USERNAME',
      {
        vi: 'Mật khẩu không được chứa tên đăng nhập',
        en: 'The password must not contain the username',
      },
      { field },
    );
  }
  return undefined;
}

/** The current password given to change it was not the account's. */
export function wrongCurrentPassword(field = 'currentPassword'): Rejection {
  return rejectAccount(
    'R-PASSWORD-CURRENT',
    { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is not right' },
    { field },
  );
}

export function passwordReused(field = 'newPassword'): Rejection {
  return rejectAccount(
    'R-PASSWORD-REUSED',
    {
      vi: 'Mật khẩu mới phải khác mật khẩu hiện tại',
      en: 'The new password must differ from the current one',
    },
    { field },
  );
}
