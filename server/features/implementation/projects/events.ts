/**
 * The events project changes publish, in the change's transaction: a task done, the project's health changed by
 * the change, a goal's actual recorded or changed. Health that changes only because days pass is not an event.
 */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { publishEvent } from '@server/core/events';
import { nowIso } from '@server/core/ids';
import { localDateOf } from '@shared/domain/clock';
import { phaseFigures } from './figures';
import type { ProjectBundle } from './loader';
import { presentGoals } from './present';
import type { ProjectRow } from './repo';
import type { TaskRow } from './tasks-repo';

type Plan = Pick<ProjectBundle, 'row' | 'phases' | 'tasks' | 'calendar'>;

const healthOf = (plan: Plan) => phaseFigures(plan, localDateOf(nowIso())).health.health;

async function publishHealthChange(tx: TenantDb, before: Plan, after: Plan): Promise<void> {
  const [from, to] = [healthOf(before), healthOf(after)];
  if (from === to) return;
  await publishEvent(tx, 'project.health_changed', {
    projectId: after.row.id,
    projectName: after.row.name,
    from,
    to,
  });
}

/** After a task change: `task.done` when it was ticked, and the health change it made. */
export async function publishTaskEvents(
  tx: TenantDb,
  actor: Actor,
  plan: Plan,
  task: { before: TaskRow; after: TaskRow },
): Promise<void> {
  const { before, after } = task;
  if (after.done_at && !before.done_at) {
    await publishEvent(tx, 'task.done', {
      projectId: plan.row.id,
      projectName: plan.row.name,
      taskId: after.id,
      title: after.title,
      doneAt: after.done_at,
      doneById: after.done_by ?? actor.userId,
    });
  }
  const withTask = (row: TaskRow) => ({ ...plan, tasks: plan.tasks.map((t) => (t.id === row.id ? row : t)) });
  await publishHealthChange(tx, withTask(before), withTask(after));
}

/** After a project change: `goal.measured` for each actual recorded or changed, and the health change it made. */
export async function publishProjectEvents(
  tx: TenantDb,
  plan: Plan,
  changes: Partial<ProjectRow>,
): Promise<void> {
  const row = { ...plan.row, ...changes };
  if (changes.goals !== undefined) {
    const earlier = new Map(presentGoals(plan.row).map((goal) => [goal.id, goal.actual]));
    for (const goal of presentGoals(row)) {
      if (goal.actual === null || goal.met === null || earlier.get(goal.id) === goal.actual) continue;
      await publishEvent(tx, 'goal.measured', {
        projectId: row.id,
        projectName: row.name,
        goalId: goal.id,
        metric: goal.metric,
        baseline: goal.baseline,
        target: goal.target,
        actual: goal.actual,
        unit: goal.unit,
        met: goal.met,
      });
    }
  }
  await publishHealthChange(tx, plan, { ...plan, row });
}
