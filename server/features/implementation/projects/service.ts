/** Project operations: start from a template, list (mine/all, by health), read, change people, goals and status. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { localDateOf } from '@shared/domain/clock';
import type {
  Project,
  ProjectListQuery,
  ProjectSummary,
  projectCreate,
  projectUpdate,
} from '@shared/schemas/implementation';
import type { z } from 'zod';
import { loadWorkCalendar } from '../calendar/service';
import { findNewestPublished, phasesOf } from '../templates/repo';
import { publishProjectEvents } from './events';
import type { EvidenceAttachments } from './evidence';
import { accessOf, loadBundles, withEvidence } from './loader';
import { findCustomerProfile } from './lookups';
import { assertPartners, assertPeople } from './people';
import { planFromTemplate, profileOf } from './plan';
import { canCreateProject, canSeeProject, canUpdateProject, memberRoles, projectOwnerRoles } from './policy';
import { presentProject, presentSummary } from './present';
import {
  findProject,
  findProjectByClientId,
  findProjects,
  insertPhases,
  insertProject,
  type ProjectRow,
  replaceMembers,
  updateProjectRow,
} from './repo';
import { insertTasks } from './tasks-repo';

export { canCreateProject } from './policy';

type ProjectCreateInput = z.output<typeof projectCreate>;
type ProjectUpdateInput = z.output<typeof projectUpdate>;

/** The project if it exists in the tenant and the actor may see it; otherwise 404. */
export async function visibleProject(tdb: TenantDb, actor: Actor, projectId: string) {
  const row = await findProject(tdb, projectId);
  if (!row) throw notFound();
  const [bundle] = await loadBundles(tdb, [row]);
  if (!bundle || !canSeeProject(actor, accessOf(bundle))) throw notFound();
  return bundle;
}

export async function getProject(
  tdb: TenantDb,
  actor: Actor,
  attachments: EvidenceAttachments,
  projectId: string,
): Promise<Project> {
  const bundle = await visibleProject(tdb, actor, projectId);
  return presentProject(await withEvidence(tdb, bundle, attachments), actor, localDateOf(nowIso()));
}

export async function listProjects(
  tdb: TenantDb,
  actor: Actor,
  query: ProjectListQuery,
): Promise<ProjectSummary[]> {
  const rows = await findProjects(tdb, {
    status: query.status,
    customerId: query.customerId,
    involving: query.scope === 'mine' ? actor.userId : undefined,
  });
  const bundles = (await loadBundles(tdb, rows)).filter((bundle) => canSeeProject(actor, accessOf(bundle)));
  const date = localDateOf(nowIso());
  return bundles
    .map((bundle) => presentSummary(bundle, date))
    .filter((summary) => !query.health || summary.health === query.health);
}

const goalsJson = (goals: ProjectCreateInput['goals']): string =>
  JSON.stringify(
    (goals ?? []).map((goal) => ({
      id: goal.id ?? newId(),
      metric: goal.metric,
      baseline: goal.baseline ?? null,
      target: goal.target,
      actual: goal.actual ?? null,
      unit: goal.unit,
    })),
  );

interface NewProject {
  id: string;
  customer: { id: string; name: string };
  version: { name: string; version: number };
  ownerId: string;
  startDate: string;
  createdBy: string;
}

function newProjectRow(input: ProjectCreateInput, project: NewProject): Omit<ProjectRow, 'tenant_id'> {
  const at = nowIso();
  return {
    id: project.id,
    client_id: input.clientId ?? null,
    name: input.name ?? `${project.customer.name} · ${project.version.name}`,
    customer_id: project.customer.id,
    template_id: input.templateId,
    template_version: project.version.version,
    status: 'active',
    start_date: project.startDate,
    go_live_target: input.goLiveTarget ?? null,
    owner_id: project.ownerId,
    partner_contact_ids: JSON.stringify([...new Set(input.partnerContactIds ?? [])]),
    goals: goalsJson(input.goals),
    created_by: project.createdBy,
    created_at: at,
    updated_at: at,
  };
}

