import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import {
  ApplicationModule,
  signingKey,
  type AppConfig,
  type DeploymentSecrets,
} from '@memberflow/application';
import { AccountsModule } from './accounts/accounts.module';
import { AuditController } from './audit/audit.controller';
import { HistoryController } from './audit/history.controller';
import { AuthGuard } from './auth/auth.guard';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { MetricsController } from './metrics/metrics.controller';
import { ProblemFilter } from './http/problem.filter';
import { MembersController } from './members/members.controller';
import { OrgsController } from './orgs/orgs.controller';
import { VillagesController } from './villages/villages.controller';
import { securityImports, securityProviders } from './security/security.providers';
import { HttpCommands } from './http/http-commands';
import { QueriesModule } from './queries/queries.module';

/** The HTTP edge over the application: controllers, the guard, security and the problem filter. */
@Module({})
export class AppModule {
  static register(config: AppConfig, secrets: DeploymentSecrets): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ApplicationModule.register(config, secrets),
        JwtModule.register({ secret: signingKey(secrets.signingSecret) }),
        ...securityImports(config),
        QueriesModule,
        AccountsModule,
        ImportsModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        OrgsController,
        VillagesController,
        MembersController,
        HistoryController,
        AuditController,
      ],
      providers: [
        ...securityProviders(config), // before the AuthGuard: rate limits count refused tokens too
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        HttpCommands,
      ],
    };
  }
}
