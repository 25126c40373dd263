/**
 * A platform user id means something only inside the organisation/app it came from, so an identity now belongs to
 * the connection (one organisation's installation of one app) it signed in through: unique per
 * (connection_id, external_id), and one person may hold several. Existing identities go to the tenant's connection
 * of their platform that messages already used (the oldest enabled one, else the oldest). SQLite cannot drop the
 * old unique constraint, so the table is rebuilt on both dialects. Frozen once landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_identities_next')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('connection_id', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('union_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_identities_id_pk', ['id'])
    .addForeignKeyConstraint('user_identities_person_fk', ['tenant_id', 'user_id'], 'users', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint(
      'user_identities_connection_fk',
      ['tenant_id', 'connection_id'],
      'platform_connections',
      ['tenant_id', 'id'],
    )
    .addUniqueConstraint('user_identities_connection_key', ['connection_id', 'external_id'])
    .execute();

  // An identity can only have come through a connection, and connections are never deleted; a row whose tenant
  // has no connection of its platform could not be reached or signed in through, and is not carried over.
  const connectionOf = db
    .selectFrom('platform_connections as c')
    .select('c.id')
    .whereRef('c.tenant_id', '=', 'i.tenant_id')
    .whereRef('c.platform', '=', 'i.platform')
    .orderBy('c.enabled', 'desc')
    .orderBy('c.created_at')
    .orderBy('c.id')
    .limit(1);
  await db
    .insertInto('user_identities_next')
    .columns([
      'id',
      'tenant_id',
      'user_id',
      'connection_id',
      'platform',
      'external_id',
      'union_id',
      'created_at',
    ])
    .expression(
      db
        .selectFrom('user_identities as i')
        .select([
          'i.id',
          'i.tenant_id',
          'i.user_id',
          connectionOf.as('connection_id'),
          'i.platform',
          'i.external_id',
          'i.union_id',
          'i.created_at',
        ])
        .where((eb) => eb.exists(connectionOf)),
    )
    .execute();

  await db.schema.dropTable('user_identities').execute();
  await db.schema.alterTable('user_identities_next').renameTo('user_identities').execute();
  await db.schema
    .createIndex('user_identities_person_idx')
    .on('user_identities')
    .columns(['tenant_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('user_identities_union_idx')
    .on('user_identities')
    .columns(['tenant_id', 'platform', 'union_id'])
    .execute();
}

/** Back to one identity per (tenant, platform, external id): the oldest of each is kept. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_identities_prev')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('union_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('user_identities_user_fk', ['tenant_id', 'user_id'], 'users', [
      'tenant_id',
      'id',
    ])
    .addUniqueConstraint('user_identities_external_key', ['tenant_id', 'platform', 'external_id'])
    .execute();
  const older = db
    .selectFrom('user_identities as j')
    .select('j.id')
    .whereRef('j.tenant_id', '=', 'i.tenant_id')
    .whereRef('j.platform', '=', 'i.platform')
    .whereRef('j.external_id', '=', 'i.external_id')
    .where((eb) =>
      eb.or([
        eb('j.created_at', '<', eb.ref('i.created_at')),
        eb.and([eb('j.created_at', '=', eb.ref('i.created_at')), eb('j.id', '<', eb.ref('i.id'))]),
      ]),
    );
  await db
    .insertInto('user_identities_prev')
    .columns(['id', 'tenant_id', 'user_id', 'platform', 'external_id', 'union_id', 'created_at'])
    .expression(
      db
        .selectFrom('user_identities as i')
        .select([
          'i.id',
          'i.tenant_id',
          'i.user_id',
          'i.platform',
          'i.external_id',
          'i.union_id',
          'i.created_at',
        ])
        .where((eb) => eb.not(eb.exists(older))),
    )
    .execute();
  await db.schema.dropIndex('user_identities_union_idx').execute();
  await db.schema.dropIndex('user_identities_person_idx').execute();
  await db.schema.dropTable('user_identities').execute();
  await db.schema.alterTable('user_identities_prev').renameTo('user_identities').execute();
}
