import { Module, type DynamicModule } from '@nestjs/common';
import { openReadDb, useWorklistCalendar } from '@memberflow/projections';
import type { AppConfig } from '../config/config';
import { deploymentCalendar } from '../deployment/holidays';
import {
  PROJECTIONS_OPTIONS,
  ProjectionService,
  READ_DB,
  type ProjectionsOptions,
} from './projection.service';

/**
 * The read database and the projection runner, for the api (embedded mode: the runner runs in the
 * api process) and the worker. Global, so the query controllers of any module reach it.
 */
@Module({})
export class ProjectionsModule {
  static forRoot(
    config: Pick<AppConfig, 'readDbUrl' | 'eventStoreUrl'> &
      Partial<Pick<AppConfig, 'dataDir' | 'holidaysFile'>>,
    options: Partial<Pick<ProjectionsOptions, 'runner'>> = {},
  ): DynamicModule {
    // The worklist's deadlines count on the same holidays as the rules' (Clock).
    if (config.dataDir !== undefined)
      useWorklistCalendar(
        deploymentCalendar({ dataDir: config.dataDir, holidaysFile: config.holidaysFile }),
      );
    const projectionsOptions: ProjectionsOptions = {
      eventStoreUrl: config.eventStoreUrl,
      runner: options.runner ?? true,
    };
    return {
      module: ProjectionsModule,
      global: true,
      providers: [
        { provide: READ_DB, useFactory: () => openReadDb(config.readDbUrl) },
        { provide: PROJECTIONS_OPTIONS, useValue: projectionsOptions },
        ProjectionService,
      ],
      exports: [ProjectionService],
    };
  }
}
