import { addCalendarDays, addWorkingDays, emptyCalendar } from '@shared/domain/implementation/calendar';
import type { Project, ProjectSummary, ProjectTask } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { type ImplementationWorld, makeWorld, startProject, taskByTitle } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

const patch = (project: Project, task: ProjectTask, body: unknown) =>
  app
    .api(world.implementer.token)
    .patch<ProjectTask>(`/api/v1/projects/${project.id}/tasks/${task.id}`, body);

const reload = async (project: Project) =>
  (await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`)).body;

describe('a blocker with a date', () => {
  it('moves the projected dates of the tasks after it and the projected go-live, and clears with the blocker', async () => {
    const planned = await startProject(app, world);
    expect(planned.projectedGoLive).toBe(planned.plannedEndDate);
    const interviews = taskByTitle(planned, '关键用户访谈');
    const until = addWorkingDays(interviews.dueDate, 3, emptyCalendar);
    const blocked = await patch(planned, interviews, {
      blocker: '客户 12/10 后才能开始',
      blockedUntil: until,
    });
    expect(blocked.status).toBe(200);
    expect(blocked.body).toMatchObject({
      blocker: '客户 12/10 后才能开始',
      blockedUntil: until,
      projectedDueDate: until,
    });

    const project = await reload(planned);
    const before = taskByTitle(project, '召开项目启动会');
    expect(before.projectedDueDate).toBe(before.dueDate);
    const after = taskByTitle(project, '客户 UAT 签字确认');
    expect(after.projectedDueDate).toBe(addWorkingDays(after.dueDate, 3, emptyCalendar));
    expect(project.projectedGoLive).toBe(addWorkingDays(project.plannedEndDate, 3, emptyCalendar));
    const list = await app.api(world.owner.token).get<ProjectSummary[]>('/api/v1/projects');
    expect(list.body.find((p) => p.id === project.id)?.projectedGoLive).toBe(project.projectedGoLive);

    const cleared = await patch(planned, interviews, { blocker: null });
    expect(cleared.body).toMatchObject({
      blocker: null,
      blockedUntil: null,
      projectedDueDate: interviews.dueDate,
    });
    expect((await reload(planned)).projectedGoLive).toBe(planned.plannedEndDate);
  });

  it('refuses a date on a task that is not blocked (400 naming blockedUntil), and a malformed date', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '驻场观察一线业务');
    const lonely = await patch(project, task, { blockedUntil: '2027-01-10' });
    expect(lonely.status).toBe(400);
    expect(lonely.body).toMatchObject({ error: { fields: { blockedUntil: expect.any(String) } } });
    expect((await patch(project, task, { blocker: '等客户', blockedUntil: '12/10' })).status).toBe(400);
    await patch(project, task, { blocker: '等客户' });
    const dated = await patch(project, task, { blockedUntil: '2027-01-10' });
    expect(dated.body).toMatchObject({ blocker: '等客户', blockedUntil: '2027-01-10' });
  });

  it('puts a project at risk when its projected go-live lies past the target', async () => {
    const onTarget = await startProject(app, world);
    const fits = await startProject(app, world, { goLiveTarget: onTarget.plannedEndDate });
    expect(fits).toMatchObject({ health: 'on-track', healthReason: 'on-schedule' });
    const tight = await startProject(app, world, {
      goLiveTarget: addCalendarDays(onTarget.plannedEndDate, -1),
    });
    expect(tight).toMatchObject({ health: 'at-risk', healthReason: 'go-live-late' });
  });
});
