import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { loadConfig } from './config/config';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app, secrets } = await createApp(config);
  await app.listen(config.port, config.host);
  const logger = new Logger('memberflow');
  logger.log(
    `serving on http://${config.host}:${config.port} (store ${config.eventStoreUrl.replace(/\/\/[^@]*@/, '//***@')})`,
  );
  logger.log(`OpenAPI: http://${config.host}:${config.port}/api/docs`);
  if (secrets.created) {
    logger.log(`first start: a signing secret was created in ${config.dataDir}`);
  }
  logger.log(`admin token: npm run cli -- token --role admin --org '*'`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
