/** Attachments: photos and files stored once per tenant by content hash, and what they are attached to. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('attachments_tenant_id_id_key', ['tenant_id', 'id'])
    .addUniqueConstraint('attachments_tenant_sha256_key', ['tenant_id', 'sha256'])
    .addForeignKeyConstraint('attachments_uploader_fk', ['tenant_id', 'uploaded_by'], 'users', [
      'tenant_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('attachment_links')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('attachment_links_pkey', [
      'tenant_id',
      'attachment_id',
      'subject_type',
      'subject_id',
    ])
    .addForeignKeyConstraint(
      'attachment_links_attachment_fk',
      ['tenant_id', 'attachment_id'],
      'attachments',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('attachment_links_subject_idx')
    .on('attachment_links')
    .columns(['tenant_id', 'subject_type', 'subject_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachment_links').execute();
  await db.schema.dropTable('attachments').execute();
}
