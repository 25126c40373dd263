/** What upgrading a project to another template version would do to its not-yet-done tasks. */

export interface DiffTask {
  /** The template task id (stable across versions). */
  id: string;
  phaseId: string;
  phaseName: string;
  title: string;
  guidance: string;
  evidence: string;
}

export interface ProjectDiffTask extends DiffTask {
  done: boolean;
}

export interface TaskChange {
  taskId: string;
  phaseName: string;
  title: string;
  fields: string[];
}

export interface TaskDiff {
  added: TaskChange[];
  changed: TaskChange[];
  removed: TaskChange[];
}

const compared = ['title', 'guidance', 'evidence', 'phaseId'] as const;
const fieldName: Record<(typeof compared)[number], string> = {
  title: 'title',
  guidance: 'guidance',
  evidence: 'evidence',
  phaseId: 'phase',
};

/**
 * Compares a project's template-born tasks with the tasks the target version gives this customer. Done tasks are
 * never changed or removed, and a task the project already has (done or not) is never added again.
 */
export function diffProjectTasks(current: readonly ProjectDiffTask[], target: readonly DiffTask[]): TaskDiff {
  const currentById = new Map(current.map((task) => [task.id, task]));
  const targetIds = new Set(target.map((task) => task.id));
  const diff: TaskDiff = { added: [], changed: [], removed: [] };
  for (const task of target) {
    const existing = currentById.get(task.id);
    if (!existing) {
      diff.added.push(changeOf(task, []));
    } else if (!existing.done) {
      const fields = compared.filter((key) => existing[key] !== task[key]).map((key) => fieldName[key]);
      if (fields.length > 0) diff.changed.push(changeOf(task, fields));
    }
  }
  for (const task of current) {
    if (!task.done && !targetIds.has(task.id)) diff.removed.push(changeOf(task, []));
  }
  return diff;
}

const changeOf = (task: DiffTask, fields: string[]): TaskChange => ({
  taskId: task.id,
  phaseName: task.phaseName,
  title: task.title,
  fields,
});

export const isEmptyDiff = (diff: TaskDiff): boolean =>
  diff.added.length + diff.changed.length + diff.removed.length === 0;
