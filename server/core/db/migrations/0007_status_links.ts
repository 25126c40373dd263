/** Status-page links as rows: each issued link can be listed and revoked; only its token's SHA-256 is kept. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('impl_status_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addForeignKeyConstraint('impl_status_links_project_fk', ['tenant_id', 'project_id'], 'impl_projects', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('impl_status_links_customer_fk', ['tenant_id', 'customer_id'], 'customers', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('impl_status_links_creator_fk', ['tenant_id', 'created_by'], 'users', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('impl_status_links_project_idx')
    .on('impl_status_links')
    .columns(['tenant_id', 'project_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('impl_status_links').execute();
}
