import { Command, CommandRunner, Option } from 'nest-commander';
import {
  isRole,
  ROLES,
  type Role,
  resolveDeploymentSecrets,
  issueToken,
  loadConfig,
} from '@memberflow/application';

interface TokenOptions {
  role: Role[];
  org: string;
  sub: string;
  expires: string;
}

/** Prints a bearer token signed with the deployment's secret (the embedded one under ./data). */
@Command({
  name: 'token',
  description: 'print a bearer token for a role and an organization scope',
})
export class TokenCommand extends CommandRunner {
  async run(_args: string[], options: TokenOptions): Promise<void> {
    const config = loadConfig();
    const secrets = resolveDeploymentSecrets(config);
    const roles = options.role ?? [];
    if (roles.length === 0) throw new Error(`--role is required (${ROLES.join(', ')})`);
    if (!options.org)
      throw new Error(`--org is required: a unit id, or '*' for the whole deployment`);
    process.stdout.write(
      `${issueToken(secrets.signingSecret, {
        subject: options.sub ?? `${roles[0]}@${options.org}`,
        roles,
        org: options.org,
        expiresIn: options.expires ?? '8h',
      })}\n`,
    );
  }

  @Option({ flags: '-r, --role <role>', description: `one of ${ROLES.join(', ')} (repeatable)` })
  parseRole(value: string, previous: Role[] = []): Role[] {
    if (!isRole(value)) throw new Error(`unknown role "${value}": use one of ${ROLES.join(', ')}`);
    return [...previous, value];
  }

  @Option({
    flags: '-o, --org <id>',
    description: "root of the subtree the token may act on, or '*'",
  })
  parseOrg(value: string): string {
    return value;
  }

  @Option({
    flags: '-s, --sub <subject>',
    description: 'who the token is for (recorded as the actor)',
  })
  parseSub(value: string): string {
    return value;
  }

  @Option({ flags: '-e, --expires <duration>', description: 'lifetime, e.g. 8h, 30d (default 8h)' })
  parseExpires(value: string): string {
    return value;
  }
}
