import type { Project, ProjectSummary, TodayItem } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { type ImplementationWorld, makeWorld, startProject, thisMonday } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

describe('POST /api/v1/projects', () => {
  it('answers 401 without a token', async () => {
    expect((await app.api().post('/api/v1/projects', {})).status).toBe(401);
  });

  it('refuses a sales rep (403)', async () => {
    const res = await app.api(world.rep.token).post('/api/v1/projects', {
      customerId: world.midCustomerId,
      templateId: world.standard.id,
      startDate: thisMonday(),
    });
    expect(res.status).toBe(403);
  });

  it('names bad fields (400)', async () => {
    const res = await app.api(world.owner.token).post('/api/v1/projects', {
      customerId: 'x',
      templateId: world.standard.id,
      startDate: '2026-13-40',
    });
    expect(res.status).toBe(400);
    expect(Object.keys((res.body as { error: { fields: object } }).error.fields)).toEqual(
      expect.arrayContaining(['customerId', 'startDate']),
    );
  });

  it("answers 404 for another tenant's customer", async () => {
    const other = await makeTenant(app);
    const otherRep = await makeUser(other, 'sales');
    const { makeCustomer } = await import('@test/helpers/factories');
    const foreign = await makeCustomer(otherRep);
    const res = await app.api(world.owner.token).post('/api/v1/projects', {
      customerId: foreign,
      templateId: world.standard.id,
      startDate: thisMonday(),
    });
    expect(res.status).toBe(404);
  });

  it('copies the mid-size plan with working-day due dates, in the promised shape', async () => {
    const project = await startProject(app, world, {
      goLiveTarget: '2027-03-31',
      goals: [{ metric: '拜访当天录入率', baseline: 35, target: 90, unit: '%' }],
    });
    expect(project).toMatchObject({
      customerId: world.midCustomerId,
      customerName: '杭州鲜丰汇零售连锁有限公司',
      templateId: world.standard.id,
      templateVersion: 1,
      upgradeAvailable: null,
      status: 'active',
      startDate: thisMonday(),
      goLiveTarget: '2027-03-31',
      owner: { id: world.owner.id, name: '刘思远' },
      members: [{ id: world.implementer.id, name: '何静怡' }],
      goals: [{ metric: '拜访当天录入率', baseline: 35, target: 90, actual: null, unit: '%', met: null }],
      acceptanceItems: [],
      progress: 0,
      can: { update: true, upgrade: false, share: true, manageLinks: true },
    });
    expect(project.phases.map((p) => p.name)).toEqual([
      '需求调研',
      '需求确认',
      '研发/配置',
      'UAT',
      '投产',
      '试运行',
      '全公司推广',
    ]);
    const [research, confirm] = project.phases;
    expect(research?.startDate).toBe(thisMonday());
    // 10 working days: two full weeks, due on the second Friday.
    expect(Date.parse(research?.dueDate ?? '') - Date.parse(thisMonday())).toBe(11 * 86_400_000);
    expect(confirm?.startDate).toBe(
      new Date(Date.parse(research?.dueDate ?? '') + 3 * 86_400_000).toISOString().slice(0, 10),
    );
    expect(research?.tasks[0]).toMatchObject({
      title: '召开项目启动会',
      evidence: 'photo',
      assigneeId: null,
      dueDate: research?.dueDate,
      doneAt: null,
      blocker: null,
      proof: { note: null, attachments: [], signature: null },
    });
    const titles = project.phases.flatMap((p) => p.tasks.map((t) => t.title));
    expect(titles).not.toContain('与客户 IT 部门交接系统边界');
  });

  it('gives a large benchmark customer the IT tasks and the case-study phase', async () => {
    const project = await startProject(app, world, { customerId: world.largeBenchmarkId });
    const titles = project.phases.flatMap((p) => p.tasks.map((t) => t.title));
    expect(titles).toEqual(expect.arrayContaining(['与客户 IT 部门交接系统边界', '按部门配置数据权限']));
    expect(project.phases.at(-1)?.name).toBe('标杆案例共创');
  });

  it('answers the same project for a repeated clientId, also under concurrent retries', async () => {
    const clientId = crypto.randomUUID();
    const body = {
      clientId,
      customerId: world.midCustomerId,
      templateId: world.standard.id,
      startDate: thisMonday(),
    };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => app.api(world.owner.token).post<Project>('/api/v1/projects', body)),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(19);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  });

  it('refuses a member who is not an active colleague (422 naming the field)', async () => {
    const res = await app.api(world.owner.token).post('/api/v1/projects', {
      customerId: world.midCustomerId,
      templateId: world.standard.id,
      startDate: thisMonday(),
      memberIds: [crypto.randomUUID()],
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: { code: 'INVALID_MEMBER', fields: { 'memberIds.0': expect.any(String) } },
    });
  });
});

