/**
 * Ticks, evidence, blockers and assignees leave the phone through the offline queue, so a flaky network loses
 * nothing: each change is stored first, its photos/files/signature uploaded, then sent as one PATCH.
 */
import { pendingSubmissions, submit, usePendingSubmissions } from '@miniapp/lib/offline/queue';
import { newClientId } from './client-id';
import './sender';
import { replaceTask } from './task-cache';
import { type TaskSubmissionBody, taskKind, versionToSend } from './task-kind';

export { type TaskChange, type TaskSubmissionBody, taskKind, type UploadUse } from './task-kind';

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

/** Shows the change at once; the server's answer (or refusal) replaces it when the queue has sent it. */
function showEarly(body: TaskSubmissionBody): void {
  const { patch } = body;
  replaceTask(body.projectId, body.taskId, (task) => ({
    ...task,
    ...(patch.done === undefined ? {} : { doneAt: patch.done ? new Date().toISOString() : null }),
    ...(patch.blocker === undefined ? {} : { blocker: patch.blocker }),
    ...(patch.blockedUntil === undefined ? {} : { blockedUntil: patch.blockedUntil }),
    ...(patch.assigneeId === undefined
      ? {}
      : { assigneeId: patch.assigneeId, assigneeName: body.assigneeName ?? null }),
  }));
}

export async function submitTaskChange(options: {
  body: Omit<TaskSubmissionBody, 'clientOpId' | 'version'>;
  /** The task as the person saw it when they made the change. */
  seen: { version: number };
  label: string;
  files?: Blob[];
  /** Takes back this phone's own change just made (撤销): it follows that change, whatever version it made. */
  undoesOwnChange?: boolean;
}): Promise<string> {
  const clientId = newClientId();
  const taskOf = readTaskOfSubmission();
  const isBehindOwnChange = (await pendingSubmissions(taskKind)).some(
    (item) => item.status !== 'failed' && taskOf[item.id] === options.body.taskId,
  );
  const version = versionToSend(
    options.body,
    options.seen,
    isBehindOwnChange || options.undoesOwnChange === true,
  );
  const body: TaskSubmissionBody = {
    ...options.body,
    clientOpId: clientId,
    ...(version === undefined ? {} : { version }),
  };
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
