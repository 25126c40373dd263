/** The go-live requirements a sign-off task lists, by the rule the server enforces (shared acceptance-step). */
import { listsGoLiveRequirements } from '@shared/domain/implementation/acceptance-step';
import type { Project, Task } from './types';

export function acceptanceForTask(project: Project, task: Task): Project['acceptanceItems'] {
  const phase = project.phases.find((p) => p.tasks.some((candidate) => candidate.id === task.id));
  const step = { phaseName: phase?.name ?? '', taskTitle: task.title, evidence: task.evidence };
  return listsGoLiveRequirements(step) ? project.acceptanceItems : [];
}
