/**
 * Another tenant's ids, on every route that takes one: each answers 404. Every path parameter is filled with a
 * real object of its own kind, and the victim reaches each object before the intruder is refused, so a broken
 * setup fails loudly instead of probing with ids that never existed.
 */

import { standardTemplate } from '@server/features/implementation/standard/standard';
import { installStandardTemplates } from '@server/features/implementation/standard-templates';
import type { Project } from '@shared/schemas/implementation';
import type { RoleMapping } from '@shared/schemas/platform';
import type { RequirementDetail } from '@shared/schemas/requirements';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { jpegBytes, uploadFile } from '@test/helpers/attachments';
import { makeConnection, makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { mustSucceed } from '@test/helpers/http';
import { apiRoutes } from '@test/helpers/routes';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Kind =
  | 'customer'
  | 'connection'
  | 'mapping'
  | 'attachment'
  | 'visit'
  | 'template'
  | 'version'
  | 'project'
  | 'task'
  | 'requirement'
  | 'mention'
  | 'merge';

/** The kind of object each path parameter other than `:id` names. */
const paramKinds: Record<string, Kind> = {
  mappingId: 'mapping',
  taskId: 'task',
  version: 'version',
  mentionId: 'mention',
  mergeId: 'merge',
};

/** The kind of object `:id` names under each resource. */
const idKinds: Record<string, Kind> = {
  customers: 'customer',
  connections: 'connection',
  attachments: 'attachment',
  visits: 'visit',
  templates: 'template',
  projects: 'project',
  requirements: 'requirement',
};

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
  'GET /api/v1/attachments/:id': null,
  'GET /api/v1/visits/:id': null,
  'PATCH /api/v1/visits/:id': () => ({ version: 1, notes: '越权修改' }),
  'DELETE /api/v1/visits/:id': null,
  'GET /api/v1/templates/:id': null,
  'GET /api/v1/templates/:id/versions': null,
  'GET /api/v1/templates/:id/versions/:version': null,
  'GET /api/v1/templates/:id/versions/:version/impact': null,
  'GET /api/v1/templates/:id/draft': null,
  'PUT /api/v1/templates/:id/draft': () => standardTemplate,
  'DELETE /api/v1/templates/:id/draft': null,
  'POST /api/v1/templates/:id/publish': null,
  'GET /api/v1/templates/:id/export': null,
  'GET /api/v1/projects/:id': null,
  'PATCH /api/v1/projects/:id': () => ({ name: '越权修改' }),
  'PATCH /api/v1/projects/:id/tasks/:taskId': () => ({ blocker: '越权' }),
  'GET /api/v1/projects/:id/upgrade': null,
  'POST /api/v1/projects/:id/upgrade': null,
  'POST /api/v1/projects/:id/share': () => ({}),
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
  'POST /api/v1/requirements/:id/told': () => ({ customerId: own.customer }),
  'POST /api/v1/requirements/:id/follow': null,
  'DELETE /api/v1/requirements/:id/follow': null,
  'POST /api/v1/requirements/:id/commitments': () => ({ customerId: own.customer, dueDate: '2027-01-31' }),
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
const foreign: Record<Kind, string> = {
  customer: '',
  connection: '',
  mapping: '',
  attachment: '',
  visit: '',
  template: '',
  version: '',
  project: '',
  task: '',
  requirement: '',
  mention: '',
  merge: '',
};

function mustInclude(step: string, ids: string[], id: string): void {
  if (!id || !ids.includes(id)) throw new Error(`setup failed: ${step} does not list ${id || 'an empty id'}`);
}

interface Victims {
  rep: TestUser;
  admin: TestUser;
  implementer: TestUser;
  pm: TestUser;
}

beforeAll(async () => {
  app = await startTestApp();
  const tenant = await makeTenant(app, '受害租户');
  const victims: Victims = {
    rep: await makeUser(tenant, 'sales'),
    admin: await makeUser(tenant, 'admin'),
    implementer: await makeUser(tenant, 'implementer'),
    pm: await makeUser(tenant, 'pm'),
  };
  foreign.customer = await makeCustomer(victims.rep, { name: '别家的客户' });
  foreign.connection = await makeConnection(tenant);
  await installStandardTemplates(tenant.tdb, null);
  await makeVictimObjects(victims);
  await makeVictimRequirements(victims);
  await reachEveryObject(victims);
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

async function makeVictimObjects({ rep, admin, implementer }: Victims): Promise<void> {
  const mapped = await app
    .api(admin.token)
    .post<{ items: RoleMapping[] }>(`/api/v1/platform/connections/${foreign.connection}/role-mappings`, {
      subject: 'department',
      externalId: '9',
      role: 'pm',
    });
  foreign.mapping = mustSucceed('mapping a role', mapped).items[0]?.id ?? '';
  foreign.attachment = mustSucceed('uploading a photo', await uploadFile(app.url, rep.token, jpegBytes())).id;
  const visit = { clientId: uuidv7(), customerId: foreign.customer, kind: 'phone' };
  foreign.visit = mustSucceed(
    'logging a visit',
    await app.api(rep.token).post<{ id: string }>('/api/v1/visits', visit),
  ).id;
  const templates = await app.api(implementer.token).get<{ id: string }[]>('/api/v1/templates');
  foreign.template = mustSucceed('listing templates', templates)[0]?.id ?? '';
  const versions = await app
    .api(implementer.token)
    .get<{ version: number }[]>(`/api/v1/templates/${foreign.template}/versions`);
  foreign.version = String(mustSucceed('listing template versions', versions)[0]?.version ?? '');
  const project = await app.api(implementer.token).post<Project>('/api/v1/projects', {
    customerId: foreign.customer,
    templateId: foreign.template,
    startDate: '2026-11-23',
  });
  foreign.project = mustSucceed('starting a project', project).id;
  foreign.task = project.body.phases[0]?.tasks[0]?.id ?? '';
}

/** A requirement with a mention and a duplicate merged into it. */
async function makeVictimRequirements({ rep, pm }: Victims): Promise<void> {
  const capture = async (title: string) => {
    const res = await app.api(rep.token).post<{ id: string }>('/api/v1/requirements', {
      clientId: uuidv7(),
      title,
      customerId: foreign.customer,
      importance: 'important',
    });
    return mustSucceed(`capturing “${title}”`, res).id;
  };
  foreign.requirement = await capture('别家的需求');
  const duplicate = await capture('别家的重复需求');
  const merged = await app
    .api(pm.token)
    .post(`/api/v1/requirements/${duplicate}/merge`, { targetId: foreign.requirement });
  mustSucceed('merging the duplicate', merged);
  const detail = await app
    .api(pm.token)
    .get<RequirementDetail>(`/api/v1/requirements/${foreign.requirement}`);
  foreign.mention = mustSucceed('reading the requirement', detail).mentions[0]?.id ?? '';
  foreign.merge = detail.body.merges[0]?.id ?? '';
}

/** Positive controls: the victim's own people reach every object the probes name. */
async function reachEveryObject({ rep, admin, implementer, pm }: Victims): Promise<void> {
  const reach = async <T>(who: TestUser, path: string) =>
    mustSucceed(`${who.role} GET ${path}`, await app.api(who.token).get<T>(path));
  await reach(rep, `/api/v1/customers/${foreign.customer}`);
  await reach(rep, `/api/v1/attachments/${foreign.attachment}`);
  await reach(rep, `/api/v1/visits/${foreign.visit}`);
  await reach(implementer, `/api/v1/templates/${foreign.template}/versions/${foreign.version}`);
  const mappings = await reach<{ items: RoleMapping[] }>(
    admin,
    `/api/v1/platform/connections/${foreign.connection}/role-mappings`,
  );
  mustInclude(
    'the connection’s role mappings',
    mappings.items.map((m) => m.id),
    foreign.mapping,
  );
  const project = await reach<Project>(implementer, `/api/v1/projects/${foreign.project}`);
  mustInclude(
    'the project’s tasks',
    project.phases.flatMap((p) => p.tasks.map((t) => t.id)),
    foreign.task,
  );
  const requirement = await reach<RequirementDetail>(pm, `/api/v1/requirements/${foreign.requirement}`);
  mustInclude(
    'the requirement’s mentions',
    requirement.mentions.map((m) => m.id),
    foreign.mention,
  );
  mustInclude(
    'the requirement’s merges',
    requirement.merges.map((m) => m.id),
    foreign.merge,
  );
}

const routesWithIds = () =>
  apiRoutes(app)
    .filter((route) => route.paramNames.length > 0)
    .map((route) => `${route.method} ${route.path}`);

/** The route's path with each parameter replaced by the victim's object of that parameter's kind. */
function foreignPath(route: string): string {
  const path = route.split(' ')[1] ?? '';
  const resource = path.split('/')[3] ?? '';
  const resourceKind = path.includes('/connections/') ? 'connection' : idKinds[resource];
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const kind = name === 'id' ? resourceKind : paramKinds[name];
    const id = kind ? foreign[kind] : '';
    if (!id) throw new Error(`no victim object for :${name} in ${route}`);
    return id;
  });
}

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
    const res = await app.api(intruder.token).get<{ items: unknown[] }>('/api/v1/customers?q=别家&limit=100');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('left the foreign customer untouched', async () => {
    const row = await app.database.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', foreign.customer)
      .executeTakeFirst();
    expect(row).toMatchObject({ name: '别家的客户', archived_at: null, version: 1 });
  });
});
