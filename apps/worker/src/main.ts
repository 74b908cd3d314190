import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, consoleLoggerFor, startFailureText } from '@memberflow/application';
import { WorkerModule } from './worker.module';

/**
 * `memberflow worker`: keeps the read models up to date, alone. Any number of workers and api
 * processes may run: each projection is applied by the one holding its lock, and another takes over
 * when it dies. Stops at a batch boundary on SIGINT or SIGTERM, giving its locks up.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = consoleLoggerFor(config, 'memberflow-worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger: logger ?? false,
  });
  app.enableShutdownHooks();
  new Logger('worker').log(
    `projecting ${config.eventStoreUrl.replace(/\/\/[^@]*@/, '//***@')} into ${config.readDbUrl.replace(/\/\/[^@]*@/, '//***@')}`,
  );
}

main().catch((error: unknown) => {
  console.error(startFailureText(error));
  process.exit(1);
});
