/** Which sign-offs list the go-live requirements: the UAT phase's, or a task about go-live or acceptance. */
import type { Project, Task } from './types';

const acceptanceStep = /UAT|验收|上线|acceptance|go-live/i;

export function acceptanceForTask(project: Project, task: Task): Project['acceptanceItems'] {
  if (task.evidence !== 'signoff') return [];
  const phase = project.phases.find((p) => p.tasks.some((candidate) => candidate.id === task.id));
  return acceptanceStep.test(`${phase?.name ?? ''} ${task.title}`) ? project.acceptanceItems : [];
}
