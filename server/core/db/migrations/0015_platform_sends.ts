/**
 * One row per message handed to a platform, per (connection, recipient): the outbox paces a person's messages
 * within each platform's quotas by counting these (shared by every instance), and an admin reads a person's
 * recent messages and what became of them (DingTalk's send result: delivered, read or refused). Also keeps a failed
 * connection test's problem. Frozen once landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A failed connection test's problem (JSON), so the screen can explain it with the fix.
  await db.schema.alterTable('platform_connections').addColumn('last_test_problem', 'text').execute();
  await db.schema
    .createTable('platform_sends')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('outbox_id', 'text', (c) => c.notNull().unique())
    .addColumn('connection_id', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('platform_message_id', 'text')
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('delivery_reason', 'text')
    .addColumn('checked_at', 'text')
    .addForeignKeyConstraint(
      'platform_sends_connection_fk',
      ['tenant_id', 'connection_id'],
      'platform_connections',
      ['tenant_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('platform_sends_recipient_idx')
    .on('platform_sends')
    .columns(['connection_id', 'recipient', 'sent_at'])
    .execute();
  await db.schema
    .createIndex('platform_sends_unchecked_idx')
    .on('platform_sends')
    .columns(['delivery', 'sent_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('platform_sends').execute();
  await db.schema.alterTable('platform_connections').dropColumn('last_test_problem').execute();
}
