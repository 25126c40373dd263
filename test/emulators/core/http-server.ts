/** Serves an emulator's Koa app on a port (0 = any free one) and closes it without waiting for idle sockets. */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';

export interface ListenOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
}

export interface RunningServer {
  baseUrl: string;
  /** The Node server, for what Koa does not serve (WebSocket upgrades). */
  server: Server;
  close(): Promise<void>;
}

export async function listen(app: Koa, options: ListenOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(app.callback());
  server.listen(options.port ?? 0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const reachableHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    baseUrl: `http://${reachableHost.includes(':') ? `[${reachableHost}]` : reachableHost}:${port}`,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
