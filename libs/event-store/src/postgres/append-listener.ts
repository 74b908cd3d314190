import { Client, type ClientConfig } from 'pg';
import type { AppendNotifier } from '../live-subscription';

/**
 * Hears other processes' appends: one dedicated connection LISTENs on the store's channel and wakes the
 * notifier on every NOTIFY. When the connection drops it reconnects after a pause; meanwhile live
 * subscriptions keep polling, so a lost notification only delays them by the poll interval.
 */
export class AppendListener {
  private client: Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly notifier: AppendNotifier,
    private readonly reconnectDelayMs = 1_000,
  ) {}

  /** Starts listening (once); returns without waiting for the connection. */
  start(): void {
    if (this.client === undefined && this.retryTimer === undefined && !this.stopped)
      void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    this.client = client;
    client.on('notification', () => this.notifier.notify());
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
      // Appends may have happened while we were not listening: let subscriptions look now.
      this.notifier.notify();
    } catch {
      this.reconnect(client);
    }
  }

  private reconnect(failed: Client): void {
    if (this.client !== failed) return;
    this.client = undefined;
    failed.end().catch(() => undefined);
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, this.reconnectDelayMs);
    // The listener alone must not keep the process alive.
    this.retryTimer.unref();
  }
}
