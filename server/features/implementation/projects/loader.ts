/** Loads what presenting projects needs, in a few batched queries for any number of projects. */
import type { TenantDb } from '@server/core/db';
import type { WorkCalendar } from '@shared/domain/implementation/calendar';
import type { AcceptanceItem } from '@shared/schemas/implementation';
import { acceptanceItemsFor } from '../acceptance';
import { loadWorkCalendar } from '../calendar/service';
import { listTemplateRows, listVersions } from '../templates/repo';
import { type AttachmentView, attachmentIdsOf, type EvidenceAttachments } from './evidence';
import { findContacts, findCustomerNames, findUsers } from './lookups-repo';
import type { ProjectAccess } from './policy';
import { findMemberIds, findPhases, findProject, findProjects, type PhaseRow, type ProjectRow } from './repo';
import { findTasks, type TaskRow } from './tasks-repo';

/** Everything one project's JSON is made of, loaded by the service. */
export interface ProjectBundle {
  row: ProjectRow;
  customerName: string;
  customerOwnerId: string;
  templateName: string;
  upgradeAvailable: number | null;
  phases: PhaseRow[];
  tasks: TaskRow[];
  memberIds: string[];
  partners: { id: string; name: string; title: string | null }[];
  names: ReadonlyMap<string, string>;
  attachments: ReadonlyMap<string, AttachmentView>;
  acceptanceItems: AcceptanceItem[];
  /** The tenant's working calendar, for projected dates. */
  calendar: WorkCalendar;
}

export const accessOf = (
  bundle: Pick<ProjectBundle, 'row' | 'memberIds' | 'customerOwnerId'>,
): ProjectAccess => ({
  ownerId: bundle.row.owner_id,
  memberIds: bundle.memberIds,
  customerOwnerId: bundle.customerOwnerId,
});

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Bundles for many projects without attachments or acceptance items (lists, today, the sweeps). */
export async function loadBundles(tdb: TenantDb, rows: readonly ProjectRow[]): Promise<ProjectBundle[]> {
  const ids = rows.map((row) => row.id);
  const [phases, tasks, members, customers, templates, versions, calendar] = await Promise.all([
    findPhases(tdb, ids),
    findTasks(tdb, ids),
    findMemberIds(tdb, ids),
    findCustomerNames(
      tdb,
      rows.map((row) => row.customer_id),
    ),
    listTemplateRows(tdb),
    listVersions(tdb, [...new Set(rows.map((row) => row.template_id))]),
    loadWorkCalendar(tdb),
  ]);
  const partnerIds = rows.flatMap((row) => JSON.parse(row.partner_contact_ids) as string[]);
  const contacts = await findContacts(tdb, partnerIds);
  const people = await findUsers(tdb, [
    ...rows.map((row) => row.owner_id),
    ...[...members.values()].flat(),
    ...tasks.flatMap((task) => [task.assignee_id, task.done_by].filter((id): id is string => id !== null)),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const phasesOf = groupBy(phases, (phase) => phase.project_id);
  const tasksOf = groupBy(tasks, (task) => task.project_id);
  return rows.map((row) => {
    const customer = customers.find((c) => c.id === row.customer_id);
    const newestPublished = versions.find(
      (v) => v.template_id === row.template_id && v.status === 'published',
    );
    const partnerList = JSON.parse(row.partner_contact_ids) as string[];
    return {
      row,
      customerName: customer?.name ?? '',
      customerOwnerId: customer?.owner_id ?? '',
      templateName: templates.find((t) => t.id === row.template_id)?.name ?? '',
      upgradeAvailable:
        newestPublished && newestPublished.version > row.template_version ? newestPublished.version : null,
      phases: phasesOf.get(row.id) ?? [],
      tasks: tasksOf.get(row.id) ?? [],
      memberIds: members.get(row.id) ?? [],
      partners: contacts
        .filter((c) => partnerList.includes(c.id))
        .map((c) => ({ id: c.id, name: c.name, title: c.title })),
      names,
      attachments: new Map(),
      acceptanceItems: [],
      calendar,
    };
  });
}

/** A customer's projects in these statuses, status by status. */
export async function loadCustomerProjects(
  tdb: TenantDb,
  customerId: string,
  statuses: readonly ('active' | 'accepted')[],
): Promise<ProjectBundle[]> {
  const rows = await Promise.all(statuses.map((status) => findProjects(tdb, { status, customerId })));
  return loadBundles(tdb, rows.flat());
}

/** A bundle completed with its evidence's attachment views and its acceptance items. */
export async function withEvidence(
  tdb: TenantDb,
  bundle: ProjectBundle,
  attachments: EvidenceAttachments,
): Promise<ProjectBundle> {
  const ids = attachmentIdsOf(bundle.tasks);
  const views: AttachmentView[] = ids.length > 0 ? await attachments.views(tdb, ids) : [];
  return {
    ...bundle,
    attachments: new Map(views.map((view) => [view.id, view])),
    acceptanceItems: await acceptanceItemsFor(tdb, {
      projectId: bundle.row.id,
      customerId: bundle.row.customer_id,
    }),
  };
}

/** Who the project's access rules look at: its owner, its members and its customer's owner. */
export async function loadProjectAccess(tdb: TenantDb, row: ProjectRow): Promise<ProjectAccess> {
  const [members, [customer]] = await Promise.all([
    findMemberIds(tdb, [row.id]),
    findCustomerNames(tdb, [row.customer_id]),
  ]);
  return {
    ownerId: row.owner_id,
    memberIds: members.get(row.id) ?? [],
    customerOwnerId: customer?.owner_id ?? '',
  };
}

/** What changing one task needs of its project: access, and the rows its projected schedule is made of. */
export type TaskScope = Pick<ProjectBundle, 'row' | 'phases' | 'tasks' | 'calendar'> & {
  access: ProjectAccess;
};

export async function loadTaskScope(tdb: TenantDb, projectId: string): Promise<TaskScope | undefined> {
  const row = await findProject(tdb, projectId);
  if (!row) return undefined;
  const [phases, tasks, access, calendar] = await Promise.all([
    findPhases(tdb, [row.id]),
    findTasks(tdb, [row.id]),
    loadProjectAccess(tdb, row),
    loadWorkCalendar(tdb),
  ]);
  return { row, phases, tasks, access, calendar };
}
