import type { Provider } from '@nestjs/common';
import { loadConfig, type AppConfig } from './config';

export const APP_CONFIG = Symbol('APP_CONFIG');

export function configProvider(config: AppConfig = loadConfig()): Provider {
  return { provide: APP_CONFIG, useValue: config };
}
