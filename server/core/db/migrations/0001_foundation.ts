/** Tenants, people, sessions, customers, contacts and the audit trail. Frozen: change the schema in a new migration. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text')
    .addColumn('email', 'text')
    .addColumn('avatar_url', 'text')
    .addColumn('department', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_tenant_id_id_key', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('users_tenant_role_idx').on('users').columns(['tenant_id', 'role']).execute();

  await db.schema
    .createTable('user_identities')
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

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addForeignKeyConstraint('sessions_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').columns(['tenant_id', 'user_id']).execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('industry', 'text')
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('flag_co_creation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flag_angel', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flag_benchmark', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('contract_value', 'double precision')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('archived_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('customers_tenant_id_id_key', ['tenant_id', 'id'])
    .addForeignKeyConstraint('customers_owner_fk', ['tenant_id', 'owner_id'], 'users', ['tenant_id', 'id'])
    .execute();
  for (const [name, columns] of [
    ['customers_updated_idx', ['tenant_id', 'updated_at', 'id']],
    ['customers_created_idx', ['tenant_id', 'created_at', 'id']],
    ['customers_name_idx', ['tenant_id', 'name', 'id']],
    ['customers_owner_idx', ['tenant_id', 'owner_id', 'updated_at']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('customers')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('contacts_customer_fk', ['tenant_id', 'customer_id'], 'customers', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('contacts_customer_idx')
    .on('contacts')
    .columns(['tenant_id', 'customer_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_events_object_idx')
    .on('audit_events')
    .columns(['tenant_id', 'object_type', 'object_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_events',
    'contacts',
    'customers',
    'sessions',
    'user_identities',
    'users',
    'tenants',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
