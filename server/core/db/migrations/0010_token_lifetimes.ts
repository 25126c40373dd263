/**
 * A cached platform token or ticket remembers when this server first saw its value and when it last fetched it:
 * DingTalk renews a JS-API ticket on every fetch but kills it 24 h after its creation, which no answer reports,
 * and a page that reports a rejected signature may ask for a new ticket only so often. Frozen once landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('platform_tokens')
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('platform_tokens')
    .addColumn('fetched_at', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('platform_tokens').dropColumn('fetched_at').execute();
  await db.schema.alterTable('platform_tokens').dropColumn('first_seen_at').execute();
}
