/** SQL for projects, their members, phases and tasks. */
import type { TenantDb } from '@server/core/db';

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;
export type PhaseRow = Awaited<ReturnType<typeof findPhases>>[number];
export type TaskRow = Awaited<ReturnType<typeof findTasks>>[number];

export function findProject(tdb: TenantDb, projectId: string) {
  return tdb.selectFrom('impl_projects').selectAll().where('id', '=', projectId).executeTakeFirst();
}

export function findProjectByClientId(tdb: TenantDb, clientId: string) {
  return tdb.selectFrom('impl_projects').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

export interface ProjectFilter {
  status: string;
  customerId?: string | undefined;
  templateId?: string | undefined;
  /** Projects this person owns, is a member of, or has a task in. */
  involving?: string | undefined;
}

export function findProjects(tdb: TenantDb, filter: ProjectFilter) {
  let select = tdb.selectFrom('impl_projects').selectAll().where('status', '=', filter.status);
  if (filter.customerId) select = select.where('customer_id', '=', filter.customerId);
  if (filter.templateId) select = select.where('template_id', '=', filter.templateId);
  const person = filter.involving;
  if (person) {
    select = select.where((eb) =>
      eb.or([
        eb('owner_id', '=', person),
        eb(
          'id',
          'in',
          tdb.selectFrom('impl_project_members').select('project_id').where('user_id', '=', person),
        ),
        eb(
          'id',
          'in',
          tdb
            .selectFrom('impl_tasks')
            .select('project_id')
            .where('assignee_id', '=', person)
            .where('removed_at', 'is', null),
        ),
      ]),
    );
  }
  return select.orderBy('start_date', 'desc').orderBy('id').execute();
}

export async function findMemberIds(
  tdb: TenantDb,
  projectIds: readonly string[],
): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  if (projectIds.length === 0) return members;
  const rows = await tdb
    .selectFrom('impl_project_members')
    .select(['project_id', 'user_id'])
    .where('project_id', 'in', [...projectIds])
    .execute();
  for (const row of rows) members.set(row.project_id, [...(members.get(row.project_id) ?? []), row.user_id]);
  return members;
}

export function findPhases(tdb: TenantDb, projectIds: readonly string[]) {
  return tdb
    .selectFrom('impl_phases')
    .selectAll()
    .where('project_id', 'in', projectIds.length > 0 ? [...projectIds] : [''])
    .orderBy('position')
    .execute();
}

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

/** Inserts unless the client id was used already; answers whether this call inserted. */
export async function insertProject(tdb: TenantDb, row: Omit<ProjectRow, 'tenant_id'>): Promise<boolean> {
  const result = await tdb
    .insertInto('impl_projects', row)
    .onConflict((oc) => oc.columns(['tenant_id', 'client_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateProjectRow(
  tdb: TenantDb,
  projectId: string,
  changes: Partial<Omit<ProjectRow, 'id' | 'tenant_id'>>,
): Promise<void> {
  await tdb.updateTable('impl_projects').set(changes).where('id', '=', projectId).execute();
}

export async function replaceMembers(
  tdb: TenantDb,
  projectId: string,
  userIds: readonly string[],
): Promise<void> {
  await tdb.deleteFrom('impl_project_members').where('project_id', '=', projectId).execute();
  const unique = [...new Set(userIds)];
  if (unique.length > 0) {
    await tdb
      .insertInto(
        'impl_project_members',
        unique.map((userId) => ({ project_id: projectId, user_id: userId })),
      )
      .execute();
  }
}

export async function insertPhases(tdb: TenantDb, rows: Omit<PhaseRow, 'tenant_id'>[]): Promise<void> {
  if (rows.length > 0) await tdb.insertInto('impl_phases', rows).execute();
}

export async function insertTasks(tdb: TenantDb, rows: Omit<TaskRow, 'tenant_id'>[]): Promise<void> {
  if (rows.length > 0) await tdb.insertInto('impl_tasks', rows).execute();
}

/** Every write raises the task's version, so an edit made against the task as it was answers 409. */
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
  return tdb
    .selectFrom('impl_tasks')
    .selectAll()
    .where('id', '=', taskId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
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

export function findCustomerProfile(tdb: TenantDb, customerId: string) {
  return tdb
    .selectFrom('customers')
    .select(['id', 'name', 'segment', 'owner_id', 'flag_co_creation', 'flag_angel', 'flag_benchmark'])
    .where('id', '=', customerId)
    .executeTakeFirst();
}

export function findCustomerNames(tdb: TenantDb, customerIds: readonly string[]) {
  return tdb
    .selectFrom('customers')
    .select(['id', 'name', 'owner_id'])
    .where('id', 'in', customerIds.length > 0 ? [...new Set(customerIds)] : [''])
    .execute();
}

export function findContacts(tdb: TenantDb, contactIds: readonly string[]) {
  return tdb
    .selectFrom('contacts')
    .select(['id', 'name', 'title', 'customer_id'])
    .where('id', 'in', contactIds.length > 0 ? [...new Set(contactIds)] : [''])
    .execute();
}

/** The customer's first decision-maker contact, who the status page names when a project has no partner. */
export function findDecisionMaker(tdb: TenantDb, customerId: string) {
  return tdb
    .selectFrom('contacts')
    .select(['name', 'title'])
    .where('customer_id', '=', customerId)
    .where('role', '=', 'decision_maker')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

export function findUsers(tdb: TenantDb, userIds: readonly string[]) {
  return tdb
    .selectFrom('users')
    .select(['id', 'name', 'role', 'active'])
    .where('id', 'in', userIds.length > 0 ? [...new Set(userIds)] : [''])
    .execute();
}

export async function updatePhaseRow(
  tdb: TenantDb,
  phaseId: string,
  changes: Partial<Omit<PhaseRow, 'id' | 'tenant_id' | 'project_id'>>,
): Promise<void> {
  await tdb.updateTable('impl_phases').set(changes).where('id', '=', phaseId).execute();
}

export async function findTaskProjectId(tdb: TenantDb, taskId: string): Promise<string | undefined> {
  const row = await tdb
    .selectFrom('impl_tasks')
    .select('project_id')
    .where('id', '=', taskId)
    .executeTakeFirst();
  return row?.project_id;
}
