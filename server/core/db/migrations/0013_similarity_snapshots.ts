/**
 * A tenant's similar-requirement index as last built, so an instance that starts (or evicted the tenant) loads it in
 * one read and catches up from `synced_until` instead of re-reading every requirement. `data` is base64 text on both
 * databases.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('similarity_snapshots')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.tenant_id'))
    .addColumn('synced_until', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('similarity_snapshots').execute();
}
