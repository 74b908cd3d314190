import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import type { EventStore } from '@memberflow/event-store';
import { loadConfig, EVENT_STORE, startFailureText } from '@memberflow/application';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app, secrets } = await createApp(config);
  await app.listen(config.port, config.host);
  const logger = new Logger('memberflow');
  logger.log(
    `serving on http://${config.host}:${config.port} (store ${config.eventStoreUrl.replace(/\/\/[^@]*@/, '//***@')})`,
  );
  logger.log(`OpenAPI: http://${config.host}:${config.port}/api/docs`);
  if (config.projector === 'worker') {
    logger.log(
      'projections are applied by `npm run worker` (MEMBERFLOW_PROJECTOR=worker), not here',
    );
  }
  if (secrets.created) {
    logger.log(`first start: a signing secret was created in ${config.dataDir}`);
  }
  // With a configured secret the CLI on this machine may not hold it: no hint that would not work.
  if (config.jwtSecret === undefined) {
    logger.log(`admin token: npm run cli -- token --role admin --org '*'`);
  }
  const store = app.get<EventStore>(EVENT_STORE);
  if ((await store.headPosition()) === 0n) {
    logger.log(
      'the store is empty: `npm run cli -- demo` loads a synthetic province (about 30,000 members)',
    );
  }
}

main().catch((error: unknown) => {
  console.error(startFailureText(error));
  process.exit(1);
});
