import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { openEventStore, type EventStore } from '@memberflow/event-store';
import { APP_CONFIG } from '../config/config.provider';
import type { AppConfig } from '../config/config';

export const EVENT_STORE = Symbol('EVENT_STORE');

export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Promise<EventStore> => openEventStore(config.eventStoreUrl),
};

/** Closes the store when the application stops, so the last writes are flushed and files released. */
@Injectable()
export class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
