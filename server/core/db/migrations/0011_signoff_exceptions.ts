/**
 * A sign-off given while go-live requirements were not delivered keeps why the customer went on and what was
 * missing; a blocker may say until when it holds, which moves the projected dates of the work after it.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('impl_tasks').addColumn('signoff_exception_reason', 'text').execute();
  await db.schema.alterTable('impl_tasks').addColumn('signoff_exception_items', 'text').execute();
  await db.schema.alterTable('impl_tasks').addColumn('blocked_until', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('impl_tasks').dropColumn('blocked_until').execute();
  await db.schema.alterTable('impl_tasks').dropColumn('signoff_exception_items').execute();
  await db.schema.alterTable('impl_tasks').dropColumn('signoff_exception_reason').execute();
}
