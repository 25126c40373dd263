/**
 * Contacts looked up by id within a tenant (a page of visits names its attendees this way): with only the customer
 * index leading on the tenant, SQLite read every contact of the tenant to find twenty (issue #14). Frozen once
 * landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('contacts_tenant_id_id_key')
    .on('contacts')
    .columns(['tenant_id', 'id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('contacts_tenant_id_id_key').execute();
}
