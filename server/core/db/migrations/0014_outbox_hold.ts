/**
 * An outbox row may be held back: `not_before` is when the worker may first send it, and `hold_key` names the
 * change that queued it (a triage decision, a merge) so taking that change back within the hold drops its messages.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('not_before', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('hold_key', 'text').execute();
  await db.schema.createIndex('outbox_hold_idx').on('outbox').columns(['tenant_id', 'hold_key']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_hold_idx').execute();
  await db.schema.alterTable('outbox').dropColumn('hold_key').execute();
  await db.schema.alterTable('outbox').dropColumn('not_before').execute();
}
