import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccountService } from './accounts/account.service';
import { AccountStates } from './accounts/account-states';
import { SessionAuthenticator } from './accounts/session-authenticator';
import { SessionTokens } from './accounts/sessions';
import { SignInService } from './accounts/sign-in.service';
import { Clock } from './commands/clock';
import { CommandService } from './commands/command.service';
import { ExecuteCommandHandler } from './commands/execute-command';
import { FactsLoader } from './commands/facts-loader';
import type { AppConfig } from './config/config';
import { APP_CONFIG, configProvider } from './config/config.provider';
import { ID_SALT, type DeploymentSecrets } from './deployment/deployment-secrets';
import { Metrics } from './observability/metrics';
import { ProjectionsModule } from './projections/projections.module';
import { MemberReader } from './readers/member.reader';
import { OrgReader } from './readers/org.reader';
import { VillageReader } from './readers/village.reader';
import { EventStoreLifecycle, eventStoreProvider } from './store/event-store.provider';
import { StoreOutageLog } from './store/outage-log';

const SHARED = [
  eventStoreProvider,
  EventStoreLifecycle,
  Clock,
  Metrics,
  FactsLoader,
  OrgReader,
  MemberReader,
  VillageReader,
  CommandService,
  StoreOutageLog,
  AccountStates,
  AccountService,
  SignInService,
  SessionAuthenticator,
];

/**
 * The application as the api and the cli run it: the event store, the command path on the CommandBus,
 * the readers and the projections (with their runner where this process applies them). Global, so an
 * edge's controllers and commands reach every provider.
 */
@Module({})
export class ApplicationModule {
  static register(
    config: AppConfig,
    secrets: DeploymentSecrets,
    options: { readonly runner: boolean } = { runner: config.projector === 'api' },
  ): DynamicModule {
    const salt = { provide: ID_SALT, useValue: secrets.idSalt };
    const sessions = { provide: SessionTokens, useValue: new SessionTokens(secrets.signingSecret) };
    return {
      module: ApplicationModule,
      global: true,
      imports: [CqrsModule.forRoot(), ProjectionsModule.forRoot(config, options)],
      providers: [configProvider(config), salt, sessions, ...SHARED, ExecuteCommandHandler],
      exports: [APP_CONFIG, ID_SALT, SessionTokens, ...SHARED],
    };
  }
}
