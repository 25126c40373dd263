/** Dates a calendar does not have answer 400 on every requirements route that takes one, export included. */
import { request } from 'node:http';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let pm: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  pm = await makeUser(await makeTenant(app), 'pm');
});
afterAll(() => app.close());

/** Status and body of a gzip-accepting request; 'hung' when nothing comes back within two seconds. */
function gzipGet(path: string): Promise<{ status: number; body: string } | 'hung'> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${app.url}${path}`,
      { headers: { authorization: `Bearer ${pm.token}`, 'accept-encoding': 'gzip' }, timeout: 2000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('timeout', () => {
      resolve('hung');
      req.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

describe('date filters on /api/v1/requirements', () => {
  it.each(['/api/v1/requirements', '/api/v1/requirements/stats'])(
    '%s answers a real day, and 400 with the field for 2026-13-45 or 2026-02-30',
    async (path) => {
      expect((await app.api(pm.token).get(`${path}?from=2026-01-31&to=2026-02-28`)).status).toBe(200);
      for (const day of ['2026-13-45', '2026-02-30']) {
        for (const field of ['from', 'to']) {
          const res = await app.api(pm.token).get(`${path}?${field}=${day}`);
          expect(res.status).toBe(400);
          expect(res.body).toMatchObject({
            error: { code: 'VALIDATION_FAILED', fields: { [field]: expect.any(String) } },
          });
        }
      }
    },
  );

  it('refuses a bad day before the export starts, also when the answer would be gzipped', async () => {
    const good = await gzipGet('/api/v1/requirements/export?format=csv&from=2026-01-01');
    expect(good).toMatchObject({ status: 200 });
    for (const format of ['csv', 'xlsx']) {
      const res = await gzipGet(`/api/v1/requirements/export?format=${format}&from=2026-13-45`);
      expect(res).not.toBe('hung');
      expect(res).toMatchObject({ status: 400 });
      expect(JSON.parse((res as { body: string }).body)).toMatchObject({
        error: { code: 'VALIDATION_FAILED', fields: { from: expect.any(String) } },
      });
    }
  });

  it('refuses a promise due on a day that does not exist', async () => {
    const res = await app.api(pm.token).post(`/api/v1/requirements/${crypto.randomUUID()}/commitments`, {
      customerId: crypto.randomUUID(),
      dueDate: '2026-02-30',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { dueDate: expect.any(String) } } });
  });
});
