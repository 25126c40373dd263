import { newId } from '@server/core/ids';
import { customerSummaries } from '@server/features/customers/service';
import { preVisitBrief } from '@server/features/visits/brief';
import { findVisit } from '@server/features/visits/repo';
import type { Project } from '@shared/schemas/implementation';
import type { CustomerTimeline, Visit } from '@shared/schemas/visits';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { type ImplementationWorld, makeWorld, startProject } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

async function tickFirstTask(project: Project): Promise<void> {
  const task = project.phases[0]?.tasks.find((t) => t.evidence === 'none' || t.evidence === 'note');
  if (!task) throw new Error('no simple task in the first phase');
  const res = await app.api(world.owner.token).patch(`/api/v1/projects/${project.id}/tasks/${task.id}`, {
    done: true,
    evidence: { note: '已与客户确认' },
  });
  expect(res.status).toBe(200);
}

describe('implementation status on visits', () => {
  it('shows each project of the customer on its timeline with health and progress', async () => {
    const project = await startProject(app, world);
    await tickFirstTask(project);
    const { progress } = (await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`))
      .body;
    expect(progress).toBeGreaterThan(0);
    const res = await app
      .api(world.rep.token)
      .get<CustomerTimeline>(`/api/v1/customers/${world.midCustomerId}/timeline`);
    expect(res.body.items).toContainEqual({
      type: 'item',
      at: expect.any(String),
      source: 'project',
      id: project.id,
      title: project.name,
      status: project.health,
      progress,
    });
    const other = await app
      .api(world.rep.token)
      .get<CustomerTimeline>(`/api/v1/customers/${world.largeBenchmarkId}/timeline`);
    expect(other.body.items.some((item) => item.type === 'item' && item.id === project.id)).toBe(false);
  });

  it('puts the running project with its health and progress in the pre-visit brief', async () => {
    const project = await startProject(app, world);
    const visit = await app.api(world.rep.token).post<Visit>('/api/v1/visits', {
      clientId: newId(),
      customerId: world.midCustomerId,
      kind: 'onsite',
    });
    const tdb = world.tenant.tdb;
    const row = await findVisit(tdb, visit.body.id);
    const [customer] = await customerSummaries(tdb, [world.midCustomerId]);
    if (!row || !customer) throw new Error('visit or customer missing');
    const brief = await preVisitBrief(tdb, row, customer, app.config.publicUrl);
    const health = { 'on-track': '进展正常', 'at-risk': '有风险', overdue: '已逾期' }[project.health];
    expect(brief.body).toContain(`实施项目：${project.name} · ${health} · 进度 0%`);
  });
});
