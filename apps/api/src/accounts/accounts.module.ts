import { Module } from '@nestjs/common';
import { UnitScope } from '../queries/unit-scope';
import { AccountsController } from './accounts.controller';
import { SessionController } from './session.controller';

/** Accounts of people and the console's sessions (issue 19, ADR 0015). */
@Module({
  controllers: [SessionController, AccountsController],
  providers: [UnitScope],
})
export class AccountsModule {}
