/**
 * One row per DingTalk connection in Stream mode: which server instance holds its WebSocket and until when. The
 * holder renews the lease while it runs; another instance takes over once it lapses. Frozen once landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('platform_stream_leases')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('connection_id', 'text', (c) => c.notNull())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('platform_stream_leases_pk', ['tenant_id', 'connection_id'])
    .addForeignKeyConstraint(
      'platform_stream_leases_connection_fk',
      ['tenant_id', 'connection_id'],
      'platform_connections',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('platform_stream_leases').execute();
}
