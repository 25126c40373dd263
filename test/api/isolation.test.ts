/**
 * Another tenant's ids, on every route that takes one: each answers 404. Every path parameter is filled with a
 * real object of its own kind, and the victim reaches each object before the intruder is refused, so a broken
 * setup fails loudly instead of probing with ids that never existed.
 */
import { standardTemplate } from '@server/features/implementation/templates/standard/mid-large';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { fillPath, makeEveryObject, type ObjectIds } from '@test/helpers/every-object';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { mustSucceed } from '@test/helpers/http';
import { apiRoutes } from '@test/helpers/routes';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The intruder's own objects, so a body is valid in the intruder's tenant and only the path's id can be refused. */
const own = { customer: '', requirement: '' };

/** Every route that takes an id, with a valid body where it needs one (null: no body). */
const probes: Record<string, (() => unknown) | null> = {
  'GET /api/v1/customers/:id': null,
  'PATCH /api/v1/customers/:id': () => ({ name: '越权修改' }),
  'POST /api/v1/customers/:id/archive': null,
  'POST /api/v1/customers/:id/restore': null,
  'GET /api/v1/customers/:id/contacts': null,
  'POST /api/v1/customers/:id/contacts': () => ({ name: '周立新', role: 'user' }),
  'GET /api/v1/customers/:id/timeline': null,
  'GET /api/v1/insight/customers/:id': null,
  'POST /api/v1/platform/connections/:id/test': null,
  'POST /api/v1/platform/connections/:id/enable': null,
  'POST /api/v1/platform/connections/:id/disable': null,
  'GET /api/v1/platform/connections/:id/role-mappings': null,
  'POST /api/v1/platform/connections/:id/role-mappings': () => ({
    subject: 'department',
    externalId: '1',
    role: 'admin',
  }),
  'DELETE /api/v1/platform/connections/:id/role-mappings/:mappingId': null,
  'GET /api/v1/platform/connections/:id/directory/departments': null,
  'GET /api/v1/platform/connections/:id/directory/people': null,
  'PATCH /api/v1/users/:id': () => ({ role: 'admin' }),
  'GET /api/v1/platform/people/:id/messages': null,
  'GET /api/v1/attachments/:id': null,
  'GET /api/v1/visits/:id': null,
  'PATCH /api/v1/visits/:id': () => ({ version: 1, notes: '越权修改' }),
  'DELETE /api/v1/visits/:id': null,
  'GET /api/v1/templates/:id': null,
  'GET /api/v1/templates/:id/versions': null,
  'GET /api/v1/templates/:id/versions/:version': null,
  'GET /api/v1/templates/:id/versions/:version/impact': null,
  'GET /api/v1/templates/:id/draft': null,
  'GET /api/v1/templates/:id/draft/impact': null,
  'PUT /api/v1/templates/:id/draft': () => standardTemplate,
  'DELETE /api/v1/templates/:id/draft': null,
  'POST /api/v1/templates/:id/publish': null,
  'GET /api/v1/templates/:id/export': null,
  'GET /api/v1/projects/:id': null,
  'PATCH /api/v1/projects/:id': () => ({ name: '越权修改' }),
  'PATCH /api/v1/projects/:id/tasks/:taskId': () => ({ blocker: '越权' }),
  'GET /api/v1/projects/:id/tasks/export': null,
  'GET /api/v1/projects/:id/upgrade': null,
  'POST /api/v1/projects/:id/upgrade': null,
  'POST /api/v1/projects/:id/share': () => ({}),
  'GET /api/v1/projects/:id/status-links': null,
  'POST /api/v1/projects/:id/status-links/:linkId/revoke': null,
  'GET /api/v1/requirements/:id': null,
  'PATCH /api/v1/requirements/:id': () => ({ title: '越权修改' }),
  'POST /api/v1/requirements/:id/mentions': () => ({
    clientId: uuidv7(),
    customerId: own.customer,
    importance: 'important',
  }),
  'PATCH /api/v1/requirements/:id/mentions/:mentionId': () => ({ goLive: true }),
  'POST /api/v1/requirements/:id/merge': () => ({ targetId: own.requirement }),
  'POST /api/v1/requirements/:id/merge/:mergeId/contest': () => ({}),
  'POST /api/v1/requirements/:id/merge/:mergeId/keep': null,
  'POST /api/v1/requirements/:id/merge/:mergeId/undo': null,
  'POST /api/v1/requirements/:id/decisions': () => ({ status: 'planned' }),
  'POST /api/v1/requirements/:id/decisions/:decisionId/undo': null,
  'POST /api/v1/requirements/:id/told': () => ({ customerId: own.customer }),
  'POST /api/v1/requirements/:id/follow': null,
  'DELETE /api/v1/requirements/:id/follow': null,
  'POST /api/v1/requirements/:id/commitments': () => ({ customerId: own.customer, dueDate: '2027-01-31' }),
  'DELETE /api/v1/api-tokens/:id': null,
  'PATCH /api/v1/webhooks/:id': () => ({ enabled: false }),
  'DELETE /api/v1/webhooks/:id': null,
  'GET /api/v1/webhooks/:id/deliveries': null,
  'POST /api/v1/webhooks/:id/deliveries/:deliveryId/resend': null,
};

