/** Visits: the rep's customer visits, check-ins, participants, attendees and photos. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const real = 'double precision';
  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('visited_at', 'text', (c) => c.notNull())
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text')
    .addColumn('notes', 'text')
    .addColumn('outcome', 'text')
    .addColumn('next_step', 'text')
    .addColumn('follow_up_at', 'text')
    .addColumn('check_in_lat', real)
    .addColumn('check_in_lng', real)
    .addColumn('check_in_accuracy', real)
    .addColumn('check_in_address', 'text')
    .addColumn('check_in_at', 'text')
    .addColumn('check_in_distance', real)
    .addColumn('check_in_flagged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('check_in_fresh', 'integer')
    .addColumn('check_in_mock', 'integer')
    .addColumn('check_in_source', 'text')
    .addColumn('photo_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('visits_tenant_id_id_key', ['tenant_id', 'id'])
    .addUniqueConstraint('visits_client_id_key', ['tenant_id', 'client_id'])
    .addForeignKeyConstraint('visits_customer_fk', ['tenant_id', 'customer_id'], 'customers', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('visits_owner_fk', ['tenant_id', 'owner_id'], 'users', ['tenant_id', 'id'])
    .execute();
  for (const [name, columns] of [
    ['visits_visited_idx', ['tenant_id', 'visited_at', 'id']],
    ['visits_owner_idx', ['tenant_id', 'owner_id', 'visited_at', 'id']],
    ['visits_customer_idx', ['tenant_id', 'customer_id', 'visited_at', 'id']],
    ['visits_follow_up_idx', ['follow_up_at', 'tenant_id']],
    ['visits_day_idx', ['visited_on', 'tenant_id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('visits')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('visit_participants')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('visit_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_participants_pkey', ['tenant_id', 'visit_id', 'user_id'])
    .addForeignKeyConstraint(
      'visit_participants_visit_fk',
      ['tenant_id', 'visit_id'],
      'visits',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('visit_participants_user_fk', ['tenant_id', 'user_id'], 'users', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('visit_participants_user_idx')
    .on('visit_participants')
    .columns(['tenant_id', 'user_id', 'visit_id'])
    .execute();

  await db.schema
    .createTable('visit_attendees')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('visit_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_attendees_pkey', ['tenant_id', 'visit_id', 'contact_id'])
    .addForeignKeyConstraint(
      'visit_attendees_visit_fk',
      ['tenant_id', 'visit_id'],
      'visits',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('visit_attendees').execute();
  await db.schema.dropTable('visit_participants').execute();
  await db.schema.dropTable('visits').execute();
}
