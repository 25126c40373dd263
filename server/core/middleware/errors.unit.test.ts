/** A streamed body that fails midway ends the response and is logged, with or without compression. */
import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Writable } from 'node:stream';
import Koa from 'koa';
import compress from 'koa-compress';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamFailures } from './errors';

const logLines: string[] = [];
let server: Server;
let url: string;

/** /fail-late writes 64 KiB before its source fails; /fail-early fails before any byte. */
beforeAll(async () => {
  const log = pino(
    { level: 'error' },
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  );
  const app = new Koa();
  app.silent = true;
  app.use(compress({ threshold: 1024 }));
  app.use(streamFailures(log));
  app.use((ctx) => {
    const body = new PassThrough();
    ctx.type = 'text/csv';
    ctx.body = body;
    const bytes = ctx.path === '/fail-late' ? 64 * 1024 : 0;
    setTimeout(() => {
      body.write('x'.repeat(bytes));
      setTimeout(() => body.destroy(new Error('database went away')), 50);
    }, 20);
  });
  server = createServer(app.callback());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** How the download ended: 'complete', 'aborted' (cut off) or 'hung' (nothing for two seconds). */
function download(path: string, encoding: string): Promise<'complete' | 'aborted' | 'hung'> {
  return new Promise((resolve) => {
    const req = request(
      `${url}${path}`,
      { headers: { 'accept-encoding': encoding }, timeout: 2000 },
      (res) => {
        res.resume();
        res.on('end', () => resolve('complete'));
        res.on('aborted', () => resolve('aborted'));
        res.on('error', () => resolve('aborted'));
      },
    );
    req.on('timeout', () => {
      resolve('hung');
      req.destroy();
    });
    req.on('error', () => resolve('aborted'));
    req.end();
  });
}

describe('a streamed response whose source fails', () => {
  it.each([
    ['/fail-late', 'gzip'],
    ['/fail-early', 'gzip'],
    ['/fail-late', 'identity'],
    ['/fail-early', 'identity'],
  ])('%s with %s is cut off and logged, never left hanging', async (path, encoding) => {
    const before = logLines.length;
    expect(await download(path, encoding)).toBe('aborted');
    await expect.poll(() => logLines.slice(before).join('')).toContain('response stream failed');
    expect(logLines.slice(before).join('')).toContain('database went away');
  });
});
