/** SQL for project tasks and the client operation ids that make task changes safe to retry. */
import { onSameTenant, type TenantDb } from '@server/core/db';

export type TaskRow = Awaited<ReturnType<typeof findTasks>>[number];

/** Tasks still on the projects (upgrades mark removed ones instead of deleting their evidence). */
export function findTasks(tdb: TenantDb, projectIds: readonly string[]) {
  return tdb
    .selectFrom('impl_tasks')
    .selectAll()
    .where('project_id', 'in', projectIds.length > 0 ? [...projectIds] : [''])
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
}

/** The task unless an upgrade removed it. */
export function findTask(tdb: TenantDb, taskId: string): Promise<TaskRow | undefined> {
  return tdb
    .selectFrom('impl_tasks')
    .selectAll()
    .where('id', '=', taskId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function insertTasks(tdb: TenantDb, rows: Omit<TaskRow, 'tenant_id'>[]): Promise<void> {
  if (rows.length > 0) await tdb.insertInto('impl_tasks', rows).execute();
}

/** Raises the task's version whatever it was (an upgrade rewrites open tasks; a person's edit goes through updateAtVersion). */
export async function updateTaskRow(
  tdb: TenantDb,
  taskId: string,
  changes: Partial<Omit<TaskRow, 'id' | 'tenant_id' | 'version'>>,
): Promise<void> {
  await tdb
    .updateTable('impl_tasks')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', taskId)
    .execute();
}

/**
 * The task as committed now, held for the rest of the transaction: the no-op write takes PostgreSQL's row lock
 * (a second writer waits, then reads what the first committed); SQLite runs one writer at a time anyway.
 */
export async function lockTask(tdb: TenantDb, taskId: string): Promise<TaskRow | undefined> {
  await tdb
    .updateTable('impl_tasks')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', taskId)
    .execute();
  return findTask(tdb, taskId);
}

/** Records a client's operation id; answers false when it was seen before (a retry). */
export async function claimOperation(
  tdb: TenantDb,
  opId: string,
  taskId: string,
  at: string,
): Promise<boolean> {
  const result = await tdb
    .insertInto('impl_task_ops', { op_id: opId, task_id: taskId, created_at: at })
    .onConflict((oc) => oc.columns(['tenant_id', 'op_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function operationSeen(tdb: TenantDb, opId: string) {
  return tdb.selectFrom('impl_task_ops').select('task_id').where('op_id', '=', opId).executeTakeFirst();
}

export async function findTaskProjectId(tdb: TenantDb, taskId: string): Promise<string | undefined> {
  const row = await tdb
    .selectFrom('impl_tasks')
    .select('project_id')
    .where('id', '=', taskId)
    .executeTakeFirst();
  return row?.project_id;
}

/** Open tasks of active projects due between two dates, with what a reminder names. */
export function findOpenTasksDue(tdb: TenantDb, from: string, to: string) {
  return tdb
    .selectFrom('impl_tasks')
    .innerJoin('impl_projects', onSameTenant('impl_projects.id', 'impl_tasks.project_id'))
    .select([
      'impl_tasks.id',
      'impl_tasks.title',
      'impl_tasks.due_date',
      'impl_tasks.assignee_id',
      'impl_projects.id as project_id',
      'impl_projects.name as project_name',
      'impl_projects.owner_id',
    ])
    .where('impl_projects.status', '=', 'active')
    .where('impl_tasks.done_at', 'is', null)
    .where('impl_tasks.removed_at', 'is', null)
    .where('impl_tasks.due_date', '>=', from)
    .where('impl_tasks.due_date', '<=', to)
    .execute();
}
