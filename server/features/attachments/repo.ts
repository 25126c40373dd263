/** SQL for attachments and their links, always through the tenant-bound TenantDb. */
import type { TenantDb } from '@server/core/db';

export type AttachmentRow = NonNullable<Awaited<ReturnType<typeof findAttachmentBySha>>>;

export function findAttachmentBySha(tdb: TenantDb, sha256: string) {
  return tdb.selectFrom('attachments').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

export function findAttachment(tdb: TenantDb, id: string) {
  return tdb.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAttachments(tdb: TenantDb, ids: string[]): Promise<AttachmentRow[]> {
  if (ids.length === 0) return [];
  return tdb.selectFrom('attachments').selectAll().where('id', 'in', ids).execute();
}

/** Inserts unless this tenant already has these bytes; concurrent uploads of one file leave one row. */
export async function insertAttachmentOnce(
  tdb: TenantDb,
  row: Omit<AttachmentRow, 'tenant_id'>,
): Promise<void> {
  await tdb
    .insertInto('attachments', row)
    .onConflict((conflict) => conflict.columns(['tenant_id', 'sha256']).doNothing())
    .execute();
}

export function findLinksOf(tdb: TenantDb, attachmentId: string) {
  return tdb
    .selectFrom('attachment_links')
    .select(['subject_type', 'subject_id'])
    .where('attachment_id', '=', attachmentId)
    .execute();
}

export async function insertLinks(
  tdb: TenantDb,
  subject: { subjectType: string; subjectId: string },
  attachmentIds: string[],
  at: string,
): Promise<void> {
  if (attachmentIds.length === 0) return;
  const rows = [...new Set(attachmentIds)].map((attachmentId) => ({
    attachment_id: attachmentId,
    subject_type: subject.subjectType,
    subject_id: subject.subjectId,
    created_at: at,
  }));
  await tdb
    .insertInto('attachment_links', rows)
    .onConflict((conflict) =>
      conflict.columns(['tenant_id', 'attachment_id', 'subject_type', 'subject_id']).doNothing(),
    )
    .execute();
}

/** The links of these subjects of one type. */
export function findLinksTo(tdb: TenantDb, subjectType: string, subjectIds: readonly string[]) {
  if (subjectIds.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('attachment_links')
    .select(['attachment_id', 'subject_id'])
    .where('subject_type', '=', subjectType)
    .where('subject_id', 'in', [...subjectIds])
    .execute();
}
