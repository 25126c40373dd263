/** Implementation: checklist templates and their versions, the working calendar, projects, phases, tasks. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('impl_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('standard_key', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('impl_templates_tenant_id_id_key', ['tenant_id', 'id'])
    .addUniqueConstraint('impl_templates_standard_key', ['tenant_id', 'standard_key'])
    .execute();

  await db.schema
    .createTable('impl_template_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('phases', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addForeignKeyConstraint(
      'impl_template_versions_template_fk',
      ['tenant_id', 'template_id'],
      'impl_templates',
      ['tenant_id', 'id'],
    )
    .addUniqueConstraint('impl_template_versions_key', ['tenant_id', 'template_id', 'version'])
    .execute();

  await db.schema
    .createTable('impl_calendar_days')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('impl_calendar_days_pkey', ['tenant_id', 'date'])
    .execute();

  await db.schema
    .createTable('impl_projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('template_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('go_live_target', 'text')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('partner_contact_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('goals', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('impl_projects_tenant_id_id_key', ['tenant_id', 'id'])
    .addUniqueConstraint('impl_projects_client_id_key', ['tenant_id', 'client_id'])
    .addForeignKeyConstraint('impl_projects_customer_fk', ['tenant_id', 'customer_id'], 'customers', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('impl_projects_template_fk', ['tenant_id', 'template_id'], 'impl_templates', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('impl_projects_owner_fk', ['tenant_id', 'owner_id'], 'users', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('impl_projects_customer_idx')
    .on('impl_projects')
    .columns(['tenant_id', 'customer_id'])
    .execute();

  await db.schema
    .createTable('impl_project_members')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('impl_project_members_pkey', ['tenant_id', 'project_id', 'user_id'])
    .addForeignKeyConstraint(
      'impl_project_members_project_fk',
      ['tenant_id', 'project_id'],
      'impl_projects',
      ['tenant_id', 'id'],
    )
    .addForeignKeyConstraint('impl_project_members_user_fk', ['tenant_id', 'user_id'], 'users', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('impl_project_members_user_idx')
    .on('impl_project_members')
    .columns(['tenant_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('impl_phases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('template_phase_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owner_role', 'text', (c) => c.notNull())
    .addColumn('partner_role', 'text')
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addUniqueConstraint('impl_phases_tenant_id_id_key', ['tenant_id', 'id'])
    .addForeignKeyConstraint('impl_phases_project_fk', ['tenant_id', 'project_id'], 'impl_projects', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('impl_phases_project_idx')
    .on('impl_phases')
    .columns(['tenant_id', 'project_id', 'position'])
    .execute();

  await db.schema
    .createTable('impl_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('phase_id', 'text', (c) => c.notNull())
    .addColumn('template_task_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('guidance', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('blocker', 'text')
    .addColumn('blocked_at', 'text')
    .addColumn('note', 'text')
    .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('signer_name', 'text')
    .addColumn('signature_attachment_id', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('removed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('impl_tasks_tenant_id_id_key', ['tenant_id', 'id'])
    .addForeignKeyConstraint('impl_tasks_project_fk', ['tenant_id', 'project_id'], 'impl_projects', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('impl_tasks_phase_fk', ['tenant_id', 'phase_id'], 'impl_phases', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('impl_tasks_assignee_fk', ['tenant_id', 'assignee_id'], 'users', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('impl_tasks_project_idx')
    .on('impl_tasks')
    .columns(['tenant_id', 'project_id', 'position'])
    .execute();
  await db.schema
    .createIndex('impl_tasks_due_idx')
    .on('impl_tasks')
    .columns(['tenant_id', 'due_date'])
    .execute();

  await db.schema
    .createTable('impl_task_ops')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('op_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('impl_task_ops_pkey', ['tenant_id', 'op_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'impl_task_ops',
    'impl_tasks',
    'impl_phases',
    'impl_project_members',
    'impl_projects',
    'impl_calendar_days',
    'impl_template_versions',
    'impl_templates',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
