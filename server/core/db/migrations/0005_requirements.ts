/**
 * Requirements: the pool, its mentions, followers, decisions, merges, "told the customer" confirmations, commitments
 * and the tenant's score weights. visit_id and project_id are plain text without a foreign key: visits and
 * implementation projects land from other branches, and a mention must survive either being absent.
 */
import type { Kysely } from 'kysely';

const tenantFk = (table: string, column: string, target: string): [string, any[], string, string[]] => [
  `${table}_${column}_fk`,
  ['tenant_id', column],
  target,
  ['tenant_id', 'id'],
];

export async function up(db: Kysely<any>): Promise<void> {
  const real = 'double precision';

  await db.schema
    .createTable('requirements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('search_terms', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('category', 'text')
    .addColumn('kind', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('merged_into_id', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('target_release', 'text')
    .addColumn('impact', real, (c) => c.notNull().defaultTo(1))
    .addColumn('confidence', real, (c) => c.notNull().defaultTo(1))
    .addColumn('effort', real, (c) => c.notNull().defaultTo(1))
    .addColumn('demand', real, (c) => c.notNull().defaultTo(0))
    .addColumn('score', real, (c) => c.notNull().defaultTo(0))
    .addColumn('customer_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mention_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('contested', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('first_mention_at', 'text', (c) => c.notNull())
    .addColumn('first_decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('requirements_tenant_id_id_key', ['tenant_id', 'id'])
    .addUniqueConstraint('requirements_client_id_key', ['tenant_id', 'client_id'])
    .addForeignKeyConstraint(...tenantFk('requirements', 'owner_id', 'users'))
    .addForeignKeyConstraint(...tenantFk('requirements', 'created_by', 'users'))
    .execute();
  for (const [name, columns] of [
    ['requirements_score_idx', ['tenant_id', 'score', 'id']],
    ['requirements_status_score_idx', ['tenant_id', 'status', 'score', 'id']],
    ['requirements_created_idx', ['tenant_id', 'created_at', 'id']],
    ['requirements_updated_idx', ['tenant_id', 'updated_at', 'id']],
    ['requirements_merged_into_idx', ['tenant_id', 'merged_into_id']],
    ['requirements_contested_idx', ['tenant_id', 'contested']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('requirements')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('requirement_mentions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('origin_requirement_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('reporter_id', 'text', (c) => c.notNull())
    .addColumn('quote', 'text')
    .addColumn('importance', 'text', (c) => c.notNull())
    .addColumn('visit_id', 'text')
    .addColumn('project_id', 'text')
    .addColumn('go_live', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('requirement_mentions_client_id_key', ['tenant_id', 'client_id'])
    .addForeignKeyConstraint(...tenantFk('requirement_mentions', 'requirement_id', 'requirements'))
    .addForeignKeyConstraint(...tenantFk('requirement_mentions', 'origin_requirement_id', 'requirements'))
    .addForeignKeyConstraint(...tenantFk('requirement_mentions', 'customer_id', 'customers'))
    .addForeignKeyConstraint(...tenantFk('requirement_mentions', 'reporter_id', 'users'))
    .execute();
  await db.schema
    .createIndex('requirement_mentions_requirement_idx')
    .on('requirement_mentions')
    .columns(['tenant_id', 'requirement_id'])
    .execute();
  await db.schema
    .createIndex('requirement_mentions_reporter_idx')
    .on('requirement_mentions')
    .columns(['tenant_id', 'reporter_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('requirement_mentions_customer_idx')
    .on('requirement_mentions')
    .columns(['tenant_id', 'customer_id'])
    .execute();

  await db.schema
    .createTable('requirement_followers')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('requirement_followers_pk', ['tenant_id', 'requirement_id', 'user_id'])
    .addForeignKeyConstraint(...tenantFk('requirement_followers', 'requirement_id', 'requirements'))
    .addForeignKeyConstraint(...tenantFk('requirement_followers', 'user_id', 'users'))
    .execute();

  await db.schema
    .createTable('requirement_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('requirement_decisions_tenant_id_id_key', ['tenant_id', 'id'])
    .addForeignKeyConstraint(...tenantFk('requirement_decisions', 'requirement_id', 'requirements'))
    .addForeignKeyConstraint(...tenantFk('requirement_decisions', 'decided_by', 'users'))
    .execute();
  await db.schema
    .createIndex('requirement_decisions_requirement_idx')
    .on('requirement_decisions')
    .columns(['tenant_id', 'requirement_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('requirement_merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('moved_followers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('merged_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('contested_at', 'text')
    .addColumn('contested_by', 'text')
    .addColumn('contest_note', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .addForeignKeyConstraint(...tenantFk('requirement_merges', 'source_id', 'requirements'))
    .addForeignKeyConstraint(...tenantFk('requirement_merges', 'target_id', 'requirements'))
    .execute();
  await db.schema
    .createIndex('requirement_merges_target_idx')
    .on('requirement_merges')
    .columns(['tenant_id', 'target_id'])
    .execute();

  await db.schema
    .createTable('requirement_tellings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('told_by', 'text', (c) => c.notNull())
    .addColumn('told_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('requirement_tellings_key', ['tenant_id', 'decision_id', 'customer_id'])
    .addForeignKeyConstraint(...tenantFk('requirement_tellings', 'decision_id', 'requirement_decisions'))
    .execute();
  await db.schema
    .createIndex('requirement_tellings_requirement_idx')
    .on('requirement_tellings')
    .columns(['tenant_id', 'requirement_id'])
    .execute();

  await db.schema
    .createTable('requirement_commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('promised_by', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('fulfilled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(...tenantFk('requirement_commitments', 'requirement_id', 'requirements'))
    .addForeignKeyConstraint(...tenantFk('requirement_commitments', 'customer_id', 'customers'))
    .execute();
  await db.schema
    .createIndex('requirement_commitments_due_idx')
    .on('requirement_commitments')
    .columns(['tenant_id', 'due_date'])
    .execute();

  await db.schema
    .createTable('requirement_settings')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.tenant_id'))
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'requirement_settings',
    'requirement_commitments',
    'requirement_tellings',
    'requirement_merges',
    'requirement_decisions',
    'requirement_followers',
    'requirement_mentions',
    'requirements',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
