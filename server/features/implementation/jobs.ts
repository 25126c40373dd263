/** The implementation feature's periodic sweeps: at 08:00 Shanghai, due-tomorrow and became-overdue reminders. */

import { TenantDb } from '@server/core/db';
import { findTenantsWithOpenTasksDueBy } from '@server/core/db/unscoped';
import type { JobContext, PeriodicJob } from '@server/core/jobs/types';
import { localDateOf, localHourOf } from '@shared/domain/clock';
import { addCalendarDays } from '@shared/domain/implementation/calendar';
import { notifyPerson } from '../platform/notify';
import { projectUrl, taskReminderMessage } from './messages';

/** Reminders go out from this local hour on. */
const sendFromHour = 8;
/** Tasks overdue longer than this get no first reminder (a new deployment does not flood people). */
const overdueLookbackDays = 7;

function findOpenTasksDue(tdb: TenantDb, from: string, to: string) {
  return tdb
    .selectFrom('impl_tasks')
    .innerJoin('impl_projects', (join) =>
      join
        .onRef('impl_projects.id', '=', 'impl_tasks.project_id')
        .onRef('impl_projects.tenant_id', '=', 'impl_tasks.tenant_id'),
    )
    .select([
      'impl_tasks.id',
      'impl_tasks.title',
      'impl_tasks.due_date',
      'impl_tasks.assignee_id',
      'impl_projects.id as project_id',
      'impl_projects.name as project_name',
      'impl_projects.owner_id',
    ])
    .where('impl_projects.status', '=', 'active')
    .where('impl_tasks.done_at', 'is', null)
    .where('impl_tasks.removed_at', 'is', null)
    .where('impl_tasks.due_date', '>=', from)
    .where('impl_tasks.due_date', '<=', to)
    .execute();
}

/** One sweep: idempotent through the outbox dedupe keys (task + due date + occasion). */
export async function sendTaskReminders(context: JobContext): Promise<number> {
  const { publicUrl } = context;
  if (localHourOf(context.now) < sendFromHour) return 0;
  const today = localDateOf(context.now);
  const tomorrow = addCalendarDays(today, 1);
  let queued = 0;
  for (const tenantId of await findTenantsWithOpenTasksDueBy(context.db, tomorrow)) {
    const tdb = new TenantDb(context.db, tenantId);
    const tasks = await findOpenTasksDue(tdb, addCalendarDays(today, -overdueLookbackDays), tomorrow);
    await tdb.transaction(async (tx) => {
      for (const task of tasks) {
        if (task.due_date === today) continue;
        const input = {
          taskId: task.id,
          project: task.project_name,
          task: task.title,
          date: task.due_date,
          url: projectUrl(publicUrl, task.project_id),
        };
        const message = taskReminderMessage(task.due_date === tomorrow ? 'dueTomorrow' : 'overdue', input);
        if (await notifyPerson(tx, task.assignee_id ?? task.owner_id, message)) queued++;
      }
    });
  }
  return queued;
}

export const implementationJobs: PeriodicJob[] = [
  {
    name: 'implementation-task-reminders',
    everyMs: 15 * 60_000,
    run: (context) => sendTaskReminders(context).then(() => undefined),
  },
];
