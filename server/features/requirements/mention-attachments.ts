/** Photos and files a mention carries (the customer's whiteboard, a spreadsheet they use today). */

import type { Attachments } from '@server/core/attachments';
import type { TenantDb } from '@server/core/db';
import type { AttachmentView } from '@shared/schemas/attachments';

export const mentionSubjectType = 'requirement_mention';

export async function linkMentionAttachments(
  tx: TenantDb,
  attachments: Attachments,
  mentionId: string,
  attachmentIds: string[],
): Promise<void> {
  if (attachmentIds.length === 0) return;
  await attachments.link(tx, { subjectType: mentionSubjectType, subjectId: mentionId, attachmentIds });
}

export function mentionAttachmentViews(
  tdb: TenantDb,
  attachments: Attachments,
  mentionIds: readonly string[],
): Promise<Map<string, AttachmentView[]>> {
  return attachments.linkedViews(tdb, mentionSubjectType, mentionIds);
}
