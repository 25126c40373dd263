/** SQL for projects, their members and their phases. */
import type { TenantDb } from '@server/core/db';

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;
export type PhaseRow = Awaited<ReturnType<typeof findPhases>>[number];

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

export async function updatePhaseRow(
  tdb: TenantDb,
  phaseId: string,
  changes: Partial<Omit<PhaseRow, 'id' | 'tenant_id' | 'project_id'>>,
): Promise<void> {
  await tdb.updateTable('impl_phases').set(changes).where('id', '=', phaseId).execute();
}

export async function insertPhases(tdb: TenantDb, rows: Omit<PhaseRow, 'tenant_id'>[]): Promise<void> {
  if (rows.length > 0) await tdb.insertInto('impl_phases', rows).execute();
}

/** How many running projects use each version of a template. */
export async function countActiveByVersion(tdb: TenantDb, templateId: string): Promise<Map<number, number>> {
  const rows = await tdb
    .selectFrom('impl_projects')
    .select(['template_version'])
    .where('template_id', '=', templateId)
    .where('status', '=', 'active')
    .execute();
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.template_version, (counts.get(row.template_version) ?? 0) + 1);
  return counts;
}
