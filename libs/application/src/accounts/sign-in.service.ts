import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  LOCKOUT,
  checkNewPassword,
  lockSecondsLeft,
  passwordReused,
  signInVerdict,
  wrongCurrentPassword,
  type AccountState,
} from '@memberflow/domain/account';
import type { Principal } from '../auth/principal';
import { Clock } from '../commands/clock';
import type { CommandResult } from '../commands/command.service';
import { APP_CONFIG } from '../config/config.provider';
import type { AppConfig } from '../config/config';
import type { Refusal } from '../outcome/refusal';
import { AccountStates } from './account-states';
import { accountCommand, stamp, type AccountRequestContext } from './account-commands';
import { hashPassword, verifyNothing, verifyPassword } from './passwords';
import { FailedSignIns, WindowLimit } from './sign-in-limits';
import { SessionTokens, type IssuedSession, type SessionClaims } from './sessions';

/** The actor of the locks that failed sign-ins record. */
export const SIGN_IN_ACTOR: Principal = {
  id: 'memberflow-sign-in',
  roles: ['admin'],
  orgScope: '*',
};

/** Too many attempts from one address or at one username within the window. */
export interface RateLimited {
  readonly kind: 'rate_limited';
  readonly per: 'address' | 'username';
  readonly limit: number;
  readonly windowSeconds: number;
  readonly retryAfterSeconds: number;
}

export interface Locked {
  readonly kind: 'locked';
  readonly retryAfterSeconds: number;
}

export type SignInOutcome =
  | {
      readonly kind: 'signed_in';
      readonly account: AccountState;
      readonly session: IssuedSession;
    }
  /** The same answer for an unknown username and a wrong password. */
  | { readonly kind: 'invalid_credentials' }
  /** Told only to whoever gave the right password. */
  | { readonly kind: 'disabled' }
  | Locked
  | RateLimited
  | Refusal;

export type PasswordChangeOutcome =
  { readonly kind: 'changed'; readonly session: IssuedSession } | Locked | Refusal;

/** Usernames are lower-case ASCII; what a person types is read leniently (full-width, capitals). */
export function normalizeUsername(typed: string): string {
  return typed.normalize('NFKC').trim().toLowerCase();
}

/**
 * Signing in, and a signed-in person changing their own password (ADR 0015): rate-limited per client
 * address and per username, the same answer (and the same time: a hash is verified either way) for an
 * unknown username and a wrong password, and locked through the command path after repeated failures.
 */
@Injectable()
export class SignInService {
  private readonly failures = new FailedSignIns();
  private readonly perAddress: WindowLimit;
  private readonly perUsername: WindowLimit;

  constructor(
    private readonly accounts: AccountStates,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
    private readonly tokens: SessionTokens,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const { signInPerAddress, signInPerUsername, signInWindowSeconds } = config.accounts;
    this.perAddress = new WindowLimit(signInPerAddress, signInWindowSeconds);
    this.perUsername = new WindowLimit(signInPerUsername, signInWindowSeconds);
  }

  async signIn(attempt: {
    readonly username: string;
    readonly password: string;
    readonly address: string;
  }): Promise<SignInOutcome> {
    const now = this.clock.now();
    const username = normalizeUsername(attempt.username);
    const limited = this.limit(attempt.address, username, now.getTime());
    if (limited) return limited;
    const stream = await this.accounts.load(username);
    if (stream === undefined || stream.state.password === undefined)
      return this.unknown(username, attempt.password, now);
    const { state } = stream;
    const password = stream.state.password;
    if (signInVerdict(state, now.toISOString()) === 'locked') {
      await verifyNothing(attempt.password);
      return { kind: 'locked', retryAfterSeconds: lockSecondsLeft(state, now.toISOString()) };
    }
    if (!(await verifyPassword(attempt.password, password))) {
      return (await this.failed(username, now)) ?? { kind: 'invalid_credentials' };
    }
    if (signInVerdict(state, now.toISOString()) === 'disabled') return { kind: 'disabled' };
    this.failures.clear(username);
    return {
      kind: 'signed_in',
      account: state,
      session: this.tokens.issue({ username, version: state.sessionVersion, now }),
    };
  }

