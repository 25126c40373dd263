/** An export whose database fails after the download started is cut off and logged, never left hanging. */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp } from '@server/app';
import { nowIso } from '@server/core/ids';
import { startTestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { requirementRow } from '@test/helpers/requirement-rows';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';

describe('GET /api/v1/requirements/export when the database fails midway', () => {
  it('cuts the gzipped download off and logs why', async () => {
    const app = await startTestApp();
    const pm = await makeUser(await makeTenant(app), 'pm');
    const now = nowIso();
    // Far more than socket buffers hold, and random enough that gzip cannot shrink it away.
    for (let start = 0; start < 6000; start += 500) {
      const rows = Array.from({ length: 500 }, (_, i) =>
        requirementRow(`需求 ${start + i}`, pm.id, now, randomBytes(2500).toString('hex'), '{}'),
      );
      await pm.tenant.tdb.insertInto('requirements', rows).execute();
    }
    const lines: string[] = [];
    const log = pino(
      { level: 'error' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const server = createServer(createApp(app.config, { database: app.database, log }).callback());
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/requirements/export?format=csv`;
      const req = request(url, {
        headers: { authorization: `Bearer ${pm.token}`, 'accept-encoding': 'gzip' },
      });
      req.end();
      const [res] = (await once(req, 'response')) as [IncomingMessage];
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      // The download has begun and is held back by the unread response; now the database goes away.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await app.close();
      const ending = new Promise<string>((resolve) => {
        res.on('end', () => resolve('complete'));
        res.on('aborted', () => resolve('aborted'));
        res.on('error', () => resolve('aborted'));
        setTimeout(() => resolve('hung'), 5000);
      });
      res.resume();
      expect(await ending).toBe('aborted');
      expect(lines.join('')).toContain('response stream failed');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
