/**
 * A scripted stand-in for a platform's HTTP API in unit tests: real sockets, so our fetch, timeouts and parsing
 * run for real. Routes are "METHOD /path"; anything unscripted answers 404 and is listed in `unexpected`.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  json: () => unknown;
}

export interface Reply {
  status?: number;
  json?: unknown;
  text?: string;
  delayMs?: number;
  /** A redirect's target. */
  location?: string;
}

export type Route = Reply | ((request: SeenRequest) => Reply);

export interface FakeUpstream {
  url: string;
  requests: SeenRequest[];
  unexpected: string[];
  /** The n-th request received (0-based); throws when there was none. */
  sent(index?: number): SeenRequest;
  route(key: string, route: Route): void;
  close(): Promise<void>;
}

export async function startFakeUpstream(routes: Record<string, Route> = {}): Promise<FakeUpstream> {
  const table = new Map(Object.entries(routes));
  const requests: SeenRequest[] = [];
  const unexpected: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://upstream');
      const body = Buffer.concat(chunks).toString('utf8');
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json: () => JSON.parse(body),
      };
      requests.push(seen);
      const key = `${seen.method} ${seen.path}`;
      const route = table.get(key);
      if (!route) unexpected.push(key);
      const reply =
        typeof route === 'function' ? route(seen) : (route ?? { status: 404, text: 'not scripted' });
      const write = () => {
        if (res.destroyed) return;
        const isJson = reply.json !== undefined;
        res.writeHead(reply.status ?? 200, {
          'content-type': isJson ? 'application/json' : 'text/html',
          ...(reply.location ? { location: reply.location } : {}),
        });
        res.end(isJson ? JSON.stringify(reply.json) : (reply.text ?? ''));
      };
      if (reply.delayMs) setTimeout(write, reply.delayMs);
      else write();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    unexpected,
    sent: (index = 0) => {
      const request = requests[index];
      if (!request) throw new Error(`no request #${index}; received ${requests.length}`);
      return request;
    },
    route: (key, route) => table.set(key, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
