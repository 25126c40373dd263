/** Tasks get an optimistic version, as visits, customers and requirements have: a stale edit answers 409. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('impl_tasks')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('impl_tasks').dropColumn('version').execute();
}
