import { Module } from '@nestjs/common';
import { DemoCommand } from './commands/demo.command';
import { DigestCommand } from './commands/digest.command';
import { ImportCommand } from './commands/import.command';
import { MigrateStoreCommand } from './commands/migrate-store.command';
import { RebuildCommand } from './commands/rebuild.command';
import { ReplayCommand } from './commands/replay.command';
import { TokenCommand } from './commands/token.command';
import { UserAddCommand, UserCommand } from './commands/user.command';
import { VerifyCommand } from './commands/verify.command';

@Module({
  providers: [
    TokenCommand,
    VerifyCommand,
    DigestCommand,
    ReplayCommand,
    MigrateStoreCommand,
    RebuildCommand,
    DemoCommand,
    ImportCommand,
    UserCommand,
    UserAddCommand,
  ],
})
export class CliModule {}