/** Platforms call these with no session; the connection id itself says whose they are. */
const publicByDesign = [
  'GET /api/v1/callbacks/:id',
  'POST /api/v1/callbacks/:id',
  // The signature in the URL is the permission (tested in attachments.test.ts).
  'GET /api/v1/attachments/:id/content',
  // The signed token is the permission (tested in implementation/status-page.test.ts).
  'GET /api/v1/status/:token',
];

let app: TestApp;
let intruder: TestUser;
let foreign: ObjectIds;

beforeAll(async () => {
  app = await startTestApp();
  foreign = (await makeEveryObject(app, '受害租户')).ids;
  intruder = await makeUser(await makeTenant(app, '入侵租户'), 'admin');
  own.customer = await makeCustomer(intruder, { name: '自家的客户' });
  const ownRequirement = await app.api(intruder.token).post<{ id: string }>('/api/v1/requirements', {
    clientId: uuidv7(),
    title: '自家的需求',
    customerId: own.customer,
    importance: 'important',
  });
  own.requirement = mustSucceed('the intruder capturing a requirement', ownRequirement).id;
});
afterAll(() => app.close());

const routesWithIds = () =>
  apiRoutes(app)
    .filter((route) => route.paramNames.length > 0)
    .map((route) => `${route.method} ${route.path}`);

const foreignPath = (route: string) => fillPath(route.split(' ')[1] ?? '', foreign);

describe('another tenant’s ids', () => {
  it('has a probe on file for every route that takes an id', () => {
    expect(routesWithIds().sort()).toEqual([...Object.keys(probes), ...publicByDesign].sort());
  });

  it('fills every path parameter with a real object of its own kind', () => {
    for (const route of Object.keys(probes)) expect(foreignPath(route)).not.toMatch(/:\w/);
  });

  it.each(Object.entries(probes))('%s answers 404', async (route, body) => {
    const [method = 'GET'] = route.split(' ');
    const res = await app.api(intruder.token).raw(foreignPath(route), {
      method,
      ...(body === null ? {} : { body: JSON.stringify(body()) }),
    });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('never lists another tenant’s customers, whatever the filter', async () => {
    const res = await app.api(intruder.token).get<{ items: unknown[] }>('/api/v1/customers?q=受害&limit=100');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('left the foreign customer untouched', async () => {
    const row = await app.database.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', foreign.customer)
      .executeTakeFirst();
    expect(row).toMatchObject({ name: '受害租户的客户', archived_at: null, version: 1 });
  });
});
