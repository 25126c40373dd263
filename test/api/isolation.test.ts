import { apiRouter } from '@server/app';
import { createLogger } from '@server/core/log';
import { createAttachments } from '@server/features/attachments/service';
import { standardTemplate } from '@server/features/implementation/standard/standard';
import { installStandardTemplates } from '@server/features/implementation/standard-templates';
import { createPlatformRuntime } from '@server/platforms/runtime';
import type { Project } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { jpegBytes, uploadFile } from '@test/helpers/attachments';
import { makeConnection, makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Probe {
  /** Which of the victim's objects the id in the path names. */
  target: 'customer' | 'connection' | 'attachment' | 'visit' | 'template' | 'project' | 'requirement';
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
  'GET /api/v1/attachments/:id': { target: 'attachment' },
  'GET /api/v1/visits/:id': { target: 'visit' },
  'PATCH /api/v1/visits/:id': { target: 'visit', body: { version: 1, notes: '越权修改' } },
  'DELETE /api/v1/visits/:id': { target: 'visit' },
  'GET /api/v1/customers/:id/timeline': { target: 'customer' },
  'GET /api/v1/templates/:id': { target: 'template' },
  'GET /api/v1/templates/:id/versions': { target: 'template' },
  'GET /api/v1/templates/:id/versions/:version': { target: 'template' },
  'GET /api/v1/templates/:id/versions/:version/impact': { target: 'template' },
  'GET /api/v1/templates/:id/draft': { target: 'template' },
  'PUT /api/v1/templates/:id/draft': { target: 'template', body: standardTemplate },
  'DELETE /api/v1/templates/:id/draft': { target: 'template' },
  'POST /api/v1/templates/:id/publish': { target: 'template' },
  'GET /api/v1/templates/:id/export': { target: 'template' },
  'GET /api/v1/projects/:id': { target: 'project' },
  'PATCH /api/v1/projects/:id': { target: 'project', body: { name: '越权修改' } },
  'PATCH /api/v1/projects/:id/tasks/:taskId': { target: 'project', body: { blocker: '越权' } },
  'GET /api/v1/projects/:id/upgrade': { target: 'project' },
  'POST /api/v1/projects/:id/upgrade': { target: 'project' },
  'POST /api/v1/projects/:id/share': { target: 'project', body: {} },
  'GET /api/v1/projects/:id/status-links': { target: 'project' },
  'POST /api/v1/projects/:id/status-links/:linkId/revoke': { target: 'project' },
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
  'PATCH /api/v1/requirements/:id/mentions/:mentionId': { target: 'requirement', body: { goLive: true } },
  'POST /api/v1/requirements/:id/merge': {
    target: 'requirement',
    body: { targetId: '01a20000-0000-7000-8000-000000000003' },
  },
  'POST /api/v1/requirements/:id/merge/:mergeId/contest': { target: 'requirement', body: {} },
  'POST /api/v1/requirements/:id/merge/:mergeId/keep': { target: 'requirement' },
  'POST /api/v1/requirements/:id/merge/:mergeId/undo': { target: 'requirement' },
  'POST /api/v1/requirements/:id/decisions': { target: 'requirement', body: { status: 'planned' } },
  'POST /api/v1/requirements/:id/decisions/:decisionId/undo': { target: 'requirement' },
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
const publicByDesign = [
  'GET /api/v1/callbacks/:id',
  'POST /api/v1/callbacks/:id',
  // The signature in the URL is the permission (tested in attachments.test.ts).
  'GET /api/v1/attachments/:id/content',
  // The link's random token is the permission (tested in implementation/status-page.test.ts).
  'GET /api/v1/status/:token',
];

let app: TestApp;
let intruder: TestUser;
const foreignIds = {
  customer: '',
  connection: '',
  attachment: '',
  visit: '',
  template: '',
  project: '',
  task: '',
  statusLink: '',
  requirement: '',
};

beforeAll(async () => {
  app = await startTestApp();
  const victimTenant = await makeTenant(app, '受害租户');
  const victim = await makeUser(victimTenant, 'sales');
  foreignIds.customer = await makeCustomer(victim, { name: '别家的客户' });
  foreignIds.connection = await makeConnection(victimTenant);
  foreignIds.attachment = (await uploadFile(app.url, victim.token, jpegBytes())).body.id;
  const visit = { clientId: crypto.randomUUID(), customerId: foreignIds.customer, kind: 'phone' };
  foreignIds.visit = (await app.api(victim.token).post<{ id: string }>('/api/v1/visits', visit)).body.id;
  await installStandardTemplates(victimTenant.tdb, null);
  const implementer = await makeUser(victimTenant, 'implementer');
  const [template] = (await app.api(implementer.token).get<{ id: string }[]>('/api/v1/templates')).body;
  const project = await app.api(implementer.token).post<Project>('/api/v1/projects', {
    customerId: foreignIds.customer,
    templateId: template?.id,
    startDate: '2026-11-23',
  });
  foreignIds.template = template?.id ?? '';
  foreignIds.project = project.body.id;
  foreignIds.task = project.body.phases[0]?.tasks[0]?.id ?? '';
  const link = await app
    .api(implementer.token)
    .post<{ id: string }>(`/api/v1/projects/${project.body.id}/share`, {});
  foreignIds.statusLink = link.body.id;
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
    attachments: createAttachments(app.config),
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
          .replace(':taskId', foreignIds.task)
          .replace(':linkId', foreignIds.statusLink)
          .replace(':version', '1')
          .replace(':mergeId', foreignIds.customer)
          .replace(':decisionId', foreignIds.customer)
          .replace(':mentionId', foreignIds.customer),
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
