import { userInfo } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import {
  WHOLE_DEPLOYMENT_SCOPE,
  isAccountRole,
  type AccountRole,
} from '@memberflow/domain/account';
import {
  AccountService,
  AccountStates,
  ApplicationModule,
  ROLES,
  loadConfig,
  refusalText,
  resolveDeploymentSecrets,
  type Principal,
} from '@memberflow/application';
import { readNewPassword } from './password-prompt';

interface UserAddOptions {
  role?: AccountRole;
  org?: string;
  name?: string;
  passwordStdin?: boolean;
}

/** The CLI acts as an administrator of the whole deployment; the events record it, and who ran it. */
function cliPrincipal(): Principal {
  let who = '';
  try {
    who = userInfo().username;
  } catch {
    // a container user without a name
  }
  return { id: who ? `memberflow-cli:${who}` : 'memberflow-cli', roles: ['admin'], orgScope: '*' };
}

/**
 * `memberflow user add <username> --role admin --org '*' [--name …] [--password-stdin]`: creates an
 * account through the command path (its events record the CLI as the actor), e.g. the first
 * administrator of a new deployment, who then signs in to the console. An account that exists already
 * is left as it is.
 */
@SubCommand({
  name: 'add',
  arguments: '<username>',
  description: 'create an account (the password is asked twice, or read with --password-stdin)',
})
export class UserAddCommand extends CommandRunner {
  async run([username]: string[], options: UserAddOptions): Promise<void> {
    if (options.role === undefined) throw new Error(`--role is required (${ROLES.join(', ')})`);
    if (options.org === undefined)
      throw new Error(
        `--org is required: a unit id, or '${WHOLE_DEPLOYMENT_SCOPE}' for the whole deployment`,
      );
    const config = loadConfig();
    const secrets = resolveDeploymentSecrets(config);
    const app = await NestFactory.createApplicationContext(
      ApplicationModule.register(config, secrets, { runner: false }),
      { logger: ['error', 'warn'] },
    );
    try {
      const existing = await app.get(AccountStates).load(username);
      if (existing !== undefined) {
        const { role, orgScope, status } = existing.state;
        process.stdout.write(
          `user ${username} exists already (role ${role}, scope ${orgScope}, ${status}); nothing changed\n`,
        );
        return;
      }
      const password = await readNewPassword(options.passwordStdin === true);
      const result = await app.get(AccountService).create(
        { principal: cliPrincipal() },
        {
          username,
          displayName: options.name ?? username,
          role: options.role,
          orgScope: options.org,
          password,
        },
      );
      if (result.kind !== 'ok') throw new Error(refusalText(result));
      if (result.replayed || result.events.length === 0) {
        process.stdout.write(`user ${username} exists already; nothing changed\n`);
        return;
      }
      process.stdout.write(
        `user ${username} created: role ${options.role}, scope ${options.org}; sign in at http://${config.host}:${config.port}/\n`,
      );
    } finally {
      await app.close();
    }
  }

  @Option({ flags: '-r, --role <role>', description: `one of ${ROLES.join(', ')}`, required: true })
  parseRole(value: string): AccountRole {
    if (!isAccountRole(value))
      throw new Error(`unknown role "${value}": use one of ${ROLES.join(', ')}`);
    return value;
  }

  @Option({
    flags: '-o, --org <id>',
    description: "the unit the account acts within, or '*' for the whole deployment",
    required: true,
  })
  parseOrg(value: string): string {
    return value;
  }

  @Option({
    flags: '-n, --name <display name>',
    description: 'the name shown (default: the username)',
  })
  parseName(value: string): string {
    return value;
  }

  @Option({
    flags: '--password-stdin',
    description: 'read the password from the first line of standard input (no prompt)',
  })
  parsePasswordStdin(): boolean {
    return true;
  }
}

/** `memberflow user …`: accounts of people. */
@Command({
  name: 'user',
  description: 'accounts of people who sign in (add)',
  subCommands: [UserAddCommand],
})
export class UserCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
