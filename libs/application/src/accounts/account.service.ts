import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ACCOUNT_RULES,
  WHOLE_DEPLOYMENT_SCOPE,
  checkNewPassword,
  type AccountRole,
  type AccountRule,
  type AccountState,
  type AdminAccountAction,
} from '@memberflow/domain/account';
import type { EventStore } from '@memberflow/event-store';
import { historyEntry, type HistoryEntry } from '../audit/history-entry';
import type { Principal } from '../auth/principal';
import { ACCOUNT_AGGREGATE } from '../commands/aggregates';
import { Clock } from '../commands/clock';
import type { CommandResult } from '../commands/command.service';
import { FactsLoader } from '../commands/facts-loader';
import { assertScopeCovers } from '../commands/scope';
import { loadStream } from '../commands/stream-loader';
import { notFound } from '../outcome/refusal';
import { EVENT_STORE } from '../store/event-store.provider';
import { AccountStates } from './account-states';
import { accountCommand, stamp, type AccountRequestContext } from './account-commands';
import { accountView, type AccountView } from './account-view';
import { hashPassword } from './passwords';
import type { SessionClaims } from './sessions';

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly orgScope: string;
  readonly password: string;
  readonly mustChangePassword?: boolean;
  readonly reason?: string;
}

/** What an administrator's action on an account takes (per action: the API's bodies say which). */
export interface AccountActionInput {
  readonly password?: string;
  readonly role?: AccountRole;
  readonly orgScope?: string;
  readonly reason?: string;
}

/**
 * Accounts of people through the one command path (ADR 0015): created and changed by administrators
 * within their scope, read by administrators and auditors, with their history (never a hash).
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly commands: CommandBus,
    private readonly accounts: AccountStates,
    private readonly facts: FactsLoader,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async create(context: AccountRequestContext, account: NewAccount): Promise<CommandResult> {
    const weak = checkNewPassword(account.password, account.username);
    if (weak) return { kind: 'rejected', rejection: weak };
    return this.commands.execute(
      accountCommand(
        {
          action: 'create',
          username: account.username,
          ...stamp(this.clock.now(), context.principal.id),
          ...(account.reason === undefined ? {} : { reason: account.reason }),
          payload: {
            displayName: account.displayName.normalize('NFC'),
            role: account.role,
            orgScope: account.orgScope,
            password: await hashPassword(account.password),
            mustChangePassword: account.mustChangePassword ?? false,
          },
        },
        context,
      ),
    );
  }

  async act(
    context: AccountRequestContext,
    username: string,
    action: AdminAccountAction,
    input: AccountActionInput,
  ): Promise<CommandResult> {
    const common = {
      username,
      ...stamp(this.clock.now(), context.principal.id),
      ...(input.reason === undefined ? {} : { reason: input.reason }),
    };
    switch (action) {
      case 'disable':
      case 'enable':
        return this.commands.execute(accountCommand({ ...common, action, payload: {} }, context));
      case 'change-role':
        return this.commands.execute(
          accountCommand(
            {
              ...common,
              action,
              payload: { role: input.role as AccountRole, orgScope: input.orgScope ?? '' },
            },
            context,
          ),
        );
      case 'reset-password': {
        const password = input.password ?? '';
        const weak = checkNewPassword(password, username);
        if (weak) return { kind: 'rejected', rejection: weak };
        return this.commands.execute(
          accountCommand(
            { ...common, action, payload: { password: await hashPassword(password) } },
            context,
          ),
        );
      }
      default: {
        const unknown: never = action;
        return unknown;
      }
    }
  }

  /** Ends a session on every replica: recorded in the account's stream. */
  signOut(context: AccountRequestContext, claims: SessionClaims): Promise<CommandResult> {
    return this.commands.execute(
      accountCommand(
        {
          action: 'sign-out',
          username: claims.username,
          ...stamp(this.clock.now(), context.principal.id),
          payload: {
            sessionId: claims.sessionId,
            sessionExpiresAt: new Date(claims.expiresAt * 1000).toISOString(),
          },
        },
        context,
      ),
    );
  }

  /** The account as it is now, if the caller's scope reaches it (404, then 403, as a RefusalError). */
  async read(
    principal: Principal,
    username: string,
  ): Promise<{ view: AccountView; state: AccountState }> {
    const stream = await this.accounts.load(username);
    if (stream === undefined || stream.revision === undefined)
      throw notFound({ vi: `Không có tài khoản ${username}`, en: `No account ${username}` });
    await this.assertReaches(principal, stream.state);
    return {
      view: accountView(stream.state, stream.revision, this.clock.now()),
      state: stream.state,
    };
  }

  /** The account as its holder's session sees it (no scope check: it is their own). */
  async own(username: string): Promise<AccountView | undefined> {
    const stream = await this.accounts.load(username);
    if (stream === undefined || stream.revision === undefined) return undefined;
    return accountView(stream.state, stream.revision, this.clock.now());
  }

  /**
   * Every event of the account with its metadata (who granted whom which role and scope, when), for
   * auditors: the password hashes are left out of the data, the rules read from the account's rules.
   */
  async history(principal: Principal, username: string): Promise<HistoryEntry[]> {
    await this.read(principal, username);
    const { events } = await loadStream(this.store, ACCOUNT_AGGREGATE, username);
    return events.map((event) => {
      const entry = historyEntry(event);
      const data = { ...(event.data as Record<string, unknown>) };
      delete data.password;
      return {
        ...entry,
        rulesPassed: entry.rulesPassed.map(({ code }) => ({
          code,
          ...(ACCOUNT_RULES[code as AccountRule] ?? { vi: '', en: '' }),
        })),
        data,
      };
    });
  }

  private async assertReaches(principal: Principal, state: AccountState): Promise<void> {
    const scope = state.orgScope ?? WHOLE_DEPLOYMENT_SCOPE;
    const units = scope === WHOLE_DEPLOYMENT_SCOPE ? [] : [scope];
    assertScopeCovers(principal, units, await this.facts.load({ members: [], orgs: units }));
  }
}
