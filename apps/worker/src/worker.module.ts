import { Module, type DynamicModule } from '@nestjs/common';
import { type AppConfig, ProjectionsModule } from '@memberflow/application';

/** The projector as a process of its own (architecture.md §1): the runner, no HTTP. */
@Module({})
export class WorkerModule {
  static register(config: Pick<AppConfig, 'readDbUrl' | 'eventStoreUrl'>): DynamicModule {
    return { module: WorkerModule, imports: [ProjectionsModule.forRoot(config, { runner: true })] };
  }
}
