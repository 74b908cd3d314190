import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { AuditController } from './audit/audit.controller';
import { HistoryController } from './audit/history.controller';
import { AuthGuard } from './auth/auth.guard';
import { signingKey } from './auth/tokens';
import type { AppConfig } from './config/config';
import { configProvider } from './config/config.provider';
import { Clock } from './commands/clock';
import { CommandService } from './commands/command.service';
import { ExecuteCommandHandler } from './commands/execute-command';
import { FactsLoader } from './commands/facts-loader';
import { HealthController } from './health/health.controller';
import { Metrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';
import { ProblemFilter } from './http/problem.filter';
import { MembersController } from './members/members.controller';
import { OrgsController } from './orgs/orgs.controller';
import { OrgReader } from './orgs/org.reader';
import { MemberReader } from './members/member.reader';
import { EventStoreLifecycle, eventStoreProvider } from './store/event-store.provider';
import { ID_SALT, type DeploymentSecrets } from './auth/deployment-secrets';
import { SECURITY_PROVIDERS, securityImports } from './security/security.providers';
import { ProjectionsModule } from './queries/projections.module';
import { QueriesModule } from './queries/queries.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, secrets: DeploymentSecrets): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        JwtModule.register({ secret: signingKey(secrets.signingSecret) }),
        ...securityImports(config),
        ProjectionsModule.forRoot(config, { runner: config.projector === 'api' }),
        QueriesModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        OrgsController,
        MembersController,
        HistoryController,
        AuditController,
      ],
      providers: [
        configProvider(config),
        { provide: ID_SALT, useValue: secrets.idSalt },
        eventStoreProvider,
        EventStoreLifecycle,
        Clock,
        Metrics,
        FactsLoader,
        OrgReader,
        MemberReader,
        CommandService,
        ExecuteCommandHandler,
        ...SECURITY_PROVIDERS, // before the AuthGuard: rate limits count refused tokens too
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
