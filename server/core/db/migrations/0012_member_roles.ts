/**
 * Roles that set themselves up: where a person's role came from (`default` for the tenant's default role,
 * `mapping` for a platform role mapping, `manual` once an admin set it by hand, which sign-ins never overwrite),
 * when they were deactivated, and the name a mapping's department or person had when an admin picked it, so the
 * mapping list reads in names. Frozen once landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('role_source', 'text', (c) => c.notNull().defaultTo('default'))
    .execute();
  await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute();
  // People deactivated before this column existed were last changed when they left.
  await db
    .updateTable('users')
    .set((eb) => ({ deactivated_at: eb.ref('updated_at') }))
    .where('active', '=', 0)
    .execute();
  await db.schema.alterTable('platform_role_mappings').addColumn('external_name', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('platform_role_mappings').dropColumn('external_name').execute();
  await db.schema.alterTable('users').dropColumn('deactivated_at').execute();
  await db.schema.alterTable('users').dropColumn('role_source').execute();
}
