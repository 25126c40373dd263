import { createLogger } from '@server/core/log';
import { addCalendarDays } from '@shared/domain/implementation/calendar';
import type { Project } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import {
  giveFeishuIdentity,
  type ImplementationWorld,
  makeWorld,
  startProject,
} from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendTaskReminders } from './jobs';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
  await world.tenant.tdb
    .insertInto('platform_connections', {
      id: crypto.randomUUID(),
      platform: 'feishu',
      external_key: `cli_${crypto.randomUUID()}`,
      agent_id: '',
      public_settings: '{}',
      secret_settings: '{}',
      enabled: 1,
      last_test_ok: null,
      last_test_at: null,
      last_test_message: null,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    })
    .execute();
  await giveFeishuIdentity(world.tenant, world.implementer.id, 'ou_impl');
  await giveFeishuIdentity(world.tenant, world.owner.id, 'ou_owner');
});
afterAll(() => app.close());

const queued = async (prefix: string) =>
  (await world.tenant.tdb.selectFrom('outbox').select(['dedupe_key', 'payload']).execute()).filter((row) =>
    row.dedupe_key.includes(prefix),
  );

const at = (date: string, hourUtc: number) => new Date(`${date}T${String(hourUtc).padStart(2, '0')}:00:00Z`);

describe('implementation reminders sweep', () => {
  it('reminds the assignee the day before, from 08:00 Shanghai, once', async () => {
    const project = await startProject(app, world);
    const task = project.phases[0]?.tasks[0];
    await app.api(world.owner.token).patch<Project>(`/api/v1/projects/${project.id}/tasks/${task?.id}`, {
      assigneeId: world.implementer.id,
    });
    const dayBefore = addCalendarDays(task?.dueDate ?? '', -1);
    const context = { db: app.database.db, log: createLogger('silent'), publicUrl: 'https://app.example' };
    // 07:00 in Shanghai is 23:00 UTC the day before: too early.
    await sendTaskReminders({ ...context, now: at(addCalendarDays(dayBefore, -1), 23) });
    expect(await queued(`impl-due:${task?.id}`)).toHaveLength(0);
    await sendTaskReminders({ ...context, now: at(dayBefore, 1) });
    await sendTaskReminders({ ...context, now: at(dayBefore, 3) });
    const due = await queued(`impl-due:${task?.id}`);
    expect(due).toHaveLength(1);
    expect(due[0]?.dedupe_key).toContain(world.implementer.id);
    expect(due[0]?.payload).toContain('实施任务明天到期');
  });

  it('tells the owner of an unassigned task that became overdue, once', async () => {
    const project = await startProject(app, world);
    const task = project.phases[0]?.tasks[1];
    const dayAfter = addCalendarDays(task?.dueDate ?? '', 1);
    const context = { db: app.database.db, log: createLogger('silent'), publicUrl: 'https://app.example' };
    await sendTaskReminders({ ...context, now: at(dayAfter, 2) });
    await sendTaskReminders({ ...context, now: at(addCalendarDays(dayAfter, 1), 2) });
    const overdue = await queued(`impl-overdue:${task?.id}`);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.dedupe_key).toContain(world.owner.id);
    expect(overdue[0]?.payload).toContain('实施任务已逾期');
  });
});