  /**
   * The holder of a session changes their password: the current one must be given (a wrong one counts
   * as a failed sign-in), the new one must pass the rules and differ. The session goes on, re-issued at
   * the account's new session version; the holder's other sessions end.
   */
  async changePassword(change: {
    readonly context: AccountRequestContext;
    readonly session: { readonly claims: SessionClaims; readonly csrfToken: string };
    readonly currentPassword: string;
    readonly newPassword: string;
  }): Promise<PasswordChangeOutcome> {
    const now = this.clock.now();
    const { username } = change.session.claims;
    const stream = await this.accounts.load(username);
    if (stream === undefined || stream.state.password === undefined) {
      return {
        kind: 'not_found',
        message: { vi: `Không có tài khoản ${username}`, en: `No account ${username}` },
      };
    }
    const { state } = stream;
    const password = state.password as NonNullable<AccountState['password']>;
    const left = lockSecondsLeft(state, now.toISOString());
    if (left > 0) return { kind: 'locked', retryAfterSeconds: left };
    const weak = checkNewPassword(change.newPassword, username, 'newPassword');
    if (weak) return { kind: 'rejected', rejection: weak };
    if (!(await verifyPassword(change.currentPassword, password))) {
      const locked = await this.failed(username, now);
      return locked ?? { kind: 'rejected', rejection: wrongCurrentPassword() };
    }
    this.failures.clear(username);
    if (await verifyPassword(change.newPassword, password))
      return { kind: 'rejected', rejection: passwordReused() };
    const result = await this.commands.execute(
      accountCommand(
        {
          action: 'change-password',
          username,
          ...stamp(now, change.context.principal.id),
          payload: { password: await hashPassword(change.newPassword) },
        },
        change.context,
      ),
    );
    if (result.kind !== 'ok') return result;
    const after = result.state as AccountState;
    return {
      kind: 'changed',
      session: this.tokens.issue({
        username,
        version: after.sessionVersion,
        now,
        continuing: change.session,
      }),
    };
  }

  private limit(address: string, username: string, nowMs: number): RateLimited | undefined {
    for (const [per, limit, key] of [
      ['address', this.perAddress, address],
      ['username', this.perUsername, username],
    ] as const) {
      const hit = limit.hit(key, nowMs);
      if (!hit.allowed) {
        return {
          kind: 'rate_limited',
          per,
          limit: limit.limit,
          windowSeconds: limit.windowSeconds,
          retryAfterSeconds: hit.retryAfterSeconds,
        };
      }
    }
    return undefined;
  }

  /** No such account: the time of a verification, and a lock of its own after as many failures. */
  private async unknown(username: string, password: string, now: Date): Promise<SignInOutcome> {
    const nowMs = now.getTime();
    const until = this.failures.phantomLockedUntil(username, nowMs);
    await verifyNothing(password);
    if (until !== undefined) return locked(until, nowMs);
    const recent = this.failures.record(username, nowMs);
    const locks = this.failures.lockPhantom(username, recent, nowMs);
    return locks === undefined ? { kind: 'invalid_credentials' } : locked(locks, nowMs);
  }

  /**
   * A wrong password: counted, and at the fifth within the window the account is locked by an event
   * (its decider decides from the failures). Answers the lock, or undefined while not locked.
   */
  private async failed(username: string, now: Date): Promise<Locked | Refusal | undefined> {
    const recent = this.failures.record(username, now.getTime());
    if (recent.length < LOCKOUT.failures) return undefined;
    const result: CommandResult = await this.commands.execute(
      accountCommand(
        {
          action: 'lock',
          username,
          ...stamp(now, SIGN_IN_ACTOR.id),
          payload: { failures: recent.map((at) => new Date(at).toISOString()) },
        },
        { principal: SIGN_IN_ACTOR },
      ),
    );
    if (result.kind !== 'ok') return result;
    const left = lockSecondsLeft(result.state as AccountState, now.toISOString());
    if (left === 0) return undefined;
    this.failures.clear(username);
    return { kind: 'locked', retryAfterSeconds: left };
  }
}

function locked(untilMs: number, nowMs: number): Locked {
  return { kind: 'locked', retryAfterSeconds: Math.max(1, Math.ceil((untilMs - nowMs) / 1000)) };
}
