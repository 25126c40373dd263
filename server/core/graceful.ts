/** Stops an HTTP server the polite way: no new connections, requests in flight answered, then their sockets closed. */
import type { Server, ServerResponse } from 'node:http';

export function gracefulStopper(server: Server): (graceMs: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_request, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });

  return async (graceMs) => {
    // Without this a keep-alive client would hold its socket open until the server's keep-alive timeout.
    for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
    const forced = setTimeout(() => server.closeAllConnections(), graceMs);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    clearTimeout(forced);
  };
}
