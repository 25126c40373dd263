/**
 * Who may read an attachment's metadata besides its uploader: each feature that links attachments to its objects
 * offers a check for its subject type, typically "may this actor read that visit"; the composition root
 * (server/app.ts) connects them. No connected check that says yes → 404.
 */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';

export type AttachmentAccessCheck = (tdb: TenantDb, actor: Actor, subjectId: string) => Promise<boolean>;

let connected: Readonly<Record<string, AttachmentAccessCheck>> = {};

export function connectAttachmentAccess(checks: Readonly<Record<string, AttachmentAccessCheck>>): void {
  connected = checks;
}

export function accessCheckFor(subjectType: string): AttachmentAccessCheck | undefined {
  return Object.hasOwn(connected, subjectType) ? connected[subjectType] : undefined;
}
