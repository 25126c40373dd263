/** Per phase and per project: health, progress and the projected schedule, from a loaded project's rows. */
import {
  type HealthResult,
  progressOf,
  rollupHealth,
  taskHealth,
  withGoLive,
} from '@shared/domain/implementation/health';
import { projectSchedule } from '@shared/domain/implementation/projection';
import type { ProjectBundle } from './loader';
import type { TaskRow } from './tasks-repo';

export const taskState = (task: TaskRow) => ({
  dueDate: task.due_date,
  doneAt: task.done_at,
  blocker: task.blocker,
});

interface PhaseFigures {
  health: HealthResult;
  doneCount: number;
  taskCount: number;
}

function figuresOf(tasks: readonly TaskRow[], today: string): PhaseFigures {
  return {
    health: rollupHealth(tasks.map((task) => taskHealth(taskState(task), today))),
    doneCount: tasks.filter((task) => task.done_at !== null).length,
    taskCount: tasks.length,
  };
}

/**
 * Per phase: its tasks and figures; the project's health is the worst phase's, and at risk when dated blockers
 * project its go-live past the target.
 */
export function phaseFigures(
  bundle: Pick<ProjectBundle, 'row' | 'phases' | 'tasks' | 'calendar'>,
  today: string,
) {
  // A phase an upgrade emptied of tasks is no longer part of the plan.
  const phases = bundle.phases
    .map((phase) => {
      const tasks = bundle.tasks.filter((task) => task.phase_id === phase.id);
      return { phase, tasks, ...figuresOf(tasks, today) };
    })
    .filter((p) => p.taskCount > 0);
  const done = phases.reduce((sum, p) => sum + p.doneCount, 0);
  const total = phases.reduce((sum, p) => sum + p.taskCount, 0);
  const plannedEndDate = phases.at(-1)?.phase.due_date ?? bundle.row.start_date;
  const projection = projectSchedule(
    phases.flatMap((p) =>
      p.tasks.map((task) => ({
        id: task.id,
        dueDate: task.due_date,
        doneAt: task.done_at,
        blockedUntil: task.blocker ? task.blocked_until : null,
      })),
    ),
    plannedEndDate,
    bundle.calendar,
  );
  const goLive = { projected: projection.endDate, target: bundle.row.go_live_target };
  return {
    phases,
    health: withGoLive(rollupHealth(phases.map((p) => p.health)), goLive),
    progress: progressOf(done, total),
    openTaskCount: total - done,
    plannedEndDate,
    projection,
  };
}
