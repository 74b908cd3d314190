import { Module } from '@nestjs/common';
import { TokenCommand } from './commands/token.command';

@Module({ providers: [TokenCommand] })
export class CliModule {}
