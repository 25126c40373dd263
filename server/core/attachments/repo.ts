/** SQL for attachments and their links, always through the tenant-bound TenantDb. */
import { onSameTenant, type SqlBool, sql, type TenantDb } from '@server/core/db';

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
  const rows = [...new Set(attachmentIds)].map((attachmentId, position) => ({
    attachment_id: attachmentId,
    subject_type: subject.subjectType,
    subject_id: subject.subjectId,
    position,
    created_at: at,
  }));
  await tdb
    .insertInto('attachment_links', rows)
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'attachment_id', 'subject_type', 'subject_id'])
        .doUpdateSet((eb) => ({ position: eb.ref('excluded.position') })),
    )
    .execute();
}

export async function deleteLinks(
  tdb: TenantDb,
  subject: { subjectType: string; subjectId: string },
  keep: readonly string[],
): Promise<void> {
  let remove = tdb
    .deleteFrom('attachment_links')
    .where('subject_type', '=', subject.subjectType)
    .where('subject_id', '=', subject.subjectId);
  if (keep.length > 0) remove = remove.where('attachment_id', 'not in', [...keep]);
  await remove.execute();
}

/** The attachments linked to these objects, each with the object's id, in each object's order. */
export function findLinkedAttachments(tdb: TenantDb, subjectType: string, subjectIds: readonly string[]) {
  if (subjectIds.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('attachment_links')
    .innerJoin('attachments', onSameTenant('attachments.id', 'attachment_links.attachment_id'))
    .selectAll('attachments')
    .select('attachment_links.subject_id')
    .where('attachment_links.subject_type', '=', subjectType)
    .where('attachment_links.subject_id', 'in', [...new Set(subjectIds)])
    .orderBy('attachment_links.subject_id')
    .orderBy('attachment_links.position')
    .orderBy('attachment_links.created_at')
    .execute();
}

/** Whether the object whose id is the outer query's column `subjectIdColumn` has any attachment: for SQL figures. */
export function hasLinkedAttachment(tdb: TenantDb, subjectType: string, subjectIdColumn: string) {
  return sql<SqlBool>`exists ${tdb
    .selectFrom('attachment_links')
    .select(sql.lit(1).as('one'))
    .where('attachment_links.subject_type', '=', subjectType)
    .whereRef('attachment_links.subject_id', '=', sql.ref(subjectIdColumn) as never)}`;
}
