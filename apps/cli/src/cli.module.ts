import { Module } from '@nestjs/common';
import { DigestCommand } from './commands/digest.command';
import { MigrateStoreCommand } from './commands/migrate-store.command';
import { ReplayCommand } from './commands/replay.command';
import { TokenCommand } from './commands/token.command';
import { VerifyCommand } from './commands/verify.command';

@Module({
  providers: [TokenCommand, VerifyCommand, DigestCommand, ReplayCommand, MigrateStoreCommand],
})
export class CliModule {}
