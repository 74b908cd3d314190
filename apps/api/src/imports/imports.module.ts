import { Module } from '@nestjs/common';
import { RosterImportModule } from '@memberflow/application';
import { ImportsController } from './imports.controller';

/** Rosters in from spreadsheets (issue 20). */
@Module({
  imports: [RosterImportModule],
  controllers: [ImportsController],
})
export class ImportsModule {}
