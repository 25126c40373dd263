import { apiRouter } from '@server/app';
import { createLogger } from '@server/core/log';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A valid body for every route that takes one, so only the foreign id can be the reason for refusal. */
const validBodies: Record<string, unknown> = {
  'POST /api/v1/customers/:id/archive': undefined,
  'POST /api/v1/customers/:id/restore': undefined,
  'POST /api/v1/customers/:id/contacts': { name: '周立新', role: 'user' },
  'PATCH /api/v1/customers/:id': { name: '越权修改' },
  'GET /api/v1/customers/:id': undefined,
  'GET /api/v1/customers/:id/contacts': undefined,
};

let app: TestApp;
let intruder: TestUser;
let foreignCustomerId: string;

beforeAll(async () => {
  app = await startTestApp();
  const victim = await makeUser(await makeTenant(app, '受害租户'), 'sales');
  foreignCustomerId = await makeCustomer(victim, { name: '别家的客户' });
  intruder = await makeUser(await makeTenant(app, '入侵租户'), 'admin');
});
afterAll(() => app.close());

function routesWithIds(): string[] {
  const router = apiRouter({ db: app.database.db, config: app.config, log: createLogger('silent') });
  return router.stack
    .filter((layer) => layer.paramNames.length > 0)
    .flatMap((layer) => layer.methods.filter((m) => m !== 'HEAD').map((method) => `${method} ${layer.path}`));
}

describe('another tenant’s ids', () => {
  it('has a valid body on file for every route that takes an id', () => {
    expect(routesWithIds().sort()).toEqual(Object.keys(validBodies).sort());
  });

  it.each(Object.entries(validBodies))('%s answers 404', async (route, body) => {
    const [method = 'GET', path = ''] = route.split(' ');
    const res = await app.api(intruder.token).raw(path.replace(':id', foreignCustomerId), {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('never lists another tenant’s customers, whatever the filter', async () => {
    const res = await app.api(intruder.token).get<{ items: unknown[] }>(`/api/v1/customers?q=别家&limit=100`);
    expect(res.body.items).toEqual([]);
  });

  it('left the foreign customer untouched', async () => {
    const row = await app.database.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', foreignCustomerId)
      .executeTakeFirst();
    expect(row).toMatchObject({ name: '别家的客户', archived_at: null, version: 1 });
  });
});
