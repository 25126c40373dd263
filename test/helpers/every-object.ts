/**
 * A tenant with one object of every kind a route's path can name, each checked reachable by its own people, and
 * how to fill a route's path parameters with them. The isolation and fuzz tests probe every route with these.
 */
import { installStandardTemplates } from '@server/features/implementation/templates/standard/install';
import type { Project } from '@shared/schemas/implementation';
import type { RoleMapping } from '@shared/schemas/platform';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import { uuidv7 } from 'uuidv7';
import type { TestApp } from './app';
import { jpegBytes, uploadFile } from './attachments';
import {
  makeConnection,
  makeCustomer,
  makeTenant,
  makeUser,
  type TestTenant,
  type TestUser,
} from './factories';
import { mustSucceed } from './http';

type ObjectKind =
  | 'customer'
  | 'user'
  | 'connection'
  | 'mapping'
  | 'attachment'
  | 'visit'
  | 'template'
  | 'version'
  | 'project'
  | 'task'
  | 'statusLink'
  | 'requirement'
  | 'mention'
  | 'decision'
  | 'merge'
  | 'apiToken'
  | 'webhook'
  | 'delivery';

export type ObjectIds = Record<ObjectKind, string>;

export interface EveryObject {
  tenant: TestTenant;
  people: { rep: TestUser; admin: TestUser; implementer: TestUser; pm: TestUser };
  ids: ObjectIds;
}

/** The kind of object each path parameter other than `:id` names. */
const paramKinds: Record<string, ObjectKind> = {
  mappingId: 'mapping',
  taskId: 'task',
  linkId: 'statusLink',
  version: 'version',
  mentionId: 'mention',
  mergeId: 'merge',
  decisionId: 'decision',
  deliveryId: 'delivery',
};

/** The kind of object `:id` names under each resource. */
const idKinds: Record<string, ObjectKind> = {
  customers: 'customer',
  users: 'user',
  connections: 'connection',
  callbacks: 'connection',
  attachments: 'attachment',
  visits: 'visit',
  templates: 'template',
  projects: 'project',
  requirements: 'requirement',
  people: 'user',
  'api-tokens': 'apiToken',
  webhooks: 'webhook',
};

/** The kind of object a route's parameter names, or undefined for one that names no object (a status token). */
function kindOf(path: string, param: string): ObjectKind | undefined {
  if (param !== 'id') return paramKinds[param];
  const parts = path.split('/');
  return idKinds[parts[parts.indexOf(':id') - 1] ?? ''];
}

/** The route's path with each parameter replaced by `value(param)`, or by the object of its kind. */
export function fillPath(
  path: string,
  ids: ObjectIds,
  value?: (param: string) => string | undefined,
): string {
  return path.replace(/:(\w+)/g, (_, param: string) => {
    const kind = kindOf(path, param);
    const filled = value?.(param) ?? (kind ? ids[kind] : undefined);
    if (!filled) throw new Error(`no object for :${param} in ${path}`);
    return filled;
  });
}

export async function makeEveryObject(
  app: TestApp,
  name: string,
  options: { connectionBaseUrl?: string } = {},
): Promise<EveryObject> {
  const tenant = await makeTenant(app, name);
  const people = {
    rep: await makeUser(tenant, 'sales'),
    admin: await makeUser(tenant, 'admin'),
    implementer: await makeUser(tenant, 'implementer'),
    pm: await makeUser(tenant, 'pm'),
  };
  const ids = {} as ObjectIds;
  ids.customer = await makeCustomer(people.rep, { name: `${name}的客户` });
  ids.user = people.rep.id;
  ids.connection = await makeConnection(tenant, options.connectionBaseUrl ?? null);
  await installStandardTemplates(tenant.tdb, null);
  const world = { app, people, ids };
  await makeObjects(world);
  await makeRequirements(world, name);
  await reachEveryObject(world);
  return { tenant, people, ids };
}

interface World {
  app: TestApp;
  people: EveryObject['people'];
  ids: ObjectIds;
}

async function makeObjects({ app, people: { rep, admin, implementer }, ids }: World): Promise<void> {
  const mapped = await app
    .api(admin.token)
    .post<{ items: RoleMapping[] }>(`/api/v1/platform/connections/${ids.connection}/role-mappings`, {
      subject: 'department',
      externalId: '9',
      role: 'pm',
    });
  ids.mapping = mustSucceed('mapping a role', mapped).items[0]?.id ?? '';
  ids.attachment = mustSucceed('uploading a photo', await uploadFile(app.url, rep.token, jpegBytes())).id;
  // Subscribed before the visit, so logging it queues a delivery.
  const hook = { url: 'http://127.0.0.1:1/hook', events: ['visit.created'] };
  ids.webhook = mustSucceed(
    'subscribing a webhook',
    await app.api(admin.token).post<{ id: string }>('/api/v1/webhooks', hook),
  ).id;
  const visit = { clientId: uuidv7(), customerId: ids.customer, kind: 'phone' };
  ids.visit = mustSucceed(
    'logging a visit',
    await app.api(rep.token).post<{ id: string }>('/api/v1/visits', visit),
  ).id;
  const log = await app
    .api(admin.token)
    .get<{ items: { id: string }[] }>(`/api/v1/webhooks/${ids.webhook}/deliveries`);
  ids.delivery = mustSucceed('reading the webhook’s deliveries', log).items[0]?.id ?? '';
  const templates = await app.api(implementer.token).get<{ id: string }[]>('/api/v1/templates');
  ids.template = mustSucceed('listing templates', templates)[0]?.id ?? '';
  const versions = await app
    .api(implementer.token)
    .get<{ version: number }[]>(`/api/v1/templates/${ids.template}/versions`);
  ids.version = String(mustSucceed('listing template versions', versions)[0]?.version ?? '');
  const project = await app.api(implementer.token).post<Project>('/api/v1/projects', {
    customerId: ids.customer,
    templateId: ids.template,
    startDate: '2026-11-23',
  });
  ids.project = mustSucceed('starting a project', project).id;
  ids.task = project.body.phases[0]?.tasks[0]?.id ?? '';
  mustSucceed(
    'sharing the project’s status page',
    await app.api(implementer.token).post(`/api/v1/projects/${ids.project}/share`, {}),
  );
  const links = await app
    .api(implementer.token)
    .get<{ items: { id: string }[] }>(`/api/v1/projects/${ids.project}/status-links`);
  ids.statusLink = mustSucceed('listing the project’s status links', links).items[0]?.id ?? '';
  const token = await app
    .api(admin.token)
    .post<{ id: string }>('/api/v1/api-tokens', { name: '集成', scope: 'read' });
  ids.apiToken = mustSucceed('making an API token', token).id;
}

