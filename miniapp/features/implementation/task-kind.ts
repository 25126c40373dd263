/** The offline queue's kind for task changes and what each stored change carries. */
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
  /** Shown on the phone while the change waits (the server answers the name itself); never sent. */
  assigneeName?: string;
}

/** The PATCH body once the queue has uploaded the blobs: attachments as evidence, or the signature image. */
export function patchWithUploads(body: TaskSubmissionBody, attachmentIds: string[]): Record<string, unknown> {
  const { uploads, patch } = body;
  const base = { ...patch, clientOpId: body.clientOpId };
  if (!uploads || attachmentIds.length === 0) return base;
  const evidence =
    uploads.as === 'signature'
      ? { ...patch.evidence, signature: { signerName: uploads.signerName, attachmentId: attachmentIds[0] } }
      : { ...patch.evidence, attachmentIds };
  return { ...base, evidence };
}
