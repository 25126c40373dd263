/**
 * Every bench server listens on a free port and prints `{ port, ...info }` as its first stdout line for the bench.
 * `/__bench/cpu` answers the CPU time the process has used, in microseconds: on a shared machine the CPU a request
 * costs holds steady where requests per second swing with the neighbours' load.
 */
import { once } from 'node:events';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function listenAndAnnounce(
  handler: RequestListener,
  info: Record<string, unknown> = {},
): Promise<void> {
  // Exiting normally on the bench's SIGTERM lets `--cpu-prof` write its profile.
  process.once('SIGTERM', () => process.exit(0));
  const server = createServer((req, res) => {
    if (req.url !== '/__bench/cpu') return handler(req, res);
    const { user, system } = process.cpuUsage();
    res.end(String(user + system));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, ...info })}\n`);
}