describe('GET /api/v1/projects and /projects/{id}', () => {
  it('lists mine and all, filtered by health', async () => {
    const project = await startProject(app, world);
    const mine = await app.api(world.implementer.token).get<ProjectSummary[]>('/api/v1/projects?scope=mine');
    expect(mine.status).toBe(200);
    expect(mine.body.map((p) => p.id)).toContain(project.id);
    const outsiderMine = await app.api(world.outsider.token).get<ProjectSummary[]>('/api/v1/projects');
    expect(outsiderMine.body.map((p) => p.id)).not.toContain(project.id);
    const all = await app.api(world.outsider.token).get<ProjectSummary[]>('/api/v1/projects?scope=all');
    expect(all.body.map((p) => p.id)).toContain(project.id);
    const overdue = await app
      .api(world.pm.token)
      .get<ProjectSummary[]>('/api/v1/projects?scope=all&health=overdue');
    expect(overdue.body.map((p) => p.id)).not.toContain(project.id);
    expect((await app.api(world.pm.token).get('/api/v1/projects?health=green')).status).toBe(400);
  });

  it("hides projects of other reps' customers from a sales rep (404)", async () => {
    const project = await startProject(app, world);
    expect((await app.api(world.rep.token).get(`/api/v1/projects/${project.id}`)).status).toBe(200);
    expect((await app.api(world.otherRep.token).get(`/api/v1/projects/${project.id}`)).status).toBe(404);
    expect((await app.api(world.owner.token).get('/api/v1/projects/not-an-id')).status).toBe(404);
  });

  it('lets the owner record actual goal values checked at acceptance; others may not (403)', async () => {
    const project = await startProject(app, world, {
      goals: [{ metric: '需求响应时长', baseline: 14, target: 5, unit: '天' }],
    });
    const goal = project.goals[0];
    const res = await app.api(world.owner.token).patch<Project>(`/api/v1/projects/${project.id}`, {
      goals: [{ ...goal, actual: 4 }],
      status: 'accepted',
    });
    expect(res.status).toBe(200);
    expect(res.body.goals[0]).toMatchObject({ id: goal?.id, actual: 4, met: true });
    expect(res.body.status).toBe('accepted');
    const denied = await app
      .api(world.implementer.token)
      .patch(`/api/v1/projects/${project.id}`, { name: 'x' });
    expect(denied.status).toBe(403);
  });
});

describe('GET /api/v1/projects/today', () => {
  it('lists my open tasks, overdue first', async () => {
    const start = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const late = await startProject(app, world, { startDate: start });
    const task = late.phases[0]?.tasks[0];
    await app.api(world.owner.token).patch(`/api/v1/projects/${late.id}/tasks/${task?.id}`, {
      assigneeId: world.implementer.id,
    });
    const res = await app.api(world.implementer.token).get<TodayItem[]>('/api/v1/projects/today');
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ bucket: 'overdue', projectId: late.id, phaseName: '需求调研' });
    expect(res.body[0]?.task.id).toBe(task?.id);
    expect((await app.api().get('/api/v1/projects/today')).status).toBe(401);
  });
});
