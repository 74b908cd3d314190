import { Module } from '@nestjs/common';
import { CellDirectory } from './cell-directory';
import { RosterImportService } from './roster-import.service';

/** The roster import (issue 20) over the application module's command path and read models. */
@Module({
  providers: [CellDirectory, RosterImportService],
  exports: [RosterImportService],
})
export class RosterImportModule {}
