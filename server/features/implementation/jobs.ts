/** The implementation feature's periodic sweeps: at 08:00 Shanghai, due-tomorrow and became-overdue reminders. */
import { TenantDb } from '@server/core/db';
import { findTenantsWithOpenTasksDueBy } from '@server/core/db/unscoped';
import type { JobContext, PeriodicJob } from '@server/core/jobs/types';
import { localDateOf, localHourOf } from '@shared/domain/clock';
import { addCalendarDays } from '@shared/domain/implementation/calendar';
import { notifyPerson } from '../platform/service';
import { projectUrl, taskReminderMessage } from './messages';
import { findOpenTasksDue } from './projects/tasks-repo';

/** Reminders go out from this local hour on. */
const sendFromHour = 8;
/** Tasks overdue longer than this get no first reminder (a new deployment does not flood people). */
const overdueLookbackDays = 7;

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
