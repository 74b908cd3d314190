import type { AccountView } from '@memberflow/application';
import { ACCOUNT_ROLES } from '@memberflow/domain/account';
import { HISTORY_ENTRY } from '../../audit/dto/history.schema';
import {
  arrayOf,
  boolean,
  component,
  instant,
  integer,
  oneOfValues,
  optional,
  text,
  typedObject,
} from '../../http/json-schema';
import type { AccountsController } from '../accounts.controller';
import type { SessionController } from '../session.controller';

/** The answers about accounts and sessions (issue 19): never a password or its hash. */

const ROLE = oneOfValues(ACCOUNT_ROLES);
const SCOPE = text('A unit id, or * for the whole deployment', 'huyen-tx');
const STATUS = oneOfValues(
  ['active', 'disabled', 'locked'],
  '`locked` while a lock after repeated failed sign-ins is in force',
);

/** GET /api/accounts/{username} and every command on an account. */
export const ACCOUNT_VIEW = component(
  'AccountView',
  typedObject<AccountView>()(
    {
      username: text(undefined, 'can-bo-to-chuc'),
      displayName: text(undefined, 'Nguyễn Văn An'),
      role: ROLE,
      orgScope: SCOPE,
      status: STATUS,
      createdAt: instant(),
      createdBy: text('Who created it (a username, a token subject, the CLI)'),
      mustChangePassword: boolean('The holder must choose a new password before anything else'),
      passwordChangedAt: optional(instant()),
      lockedUntil: optional(instant('While locked: when the lock runs out')),
      revision: integer('The revision of its stream: the ETag'),
    },
    'An account of a person (no password, no hash).',
  ),
);

type AccountList = Awaited<ReturnType<AccountsController['list']>>;

/** GET /api/accounts. */
export const ACCOUNT_LIST = component(
  'AccountList',
  typedObject<AccountList>()(
    {
      items: arrayOf(
        typedObject<AccountList['items'][number]>()({
          username: text(),
          displayName: text(),
          role: ROLE,
          orgScope: SCOPE,
          status: STATUS,
          createdAt: instant(),
        }),
      ),
      total: integer('Accounts matching, all pages'),
      page: integer(),
      size: integer(),
    },
    'Accounts scoped inside the unit (or the caller’s subtree), by username.',
  ),
);

type AccountHistory = Awaited<ReturnType<AccountsController['history']>>;

/** GET /api/accounts/{username}/history. */
export const ACCOUNT_HISTORY = component(
  'AccountHistory',
  typedObject<AccountHistory>()(
    {
      username: text(),
      revision: integer(),
      count: integer(),
      events: arrayOf(HISTORY_ENTRY),
    },
    "An account's events with their metadata, in stream order: who created it, granted which role and scope, reset or changed its password, disabled, locked it, when. Password hashes are never shown.",
  ),
);

type SessionAnswer = Awaited<ReturnType<SessionController['current']>>;

/** POST and GET /api/session. */
export const SESSION_VIEW = component(
  'Session',
  typedObject<SessionAnswer>()(
    {
      username: text(),
      displayName: text(),
      role: ROLE,
      orgScope: SCOPE,
      mustChangePassword: boolean(
        'Until the password is changed (POST /api/session/password), every other route answers 403 password_change_required',
      ),
      csrfToken: text(
        'Send it back as the X-CSRF-Token header with every POST, PUT, PATCH and DELETE (it is also the mf_csrf cookie)',
      ),
      expiresAt: instant('When the session ends (8 hours after sign-in)'),
    },
    'The signed-in person and their session.',
  ),
);
