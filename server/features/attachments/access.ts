/**
 * Who may read an attachment's metadata besides its uploader: each feature that links attachments to its objects
 * registers a check for its subject type (`attachmentAccess.visit = (tdb, actor, visitId) => …`), typically
 * "may this actor read that visit". No registered check that says yes → 404.
 */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';

export type AttachmentAccessCheck = (tdb: TenantDb, actor: Actor, subjectId: string) => Promise<boolean>;

export const attachmentAccess: Record<string, AttachmentAccessCheck> = {};
