import { apiRouter } from '@server/app';
import { createLogger } from '@server/core/log';
import { createPlatformRuntime } from '@server/platforms/runtime';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeConnection, makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Probe {
  /** Which of the victim's objects the id in the path names. */
  target: 'customer' | 'connection' | 'requirement';
  /** A valid body, so only the foreign id can be the reason for refusal. */
  body?: unknown;
}

const probes: Record<string, Probe> = {
  'POST /api/v1/customers/:id/archive': { target: 'customer' },
  'POST /api/v1/customers/:id/restore': { target: 'customer' },
  'POST /api/v1/customers/:id/contacts': { target: 'customer', body: { name: '周立新', role: 'user' } },
  'PATCH /api/v1/customers/:id': { target: 'customer', body: { name: '越权修改' } },
  'GET /api/v1/customers/:id': { target: 'customer' },
  'GET /api/v1/customers/:id/contacts': { target: 'customer' },
  'POST /api/v1/platform/connections/:id/test': { target: 'connection' },
  'POST /api/v1/platform/connections/:id/enable': { target: 'connection' },
  'POST /api/v1/platform/connections/:id/disable': { target: 'connection' },
  'GET /api/v1/platform/connections/:id/role-mappings': { target: 'connection' },
  'POST /api/v1/platform/connections/:id/role-mappings': {
    target: 'connection',
    body: { subject: 'department', externalId: '1', role: 'admin' },
  },
  'DELETE /api/v1/platform/connections/:id/role-mappings/:mappingId': { target: 'connection' },
  'GET /api/v1/requirements/:id': { target: 'requirement' },
  'PATCH /api/v1/requirements/:id': { target: 'requirement', body: { title: '越权修改' } },
  'POST /api/v1/requirements/:id/mentions': {
    target: 'requirement',
    body: {
      clientId: '01a20000-0000-7000-8000-000000000001',
      customerId: '01a20000-0000-7000-8000-000000000002',
      importance: 'important',
    },
  },
  'POST /api/v1/requirements/:id/merge': {
    target: 'requirement',
    body: { targetId: '01a20000-0000-7000-8000-000000000003' },
  },
  'POST /api/v1/requirements/:id/merge/:mergeId/contest': { target: 'requirement', body: {} },
  'POST /api/v1/requirements/:id/merge/:mergeId/keep': { target: 'requirement' },
  'POST /api/v1/requirements/:id/merge/:mergeId/undo': { target: 'requirement' },
  'POST /api/v1/requirements/:id/decisions': { target: 'requirement', body: { status: 'planned' } },
  'POST /api/v1/requirements/:id/told': {
    target: 'requirement',
    body: { customerId: '01a20000-0000-7000-8000-000000000002' },
  },
  'POST /api/v1/requirements/:id/follow': { target: 'requirement' },
  'DELETE /api/v1/requirements/:id/follow': { target: 'requirement' },
  'POST /api/v1/requirements/:id/commitments': {
    target: 'requirement',
    body: { customerId: '01a20000-0000-7000-8000-000000000002', dueDate: '2027-01-31' },
  },
};

/** Platforms call these with no session; the connection id itself says whose they are. */
const publicByDesign = ['GET /api/v1/callbacks/:id', 'POST /api/v1/callbacks/:id'];

let app: TestApp;
let intruder: TestUser;
const foreignIds = { customer: '', connection: '', requirement: '' };

beforeAll(async () => {
  app = await startTestApp();
  const victimTenant = await makeTenant(app, '受害租户');
  const victim = await makeUser(victimTenant, 'sales');
  foreignIds.customer = await makeCustomer(victim, { name: '别家的客户' });
  foreignIds.connection = await makeConnection(victimTenant);
  const requirement = await app.api(victim.token).post<{ id: string }>('/api/v1/requirements', {
    clientId: '01a20000-0000-7000-8000-000000000009',
    title: '别家的需求',
    customerId: foreignIds.customer,
    importance: 'important',
  });
  foreignIds.requirement = requirement.body.id;
  intruder = await makeUser(await makeTenant(app, '入侵租户'), 'admin');
});
afterAll(() => app.close());

function routesWithIds(): string[] {
  const router = apiRouter({
    db: app.database.db,
    config: app.config,
    log: createLogger('silent'),
    platforms: createPlatformRuntime(app.config),
  });
  return router.stack
    .filter((layer) => layer.paramNames.length > 0)
    .flatMap((layer) => layer.methods.filter((m) => m !== 'HEAD').map((method) => `${method} ${layer.path}`));
}

describe('another tenant’s ids', () => {
  it('has a probe on file for every route that takes an id', () => {
    expect(routesWithIds().sort()).toEqual([...Object.keys(probes), ...publicByDesign].sort());
  });

  it.each(Object.entries(probes))('%s answers 404', async (route, { target, body }) => {
    const [method = 'GET', path = ''] = route.split(' ');
    const res = await app
      .api(intruder.token)
      .raw(
        path
          .replace(':id', foreignIds[target])
          .replace(':mappingId', foreignIds.customer)
          .replace(':mergeId', foreignIds.customer),
        {
          method,
          ...(body === undefined
            ? {}
            : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        },
      );
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
      .where('id', '=', foreignIds.customer)
      .executeTakeFirst();
    expect(row).toMatchObject({ name: '别家的客户', archived_at: null, version: 1 });
  });
});
