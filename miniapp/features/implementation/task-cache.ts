/** The phone's copy of a task, changed in every list that shows it (project page, 今日待办). */
import { queryClient } from '@miniapp/lib/query-client';
import { implementationKeys } from './api';
import type { Project, Task, TodayItem } from './types';

export function replaceTask(projectId: string, taskId: string, change: (task: Task) => Task): void {
  queryClient.setQueryData<TodayItem[]>(implementationKeys.today(), (items) =>
    items?.map((item) => (item.task.id === taskId ? { ...item, task: change(item.task) } : item)),
  );
  queryClient.setQueryData<Project>(implementationKeys.project(projectId), (project) =>
    project
      ? {
          ...project,
          phases: project.phases.map((phase) => ({
            ...phase,
            tasks: phase.tasks.map((task) => (task.id === taskId ? change(task) : task)),
          })),
        }
      : project,
  );
}

/** After a change is sent (or refused): the server's health, progress and lists replace the phone's guess. */
export function refreshAfterTaskChange(projectId: string): void {
  void queryClient.invalidateQueries({ queryKey: implementationKeys.project(projectId) });
  void queryClient.invalidateQueries({ queryKey: implementationKeys.projectLists() });
  void queryClient.invalidateQueries({ queryKey: implementationKeys.today() });
}
