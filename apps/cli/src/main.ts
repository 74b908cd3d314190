#!/usr/bin/env node
import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module';

/** Commander reports help and version output as "errors" with these codes: they are not failures. */
const NOT_FAILURES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

function fail(error: Error): never {
  process.stderr.write(`memberflow: ${error.message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  await CommandFactory.run(CliModule, {
    logger: ['error', 'warn'],
    errorHandler: (error) => {
      if (NOT_FAILURES.has((error as Error & { code?: string }).code ?? '')) process.exit(0);
      fail(error);
    },
    serviceErrorHandler: fail,
  });
}

void main();
