/** Evidence on tasks: what a task demands before it may be ticked, and the attachment service it uses. */
import type { TenantDb } from '@server/core/db';
import type { EvidenceKind } from '@shared/domain/implementation/vocab';
import type { AttachmentView } from '@shared/schemas/attachments';

export type { AttachmentView };

/** The part of the attachments service (AppDeps.attachments) that task evidence uses. */
export interface EvidenceAttachments {
  require(tdb: TenantDb, ids: string[], field: string): Promise<void>;
  link(
    tx: TenantDb,
    link: { subjectType: string; subjectId: string; attachmentIds: string[] },
  ): Promise<void>;
  views(tdb: TenantDb, ids: string[]): Promise<AttachmentView[]>;
}

/** Attachments linked to a task are readable by whoever may see its project (see access registration). */
export const taskSubjectType = 'project_task';

export interface GivenEvidence {
  note: string | null;
  attachmentIds: readonly string[];
  signerName: string | null;
  signatureAttachmentId: string | null;
}

const messageKey = (kind: EvidenceKind) => `ui.implementation.messages.evidence.${kind}`;

/** The field (and its message key) a tick lacks, or null when the task's demand is met. */
export function missingEvidence(kind: EvidenceKind, given: GivenEvidence): Record<string, string> | null {
  switch (kind) {
    case 'none':
      return null;
    case 'photo':
    case 'file':
      return given.attachmentIds.length > 0 ? null : { 'evidence.attachmentIds': messageKey(kind) };
    case 'note':
      return given.note ? null : { 'evidence.note': messageKey(kind) };
    case 'signoff':
      return given.signerName && given.signatureAttachmentId
        ? null
        : { 'evidence.signature': messageKey(kind) };
  }
}

/** Every attachment id the tasks carry, for one batch of views. */
export function attachmentIdsOf(
  tasks: readonly { attachment_ids: string; signature_attachment_id: string | null }[],
): string[] {
  const ids = new Set<string>();
  for (const task of tasks) {
    for (const id of JSON.parse(task.attachment_ids) as string[]) ids.add(id);
    if (task.signature_attachment_id) ids.add(task.signature_attachment_id);
  }
  return [...ids];
}
