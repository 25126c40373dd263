/**
 * Ticks, evidence, blockers and assignees leave the phone through the offline queue, so a flaky network loses
 * nothing: each change is stored first, its photos/files/signature uploaded, then sent as one PATCH.
 */
import { queryClient } from '@miniapp/app/query-client';
import { apiPatch } from '@miniapp/lib/api-client';
import { registerSender, submit, usePendingSubmissions } from '@miniapp/lib/offline/queue';
import { implementationKeys } from './api';
import { newClientId } from './client-id';
import type { Project, Task, TodayItem } from './types';

export const taskKind = 'task';

/** A change to one task, as the PATCH carries it before uploads are known. */
export interface TaskChange {
  done?: boolean;
  assigneeId?: string | null;
  blocker?: string | null;
  evidence?: { note?: string };
}

/** What the uploaded blobs are: evidence attachments, or the customer's handwritten signature. */
export type UploadUse = { as: 'attachments' } | { as: 'signature'; signerName: string };

export interface TaskSubmissionBody {
  projectId: string;
  taskId: string;
  patch: TaskChange;
  /** The queue item's id, sent as clientOpId so a retried PATCH is answered, not applied twice. */
  clientOpId: string;
  uploads?: UploadUse;
}

function patchWithUploads(body: TaskSubmissionBody, attachmentIds: string[]): Record<string, unknown> {
  const { uploads, patch } = body;
  const base = { ...patch, clientOpId: body.clientOpId };
  if (!uploads || attachmentIds.length === 0) return base;
  const evidence =
    uploads.as === 'signature'
      ? { ...patch.evidence, signature: { signerName: uploads.signerName, attachmentId: attachmentIds[0] } }
      : { ...patch.evidence, attachmentIds };
  return { ...base, evidence };
}

async function sendTaskChange(body: unknown, attachmentIds: string[]): Promise<unknown> {
  const submission = body as TaskSubmissionBody;
  try {
    const answer = await apiPatch<Task>(
      `/projects/${submission.projectId}/tasks/${submission.taskId}`,
      patchWithUploads(submission, attachmentIds),
    );
    replaceTask(submission.projectId, answer.id, () => answer);
    return answer;
  } finally {
    // Success brings the server's health and progress; a refusal takes back what the phone showed early.
    void queryClient.invalidateQueries({ queryKey: implementationKeys.project(submission.projectId) });
    void queryClient.invalidateQueries({ queryKey: implementationKeys.projectList() });
    void queryClient.invalidateQueries({ queryKey: implementationKeys.today() });
  }
}

/** Shows the change at once; the server's answer (or refusal) replaces it when the queue has sent it. */
function showEarly(body: TaskSubmissionBody): void {
  const { patch } = body;
  replaceTask(body.projectId, body.taskId, (task) => ({
    ...task,
    ...(patch.done === undefined ? {} : { doneAt: patch.done ? new Date().toISOString() : null }),
    ...(patch.blocker === undefined ? {} : { blocker: patch.blocker }),
    ...(patch.assigneeId === undefined ? {} : { assigneeId: patch.assigneeId }),
  }));
}

function replaceTask(projectId: string, taskId: string, change: (task: Task) => Task): void {
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

registerSender(taskKind, sendTaskChange);

/** Which task each queued change belongs to, remembered beside the queue so a reopened app still shows it. */
const taskOfSubmissionKey = 'fieldloop.implementation.taskOfSubmission';

function readTaskOfSubmission(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(taskOfSubmissionKey) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

function rememberTask(clientId: string, taskId: string): void {
  const known = readTaskOfSubmission();
  known[clientId] = taskId;
  localStorage.setItem(taskOfSubmissionKey, JSON.stringify(known));
}

export async function submitTaskChange(options: {
  body: Omit<TaskSubmissionBody, 'clientOpId'>;
  label: string;
  files?: Blob[];
}): Promise<string> {
  const clientId = newClientId();
  const body: TaskSubmissionBody = { ...options.body, clientOpId: clientId };
  rememberTask(clientId, body.taskId);
  showEarly(body);
  await submit(taskKind, {
    clientId,
    label: options.label,
    body,
    ...(options.files && options.files.length > 0 ? { photos: options.files } : {}),
  });
  return clientId;
}

export type PendingTaskSubmission = ReturnType<typeof usePendingSubmissions>[number];

/** The waiting or failed changes of each task, newest last. */
export function usePendingByTask(): Map<string, PendingTaskSubmission[]> {
  const pending = usePendingSubmissions(taskKind);
  const taskOf = readTaskOfSubmission();
  const byTask = new Map<string, PendingTaskSubmission[]>();
  for (const item of pending) {
    const taskId = taskOf[item.id];
    if (taskId) byTask.set(taskId, [...(byTask.get(taskId) ?? []), item]);
  }
  return byTask;
}
