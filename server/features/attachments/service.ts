/** Reading an attachment's metadata: the uploader, or anyone the access check of a linked object lets through. */
import type { Attachments } from '@server/core/attachments';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import type { AttachmentView } from '@shared/schemas/attachments';
import { accessCheckFor } from './access';

export { type AttachmentAccessCheck, connectAttachmentAccess } from './access';

export async function attachmentMetadata(
  tdb: TenantDb,
  attachments: Attachments,
  actor: Actor,
  id: string,
): Promise<AttachmentView> {
  return attachments.metadata(tdb, actor, id, async ({ subjectType, subjectId }) => {
    const check = accessCheckFor(subjectType);
    return check ? check(tdb, actor, subjectId) : false;
  });
}
