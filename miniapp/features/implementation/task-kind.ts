/** The offline queue's kind for task changes and what each stored change carries. */
export const taskKind = 'task';

/** A change to one task, as the PATCH carries it before uploads are known. */
export interface TaskChange {
  done?: boolean;
  assigneeId?: string | null;
  blocker?: string | null;
  evidence?: { note?: string; signoffReason?: string };
  blockedUntil?: string | null;
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
  /** Shown on the phone while the change waits (the server answers the name itself); never sent. */
  assigneeName?: string;
  /** The task's version the change was made against, when it must not overwrite a newer one (see versionToSend). */
  version?: number;
}

/**
 * The version a change carries. Unticking, reassigning, a blocker, a note or a signature replace what a colleague
 * may have changed meanwhile, so they carry the version they were made against and a newer task answers 409 (the
 * queue shows the server's "refresh and edit again"). Ticks and photos add to the task and the server merges them,
 * so they carry none; nor does a change queued behind another of this phone's for the same task, whose answer
 * raises the version it was made against.
 */
export function versionToSend(
  body: Pick<TaskSubmissionBody, 'patch' | 'uploads'>,
  task: { version: number },
  isBehindOwnChange: boolean,
): number | undefined {
  const { patch, uploads } = body;
  const replaces =
    patch.done === false ||
    patch.assigneeId !== undefined ||
    patch.blocker !== undefined ||
    patch.evidence?.note !== undefined ||
    uploads?.as === 'signature';
  return replaces && !isBehindOwnChange ? task.version : undefined;
}

/** The PATCH body once the queue has uploaded the blobs: attachments as evidence, or the signature image. */
export function patchWithUploads(body: TaskSubmissionBody, attachmentIds: string[]): Record<string, unknown> {
  const { uploads, patch } = body;
  const base = {
    ...patch,
    clientOpId: body.clientOpId,
    ...(body.version === undefined ? {} : { version: body.version }),
  };
  if (!uploads || attachmentIds.length === 0) return base;
  const evidence =
    uploads.as === 'signature'
      ? { ...patch.evidence, signature: { signerName: uploads.signerName, attachmentId: attachmentIds[0] } }
      : { ...patch.evidence, attachmentIds };
  return { ...base, evidence };
}
