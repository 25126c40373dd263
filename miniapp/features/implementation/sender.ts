/**
 * How a queued task change reaches the server: the uploaded photos, files or signature are put into the evidence,
 * then one PATCH, answered even when repeated (clientOpId). Registered at app start and by the task screens.
 */
import { apiPatch } from '@miniapp/lib/api-client';
import { type Delivery, registerSender } from '@miniapp/lib/offline/queue';
import { refreshAfterTaskChange, replaceTask } from './task-cache';
import { patchWithUploads, type TaskSubmissionBody, taskKind } from './task-kind';
import type { Task } from './types';

async function sendTaskChange(body: unknown, attachmentIds: string[]): Promise<Delivery> {
  const submission = body as TaskSubmissionBody;
  try {
    const answer = await apiPatch<Task>(
      `/projects/${submission.projectId}/tasks/${submission.taskId}`,
      patchWithUploads(submission, attachmentIds),
    );
    replaceTask(submission.projectId, answer.id, () => answer);
    return { outcome: 'stored' };
  } finally {
    // Success brings the server's health and progress; a refusal takes back what the phone showed early.
    refreshAfterTaskChange(submission.projectId);
  }
}

registerSender(taskKind, sendTaskChange);
