import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on loopback in front of a real server, that a test can break: `cut` drops every open
 * connection (a network blip), `refuse` closes the port and cuts every connection (the server is gone),
 * `blackhole` accepts and never answers (the server hangs), `forward` passes bytes through again.
 */
export interface TcpProxy {
  readonly port: number;
  mode(): 'forward' | 'refuse' | 'blackhole';
  forward(): Promise<void>;
  /** Cuts every open connection and keeps forwarding new ones (a network blip). */
  cut(): void;
  refuse(): Promise<void>;
  blackhole(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let mode: 'forward' | 'refuse' | 'blackhole' = 'forward';
  let server: Server | undefined;
  let port = 0;
  const sockets = new Set<Socket>();

  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        sockets.add(client);
        client.on('close', () => sockets.delete(client));
        client.on('error', () => client.destroy());
        if (mode === 'blackhole') {
          client.on('data', () => undefined);
          return;
        }
        const upstream = connect(targetPort, targetHost);
        sockets.add(upstream);
        upstream.on('close', () => {
          sockets.delete(upstream);
          client.destroy();
        });
        upstream.on('error', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
      });
      server.on('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const closing = server;
      server = undefined;
      closing.close(() => resolve());
      cutAll();
    });

  await listen();
  return {
    get port() {
      return port;
    },
    mode: () => mode,
    forward: async () => {
      cutAll();
      mode = 'forward';
      if (!server) await listen();
    },
    cut: () => cutAll(),
    refuse: async () => {
      mode = 'refuse';
      await stopListening();
    },
    blackhole: async () => {
      cutAll();
      mode = 'blackhole';
      if (!server) await listen();
    },
    close: async () => {
      await stopListening();
    },
  };
}
