/** What the implementation API tests share: a tenant with people, customers, the standard templates installed. */
import { installStandardTemplates } from '@server/features/implementation/templates/standard/install';
import type { CustomerCreate } from '@shared/schemas/customers';
import type { Project, ProjectTask, Template } from '@shared/schemas/implementation';
import type { ShareLink } from '@shared/schemas/implementation-sharing';
import type { TestApp } from '@test/helpers/app';
import {
  makeCustomer,
  makeIdentity,
  makeTenant,
  makeUser,
  type TestTenant,
  type TestUser,
} from '@test/helpers/factories';

export interface ImplementationWorld {
  tenant: TestTenant;
  admin: TestUser;
  pm: TestUser;
  owner: TestUser;
  implementer: TestUser;
  outsider: TestUser;
  rep: TestUser;
  otherRep: TestUser;
  midCustomerId: string;
  largeBenchmarkId: string;
  standard: Template;
  smb: Template;
}

export async function makeWorld(app: TestApp): Promise<ImplementationWorld> {
  const tenant = await makeTenant(app);
  const [admin, pm, owner, implementer, outsider, rep, otherRep] = await Promise.all([
    makeUser(tenant, 'admin', '沈嘉怡'),
    makeUser(tenant, 'pm', '林晓雯'),
    makeUser(tenant, 'implementer', '刘思远'),
    makeUser(tenant, 'implementer', '何静怡'),
    makeUser(tenant, 'implementer', '周外人'),
    makeUser(tenant, 'sales', '张浩然'),
    makeUser(tenant, 'sales', '李婷婷'),
  ]);
  const midCustomerId = await makeCustomer(rep, { name: '杭州鲜丰汇零售连锁有限公司', segment: 'mid' });
  const largeBenchmarkId = await makeCustomer(rep, {
    name: '上海迅达通供应链管理有限公司',
    segment: 'large',
    flags: { benchmark: true },
  } as Partial<CustomerCreate>);
  await installStandardTemplates(tenant.tdb, null);
  const templates = (await app.api(pm.token).get<Template[]>('/api/v1/templates')).body;
  const standard = templates.find((t) => t.segment === 'mid');
  const smb = templates.find((t) => t.segment === 'smb');
  if (!standard || !smb) throw new Error('standard templates not installed');
  return {
    tenant,
    admin,
    pm,
    owner,
    implementer,
    outsider,
    rep,
    otherRep,
    midCustomerId,
    largeBenchmarkId,
    standard,
    smb,
  };
}

/** Monday of the current week, so plans start on a working day. */
export function thisMonday(): string {
  const now = new Date();
  const day = now.getUTCDay() === 0 ? 7 : now.getUTCDay();
  return new Date(now.getTime() - (day - 1) * 86_400_000).toISOString().slice(0, 10);
}

export async function startProject(
  app: TestApp,
  world: ImplementationWorld,
  overrides: Record<string, unknown> = {},
): Promise<Project> {
  const res = await app.api(world.owner.token).post<Project>('/api/v1/projects', {
    customerId: world.midCustomerId,
    templateId: world.standard.id,
    startDate: thisMonday(),
    memberIds: [world.implementer.id],
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`project not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export function taskByTitle(project: Project, title: string): ProjectTask {
  const task = project.phases.flatMap((phase) => phase.tasks).find((t) => t.title === title);
  if (!task) throw new Error(`no task ${title}`);
  return task;
}

/** A status-page link for the project, given out by the person holding `token`. */
export async function shareLink(app: TestApp, token: string, projectId: string): Promise<ShareLink> {
  const res = await app.api(token).post<ShareLink>(`/api/v1/projects/${projectId}/share`, {});
  if (res.status !== 200) throw new Error(`not shared: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A Feishu identity for a person, through the tenant's Feishu connection, so notifyPerson can reach them. */
export async function giveFeishuIdentity(tenant: TestTenant, userId: string, openId: string): Promise<void> {
  const connection = await tenant.tdb
    .selectFrom('platform_connections')
    .select('id')
    .where('platform', '=', 'feishu')
    .executeTakeFirstOrThrow();
  await makeIdentity(tenant, { userId, connectionId: connection.id, platform: 'feishu', externalId: openId });
}
