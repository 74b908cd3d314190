import { Injectable } from '@nestjs/common';
import { sessionEnd, type AccountState } from '@memberflow/domain/account';
import type { Principal } from '../auth/principal';
import { Clock } from '../commands/clock';
import { AccountStates } from './account-states';
import { SessionTokens, type SessionClaims } from './sessions';

/** A session that is still on: its holder as a principal, with their account as it is now. */
export interface AuthenticatedSession {
  readonly principal: Principal;
  readonly claims: SessionClaims;
  readonly account: AccountState;
}

/**
 * Accepts a session token (ADR 0015): signed by this deployment and not expired (the token), and still
 * on (the account, folded and checked at its current revision): the account exists and is enabled, its
 * session version is the token's (no password change or reset since), and the session was not signed
 * out. The principal gets the account's role and scope as they are now.
 */
@Injectable()
export class SessionAuthenticator {
  constructor(
    private readonly tokens: SessionTokens,
    private readonly accounts: AccountStates,
    private readonly clock: Clock,
  ) {}

  async authenticate(token: string): Promise<AuthenticatedSession | undefined> {
    const claims = this.tokens.verify(token, this.clock.now());
    if (claims === undefined) return undefined;
    const stream = await this.accounts.load(claims.username);
    if (stream === undefined) return undefined;
    const account = stream.state;
    if (sessionEnd(account, { sessionId: claims.sessionId, version: claims.version }))
      return undefined;
    if (account.role === undefined || account.orgScope === undefined) return undefined;
    return {
      principal: { id: claims.username, roles: [account.role], orgScope: account.orgScope },
      claims,
      account,
    };
  }

  csrfMatches(claims: SessionClaims, cookie: string | undefined, header: string | undefined) {
    return this.tokens.csrfMatches(claims, cookie, header);
  }
}
