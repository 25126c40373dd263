import { newId } from '@server/core/ids';
import { customerSummaries } from '@server/features/customers/service';
import { preVisitBrief } from '@server/features/visits/brief';
import { findVisit } from '@server/features/visits/repo';
import type { Project } from '@shared/schemas/implementation';
import type { ShareLink, StatusPage } from '@shared/schemas/implementation-sharing';
import type { Mention, Requirement } from '@shared/schemas/requirements';
import type { CustomerTimeline, Visit } from '@shared/schemas/visits';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeUser, type TestUser } from '@test/helpers/factories';
import { type ImplementationWorld, makeWorld, startProject } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

async function capture(user: TestUser, body: Record<string, unknown>): Promise<Requirement> {
  const res = await app.api(user.token).post<Requirement>('/api/v1/requirements', {
    clientId: newId(),
    importance: 'important',
    customerId: world.midCustomerId,
    ...body,
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function logVisit(customerId = world.midCustomerId): Promise<Visit> {
  const res = await app.api(world.rep.token).post<Visit>('/api/v1/visits', {
    clientId: newId(),
    customerId,
    kind: 'phone',
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function briefOf(visitId: string): Promise<string> {
  const tdb = world.tenant.tdb;
  const visit = await findVisit(tdb, visitId);
  const [customer] = await customerSummaries(tdb, [world.midCustomerId]);
  if (!visit || !customer) throw new Error('visit or customer missing');
  return (await preVisitBrief(tdb, visit, customer, app.config.publicUrl)).body;
}

const timeline = async (customerId = world.midCustomerId) =>
  (await app.api(world.rep.token).get<CustomerTimeline>(`/api/v1/customers/${customerId}/timeline`)).body
    .items;

describe('requirements on visits', () => {
  it('counts a requirement captured on the visit in its evidence score', async () => {
    const visit = await logVisit();
    expect(visit.evidence.parts.requirement).toBe(0);
    await capture(world.rep, { title: '门店盘点支持扫码枪批量录入', visitId: visit.id });
    const after = await app.api(world.rep.token).get<Visit>(`/api/v1/visits/${visit.id}`);
    expect(after.body.evidence.parts.requirement).toBe(20);
    expect(after.body.evidence.total).toBeGreaterThan(visit.evidence.total);
  });

  it('refuses to cite a visit the person may not see or one of another company, naming visitId', async () => {
    const manager = await makeUser(world.tenant, 'manager', '王经理');
    const managersVisit = await app.api(manager.token).post<Visit>('/api/v1/visits', {
      clientId: newId(),
      customerId: world.midCustomerId,
      kind: 'phone',
    });
    expect(managersVisit.status).toBe(201);
    const elsewhere = await makeWorld(app);
    const foreignVisit = await app.api(elsewhere.rep.token).post<Visit>('/api/v1/visits', {
      clientId: newId(),
      customerId: elsewhere.midCustomerId,
      kind: 'phone',
    });
    expect(foreignVisit.status).toBe(201);
    const cite = (user: TestUser, visitId: string) =>
      app.api(user.token).post<{ error: { fields: Record<string, string> } }>('/api/v1/requirements', {
        clientId: newId(),
        title: '巡店照片自动归档到门店',
        importance: 'important',
        customerId: world.midCustomerId,
        visitId,
      });

    expect((await cite(world.rep, (await logVisit()).id)).status).toBe(201);
    expect((await cite(world.pm, managersVisit.body.id)).status).toBe(201);
    for (const visitId of [managersVisit.body.id, foreignVisit.body.id]) {
      const refused = await cite(world.rep, visitId);
      expect(refused.status).toBe(400);
      expect(Object.keys(refused.body.error.fields)).toEqual(['visitId']);
    }
    const evidence = await app.api(manager.token).get<Visit>(`/api/v1/visits/${managersVisit.body.id}`);
    expect(evidence.body.evidence.parts.requirement).toBe(20);
  });

  it('refuses to cite a project the person may not see or one of another company, naming projectId', async () => {
    const own = await startProject(app, world);
    const othersCustomer = await makeCustomer(world.otherRep, { name: '宁波港城物流' });
    const othersProject = await startProject(app, world, { customerId: othersCustomer });
    const elsewhere = await makeWorld(app);
    const foreign = await startProject(app, elsewhere);
    const requirement = await capture(world.rep, { title: '验收单扫码签收', projectId: own.id });
    const addTo = (projectId: string) =>
      app
        .api(world.rep.token)
        .post<{ error: { fields: Record<string, string> } }>(
          `/api/v1/requirements/${requirement.id}/mentions`,
          { clientId: newId(), importance: 'important', customerId: world.midCustomerId, projectId },
        );
    expect((await addTo(own.id)).status).toBe(201);
    for (const projectId of [othersProject.id, foreign.id]) {
      const refused = await addTo(projectId);
      expect(refused.status).toBe(400);
      expect(Object.keys(refused.body.error.fields)).toEqual(['projectId']);
    }
    const byItsRep = await app
      .api(world.otherRep.token)
      .post(`/api/v1/requirements/${requirement.id}/mentions`, {
        clientId: newId(),
        importance: 'important',
        customerId: othersCustomer,
        projectId: othersProject.id,
      });
    expect(byItsRep.status).toBe(201);
  });

  it("shows the customer's requirements on its timeline with status and the date they asked", async () => {
    const requirement = await capture(world.rep, { title: '会员积分可跨门店通用' });
    const entry = (await timeline()).find((item) => item.type === 'item' && item.id === requirement.id);
    expect(entry).toEqual({
      type: 'item',
      at: requirement.createdAt,
      source: 'requirement',
      id: requirement.id,
      title: '会员积分可跨门店通用',
      status: 'new',
    });
    const elsewhere = await timeline(world.largeBenchmarkId);
    expect(elsewhere.some((item) => item.type === 'item' && item.id === requirement.id)).toBe(false);
  });

  it('lists open requirements with their status in the pre-visit brief, and leaves out declined ones', async () => {
    const planned = await capture(world.rep, { title: '补货建议按天气预报调整' });
    const declined = await capture(world.rep, { title: '收银台支持数字人民币硬钱包' });
    await capture(world.rep, { title: '门店价签与总部价格实时同步', goLive: true });
    await app
      .api(world.pm.token)
      .post(`/api/v1/requirements/${planned.id}/decisions`, { status: 'planned', note: '排入 6 月版本' });
    await app.api(world.pm.token).post(`/api/v1/requirements/${declined.id}/decisions`, {
      status: 'declined',
      note: '硬件厂商未开放接口',
    });
    const brief = await briefOf((await logVisit()).id);
    expect(brief).toMatch(/未结需求 \d+ 条：/);
    expect(brief).toContain('· 补货建议按天气预报调整（已规划）');
    expect(brief).toContain('· 门店价签与总部价格实时同步（新提交）· 上线必需');
    expect(brief).not.toContain('收银台支持数字人民币硬钱包');
  });
});

describe('go-live requirements in implementation', () => {
  it('makes a go-live requirement of the customer an acceptance item of its project, with its status', async () => {
    const project = await startProject(app, world);
    const goLive = await capture(world.rep, { title: '上线前完成老系统会员数据迁移', goLive: true });
    await capture(world.rep, { title: '报表导出为 PDF' });
    await capture(world.rep, {
      title: '仓库温度超限短信告警',
      goLive: true,
      customerId: world.largeBenchmarkId,
    });
    const res = await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`);
    expect(res.body.acceptanceItems).toContainEqual({
      id: goLive.id,
      title: '上线前完成老系统会员数据迁移',
      status: 'new',
      source: 'requirement',
    });
    const titles = res.body.acceptanceItems.map((item) => item.title);
    expect(titles).not.toContain('报表导出为 PDF');
    expect(titles).not.toContain('仓库温度超限短信告警');
    await app
      .api(world.pm.token)
      .post(`/api/v1/requirements/${goLive.id}/decisions`, { status: 'in_progress' });
    const later = await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`);
    expect(later.body.acceptanceItems.find((item) => item.id === goLive.id)?.status).toBe('in_progress');
  });

  it('lets the reporter or a PM mark a mention go-live later, and nobody else', async () => {
    const project = await startProject(app, world);
    const requirement = await capture(world.rep, { title: '门店排班与考勤打通' });
    const detail = await app
      .api(world.pm.token)
      .get<{ mentions: Mention[] }>(`/api/v1/requirements/${requirement.id}`);
    const mention = detail.body.mentions[0];
    if (!mention) throw new Error('no mention');
    expect(mention.goLive).toBe(false);
    const url = `/api/v1/requirements/${requirement.id}/mentions/${mention.id}`;
    expect((await app.api().patch(url, { goLive: true })).status).toBe(401);
    expect((await app.api(world.rep.token).patch(url, { goLive: 'yes' })).status).toBe(400);
    expect((await app.api(world.otherRep.token).patch(url, { goLive: true })).status).toBe(404);
    expect((await app.api(world.implementer.token).patch(url, { goLive: true })).status).toBe(403);
    const wrongRequirement = `/api/v1/requirements/${project.id}/mentions/${mention.id}`;
    expect((await app.api(world.pm.token).patch(wrongRequirement, { goLive: true })).status).toBe(404);

    const marked = await app.api(world.rep.token).patch<Mention>(url, { goLive: true });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: mention.id, goLive: true });
    const items = async () =>
      (await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`)).body.acceptanceItems;
    expect((await items()).map((item) => item.id)).toContain(requirement.id);

    expect((await app.api(world.pm.token).patch<Mention>(url, { goLive: false })).body.goLive).toBe(false);
    expect((await items()).map((item) => item.id)).not.toContain(requirement.id);
  });

  it("lists on the public status page the requirements that customer raised, and no other customer's", async () => {
    const project = await startProject(app, world);
    const mine = await capture(world.rep, { title: '小程序下单支持企业月结' });
    await capture(world.rep, { title: '对接顺丰冷运轨迹', customerId: world.largeBenchmarkId });
    await app
      .api(world.pm.token)
      .post(`/api/v1/requirements/${mine.id}/decisions`, { status: 'planned', note: 'Q3' });
    const link = await app.api(world.owner.token).post<ShareLink>(`/api/v1/projects/${project.id}/share`, {});
    const page = await app.api().get<StatusPage>(`/api/v1/status/${link.body.token}`);
    expect(page.body.requirements).toContainEqual({ title: '小程序下单支持企业月结', status: 'planned' });
    expect(JSON.stringify(page.body)).not.toContain('对接顺丰冷运轨迹');
  });
});
