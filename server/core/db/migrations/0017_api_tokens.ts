/**
 * API tokens an admin makes for integrations (only the secret's hash is kept), and the per-token request counts
 * of the rate limit, shared by every instance. Frozen once landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .addForeignKeyConstraint('api_tokens_creator_fk', ['tenant_id', 'created_by'], 'users', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('api_tokens_tenant_idx')
    .on('api_tokens')
    .columns(['tenant_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('api_token_windows')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('token_id', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('requests', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('api_token_windows_pk', ['token_id', 'window_start'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_token_windows').execute();
  await db.schema.dropTable('api_tokens').execute();
}
