import { Module } from '@nestjs/common';
import { MemberQueriesController } from './member-queries.controller';
import { OrgQueriesController } from './org-queries.controller';
import { ProjectionsController } from './projections.controller';
import { UnitScope } from './unit-scope';

/**
 * The analysts' queries and the projection operations over HTTP (api.md, Queries and Operations).
 * Needs {@link ProjectionsModule} (global) for the read database.
 */
@Module({
  controllers: [OrgQueriesController, MemberQueriesController, ProjectionsController],
  providers: [UnitScope],
})
export class QueriesModule {}
