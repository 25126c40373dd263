/**
 * Digests: rows queued with one `batch_key` for one recipient (a bulk decision, merges into one requirement) go out
 * as one message. The row that carries the digest keeps the message; each row folded into it points at it through
 * `digested_into` and counts as sent with it. Frozen once landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('batch_key', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('digested_into', 'text').execute();
  await db.schema
    .createIndex('outbox_batch_idx')
    .on('outbox')
    .columns(['tenant_id', 'ordering_key', 'batch_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_batch_idx').execute();
  await db.schema.alterTable('outbox').dropColumn('digested_into').execute();
  await db.schema.alterTable('outbox').dropColumn('batch_key').execute();
}