/** A requirement with a mention and a duplicate merged into it. */
async function makeRequirements({ app, people: { rep, pm }, ids }: World, name: string): Promise<void> {
  const capture = async (title: string) => {
    const res = await app.api(rep.token).post<{ id: string }>('/api/v1/requirements', {
      clientId: uuidv7(),
      title,
      customerId: ids.customer,
      importance: 'important',
    });
    return mustSucceed(`capturing “${title}”`, res).id;
  };
  ids.requirement = await capture(`${name}的需求`);
  const duplicate = await capture(`${name}的重复需求`);
  const merged = await app
    .api(pm.token)
    .post(`/api/v1/requirements/${duplicate}/merge`, { targetId: ids.requirement });
  mustSucceed('merging the duplicate', merged);
  const decided = await app
    .api(pm.token)
    .post(`/api/v1/requirements/${ids.requirement}/decisions`, { status: 'under_review', note: '评估中' });
  mustSucceed('deciding on the requirement', decided);
  const detail = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${ids.requirement}`);
  ids.mention = mustSucceed('reading the requirement', detail).mentions[0]?.id ?? '';
  ids.merge = detail.body.merges[0]?.id ?? '';
  ids.decision = detail.body.decisions[0]?.id ?? '';
}

function mustInclude(step: string, listed: string[], id: string): void {
  if (!id || !listed.includes(id))
    throw new Error(`setup failed: ${step} does not list ${id || 'an empty id'}`);
}

/** Positive controls: the tenant's own people reach every object, so probes never use ids that do not exist. */
async function reachEveryObject({ app, people: { rep, admin, implementer, pm }, ids }: World): Promise<void> {
  const reach = async <T>(who: TestUser, path: string) =>
    mustSucceed(`${who.role} GET ${path}`, await app.api(who.token).get<T>(path));
  await reach(rep, `/api/v1/customers/${ids.customer}`);
  const members = await reach<{ items: { id: string }[] }>(admin, '/api/v1/users');
  mustInclude(
    'the members list',
    members.items.map((member) => member.id),
    ids.user,
  );
  await reach(rep, `/api/v1/attachments/${ids.attachment}`);
  await reach(rep, `/api/v1/visits/${ids.visit}`);
  await reach(implementer, `/api/v1/templates/${ids.template}/versions/${ids.version}`);
  const mappings = await reach<{ items: RoleMapping[] }>(
    admin,
    `/api/v1/platform/connections/${ids.connection}/role-mappings`,
  );
  mustInclude(
    'the connection’s role mappings',
    mappings.items.map((m) => m.id),
    ids.mapping,
  );
  await reach(admin, `/api/v1/platform/people/${ids.user}/messages`);
  const tokens = await reach<{ items: { id: string }[] }>(admin, '/api/v1/api-tokens');
  mustInclude(
    'the API tokens',
    tokens.items.map((token) => token.id),
    ids.apiToken,
  );
  const hooks = await reach<{ items: { id: string }[] }>(admin, '/api/v1/webhooks');
  mustInclude(
    'the webhooks',
    hooks.items.map((hook) => hook.id),
    ids.webhook,
  );
  const log = await reach<{ items: { id: string }[] }>(admin, `/api/v1/webhooks/${ids.webhook}/deliveries`);
  mustInclude(
    'the webhook’s deliveries',
    log.items.map((delivery) => delivery.id),
    ids.delivery,
  );
  const links = await reach<{ items: { id: string }[] }>(
    implementer,
    `/api/v1/projects/${ids.project}/status-links`,
  );
  mustInclude(
    'the project’s status links',
    links.items.map((link) => link.id),
    ids.statusLink,
  );
  const project = await reach<Project>(implementer, `/api/v1/projects/${ids.project}`);
  mustInclude(
    'the project’s tasks',
    project.phases.flatMap((p) => p.tasks.map((t) => t.id)),
    ids.task,
  );
  const requirement = await reach<RequirementDetail>(pm, `/api/v1/requirements/${ids.requirement}`);
  mustInclude(
    'the requirement’s mentions',
    requirement.mentions.map((m) => m.id),
    ids.mention,
  );
  mustInclude(
    'the requirement’s merges',
    requirement.merges.map((m) => m.id),
    ids.merge,
  );
  mustInclude(
    'the requirement’s decisions',
    requirement.decisions.map((d) => d.id),
    ids.decision,
  );
}
