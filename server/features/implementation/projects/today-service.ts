/** 今日待办: the actor's open tasks across active projects — overdue first, then due today, due soon, blocked. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import { localDateOf } from '@shared/domain/clock';
import { daysBetween } from '@shared/domain/implementation/calendar';
import { type TodayBucket, todayBuckets } from '@shared/domain/implementation/vocab';
import type { TodayItem } from '@shared/schemas/implementation';
import { phaseFigures } from './figures';
import { accessOf, loadBundles } from './loader';
import { presentTask } from './present-task';
import { findProjects } from './repo';
import type { TaskRow } from './tasks-repo';

/** Open tasks due within this many days are "soon". */
const soonWithinDays = 7;

function bucketOf(task: TaskRow, date: string): TodayBucket | null {
  const daysLeft = daysBetween(date, task.due_date);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'today';
  if (task.blocker) return 'blocked';
  if (daysLeft <= soonWithinDays) return 'soon';
  return null;
}

/** Mine: assigned to me, or unassigned in a project I own. */
export async function listToday(tdb: TenantDb, actor: Actor): Promise<TodayItem[]> {
  const rows = await findProjects(tdb, { status: 'active', involving: actor.userId });
  const bundles = await loadBundles(tdb, rows);
  const date = localDateOf(nowIso());
  const items: TodayItem[] = [];
  for (const bundle of bundles) {
    const context = {
      access: accessOf(bundle),
      names: bundle.names,
      attachments: bundle.attachments,
      projection: phaseFigures(bundle, date).projection,
    };
    for (const task of bundle.tasks) {
      const mine =
        task.assignee_id === actor.userId ||
        (task.assignee_id === null && bundle.row.owner_id === actor.userId);
      const bucket = task.done_at === null && mine ? bucketOf(task, date) : null;
      if (!bucket) continue;
      items.push({
        bucket,
        projectId: bundle.row.id,
        projectName: bundle.row.name,
        customerName: bundle.customerName,
        phaseName: bundle.phases.find((phase) => phase.id === task.phase_id)?.name ?? '',
        task: presentTask(task, context, actor, date),
      });
    }
  }
  return items.sort(
    (a, b) =>
      todayBuckets.indexOf(a.bucket) - todayBuckets.indexOf(b.bucket) ||
      a.task.dueDate.localeCompare(b.task.dueDate) ||
      a.projectName.localeCompare(b.projectName),
  );
}
