/** Photos and files a mention carries (the customer's whiteboard, a spreadsheet they use today), and who may read them. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import type { AttachmentView } from '@shared/schemas/attachments';
import { attachmentAccess } from '../attachments/access';
import type { Attachments } from '../attachments/service';
import { customerBriefsByIds } from '../customers/service';
import { canSeeMention } from './policy';
import { findMention } from './repo/mentions';

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
  return attachments.viewsBySubject(tdb, mentionSubjectType, mentionIds);
}

/** A mention's attachments are readable by whoever may see the mention (its customer's people). */
export async function readMentionAttachment(
  tdb: TenantDb,
  actor: Actor,
  mentionId: string,
): Promise<boolean> {
  const mention = await findMention(tdb, mentionId);
  if (!mention) return false;
  const [customer] = await customerBriefsByIds(tdb, [mention.customer_id]);
  return canSeeMention(actor, customer);
}

attachmentAccess[mentionSubjectType] = readMentionAttachment;
