/** Every bench server listens on a free port and prints `{ port, ...info }` as its first stdout line for the bench. */
import { once } from 'node:events';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function listenAndAnnounce(
  handler: RequestListener,
  info: Record<string, unknown> = {},
): Promise<void> {
  // Exiting normally on the bench's SIGTERM lets `--cpu-prof` write its profile.
  process.once('SIGTERM', () => process.exit(0));
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, ...info })}\n`);
}