/** Starts a project; a repeated clientId answers the project made the first time (created: false). */
export async function createProject(
  tdb: TenantDb,
  actor: Actor,
  attachments: EvidenceAttachments,
  input: ProjectCreateInput,
): Promise<{ project: Project; created: boolean }> {
  authorize(canCreateProject(actor));
  const existing = input.clientId ? await findProjectByClientId(tdb, input.clientId) : undefined;
  if (existing) return { project: await getProject(tdb, actor, attachments, existing.id), created: false };
  const customer = await findCustomerProfile(tdb, input.customerId);
  if (!customer) throw notFound();
  const published = await findNewestPublished(tdb, input.templateId);
  if (!published) {
    throw new AppError('TEMPLATE_NOT_PUBLISHED', { templateId: 'errors.TEMPLATE_NOT_PUBLISHED' });
  }
  const ownerId = input.ownerId ?? actor.userId;
  await assertPeople(tdb, [ownerId], projectOwnerRoles, 'ownerId');
  await assertPeople(tdb, input.memberIds ?? [], memberRoles, 'memberIds');
  await assertPartners(tdb, customer.id, input.partnerContactIds ?? []);
  const id = newId();
  const calendar = await loadWorkCalendar(tdb);
  const plan = planFromTemplate(id, phasesOf(published), profileOf(customer), input.startDate, calendar);
  const startDate = plan.phases[0]?.start_date ?? input.startDate;
  const row = newProjectRow(input, {
    id,
    customer,
    version: published,
    ownerId,
    startDate,
    createdBy: actor.userId,
  });
  const inserted = await tdb.transaction(async (tx) => {
    if (!(await insertProject(tx, row))) return false;
    await replaceMembers(tx, id, input.memberIds ?? []);
    await insertPhases(tx, plan.phases);
    await insertTasks(tx, plan.tasks);
    await recordAudit(tx, actor, {
      action: 'project.create',
      objectType: 'project',
      objectId: id,
      data: { templateId: input.templateId, version: published.version },
    });
    return true;
  });
  const winner = !inserted && input.clientId ? await findProjectByClientId(tdb, input.clientId) : undefined;
  return { project: await getProject(tdb, actor, attachments, winner?.id ?? id), created: !winner };
}

export async function updateProject(
  tdb: TenantDb,
  actor: Actor,
  attachments: EvidenceAttachments,
  projectId: string,
  input: ProjectUpdateInput,
): Promise<Project> {
  const bundle = await visibleProject(tdb, actor, projectId);
  authorize(canUpdateProject(actor, accessOf(bundle)));
  if (input.ownerId !== undefined) await assertPeople(tdb, [input.ownerId], projectOwnerRoles, 'ownerId');
  if (input.memberIds) await assertPeople(tdb, input.memberIds, memberRoles, 'memberIds');
  if (input.partnerContactIds) await assertPartners(tdb, bundle.row.customer_id, input.partnerContactIds);
  const changes: Partial<ProjectRow> = { updated_at: nowIso() };
  if (input.name !== undefined) changes.name = input.name;
  if (input.goLiveTarget !== undefined) changes.go_live_target = input.goLiveTarget;
  if (input.ownerId !== undefined) changes.owner_id = input.ownerId;
  if (input.status !== undefined) changes.status = input.status;
  if (input.partnerContactIds)
    changes.partner_contact_ids = JSON.stringify([...new Set(input.partnerContactIds)]);
  if (input.goals) changes.goals = goalsJson(input.goals);
  await tdb.transaction(async (tx) => {
    await updateProjectRow(tx, projectId, changes);
    if (input.memberIds) await replaceMembers(tx, projectId, input.memberIds);
    await recordAudit(tx, actor, {
      action: 'project.update',
      objectType: 'project',
      objectId: projectId,
      data: { changed: Object.keys(input) },
    });
    await publishProjectEvents(tx, bundle, changes);
  });
  return getProject(tdb, actor, attachments, projectId);
}
