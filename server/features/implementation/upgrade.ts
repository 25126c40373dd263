/** Template upgrades per project: what a newer version would change, and pulling it without touching done work. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { planPhases } from '@shared/domain/implementation/calendar';
import { applicablePhases } from '@shared/domain/implementation/conditions';
import {
  type DiffTask,
  diffProjectTasks,
  type ProjectDiffTask,
  type TaskDiff,
} from '@shared/domain/implementation/diff';
import type { ProjectUpgradeImpact, TemplatePhase } from '@shared/schemas/implementation';
import { loadBundles } from './bundle';
import { loadWorkCalendar } from './calendar';
import { newTaskRow, profileOf } from './plan';
import { canUpdateProject } from './policy';
import {
  findCustomerProfile,
  findProjects,
  insertPhases,
  insertTasks,
  type PhaseRow,
  updatePhaseRow,
  updateProjectRow,
  updateTaskRow,
} from './projects-repo';
import { findVersion, listVersions, phasesOf } from './templates-repo';
import { accessOf, type ProjectBundle } from './view';

interface UpgradePlan {
  target: TemplatePhase[];
  toVersion: number;
  diff: TaskDiff;
}

const targetTasks = (phases: readonly TemplatePhase[]): DiffTask[] =>
  phases.flatMap((phase) =>
    phase.tasks.map((task) => ({
      id: task.id,
      phaseId: phase.id,
      phaseName: phase.name,
      title: task.title,
      guidance: task.guidance,
      evidence: task.evidence,
    })),
  );

function currentTasks(bundle: ProjectBundle): ProjectDiffTask[] {
  return bundle.tasks.flatMap((task) => {
    const phase = bundle.phases.find((p) => p.id === task.phase_id);
    if (!task.template_task_id || !phase) return [];
    return [
      {
        id: task.template_task_id,
        phaseId: phase.template_phase_id ?? phase.id,
        phaseName: phase.name,
        title: task.title,
        guidance: task.guidance,
        evidence: task.evidence,
        done: task.done_at !== null,
      },
    ];
  });
}

/** What taking `target` (a version's phases, published or not) would do to one project's open tasks. */
async function planAgainst(
  tdb: TenantDb,
  bundle: ProjectBundle,
  phases: readonly TemplatePhase[],
  toVersion: number,
): Promise<UpgradePlan | null> {
  const customer = await findCustomerProfile(tdb, bundle.row.customer_id);
  if (!customer) return null;
  const target = applicablePhases(phases, profileOf(customer));
  return { target, toVersion, diff: diffProjectTasks(currentTasks(bundle), targetTasks(target)) };
}

async function planUpgrade(
  tdb: TenantDb,
  bundle: ProjectBundle,
  toVersion: number,
): Promise<UpgradePlan | null> {
  const version = await findVersion(tdb, bundle.row.template_id, toVersion);
  if (version?.status !== 'published') return null;
  return planAgainst(tdb, bundle, phasesOf(version), toVersion);
}

const impactOf = (bundle: ProjectBundle, plan: UpgradePlan): ProjectUpgradeImpact => ({
  projectId: bundle.row.id,
  projectName: bundle.row.name,
  customerId: bundle.row.customer_id,
  customerName: bundle.customerName,
  fromVersion: bundle.row.template_version,
  toVersion: plan.toVersion,
  ...plan.diff,
});

/** For every running project on an older version: what taking these phases as `version` would do to its open tasks. */
export async function impactOfPhases(
  tdb: TenantDb,
  templateId: string,
  version: { version: number; phases: readonly TemplatePhase[] },
): Promise<ProjectUpgradeImpact[]> {
  const rows = (await findProjects(tdb, { status: 'active', templateId })).filter(
    (row) => row.template_version < version.version,
  );
  const impact: ProjectUpgradeImpact[] = [];
  for (const bundle of await loadBundles(tdb, rows)) {
    const plan = await planAgainst(tdb, bundle, version.phases, version.version);
    if (plan) impact.push(impactOf(bundle, plan));
  }
  return impact;
}

async function newestPublished(tdb: TenantDb, templateId: string): Promise<number | null> {
  const published = (await listVersions(tdb, [templateId])).find((v) => v.status === 'published');
  return published?.version ?? null;
}

export async function previewUpgrade(
  tdb: TenantDb,
  bundle: ProjectBundle,
): Promise<ProjectUpgradeImpact | null> {
  const newest = await newestPublished(tdb, bundle.row.template_id);
  if (newest === null || newest <= bundle.row.template_version) return null;
  const plan = await planUpgrade(tdb, bundle, newest);
  return plan ? impactOf(bundle, plan) : null;
}

/** Phases the target adds get dates from the project's start as the target version plans them. */
async function phaseRowsFor(tdb: TenantDb, bundle: ProjectBundle, target: TemplatePhase[]) {
  const calendar = await loadWorkCalendar(tdb);
  const dates = planPhases(
    bundle.row.start_date,
    target.map((phase) => phase.durationDays),
    calendar,
  );
  const byTemplateId = new Map<string, Omit<PhaseRow, 'tenant_id'>>();
  target.forEach((phase, index) => {
    const existing = bundle.phases.find((p) => p.template_phase_id === phase.id);
    const date = dates[index] ?? { startDate: bundle.row.start_date, dueDate: bundle.row.start_date };
    byTemplateId.set(phase.id, {
      id: existing?.id ?? newId(),
      project_id: bundle.row.id,
      template_phase_id: phase.id,
      position: index,
      name: phase.name,
      owner_role: phase.ownerRole,
      partner_role: phase.partnerRole,
      start_date: existing?.start_date ?? date.startDate,
      due_date: existing?.due_date ?? date.dueDate,
    });
  });
  return byTemplateId;
}

async function applyUpgrade(tx: TenantDb, bundle: ProjectBundle, plan: UpgradePlan): Promise<void> {
  const phases = await phaseRowsFor(tx, bundle, plan.target);
  const fresh = [...phases.values()].filter((row) => !bundle.phases.some((p) => p.id === row.id));
  await insertPhases(tx, fresh);
  for (const row of phases.values()) {
    if (fresh.includes(row)) continue;
    const { id, project_id: _project, ...changes } = row;
    await updatePhaseRow(tx, id, changes);
  }
  const at = nowIso();
  const templateTask = new Map(
    plan.target.flatMap((phase) => phase.tasks.map((task) => [task.id, { phase, task }] as const)),
  );
  const projectTask = (templateTaskId: string) =>
    bundle.tasks.find((task) => task.template_task_id === templateTaskId && task.done_at === null);
  for (const change of plan.diff.changed) {
    const source = templateTask.get(change.taskId);
    const task = projectTask(change.taskId);
    const phase = source && phases.get(source.phase.id);
    if (!source || !task || !phase) continue;
    const moved = task.phase_id !== phase.id;
    await updateTaskRow(tx, task.id, {
      title: source.task.title,
      guidance: source.task.guidance,
      evidence: source.task.evidence,
      ...(moved ? { phase_id: phase.id, due_date: phase.due_date } : {}),
      updated_at: at,
    });
  }
  for (const change of plan.diff.removed) {
    const task = projectTask(change.taskId);
    if (task) await updateTaskRow(tx, task.id, { removed_at: at, updated_at: at });
  }
  const position = Math.max(0, ...bundle.tasks.map((task) => task.position)) + 1;
  const added = plan.diff.added.flatMap((change, index) => {
    const source = templateTask.get(change.taskId);
    const phase = source && phases.get(source.phase.id);
    if (!source || !phase) return [];
    return [
      { ...newTaskRow(bundle.row.id, phase.id, source.task, phase.due_date, at), position: position + index },
    ];
  });
  await insertTasks(tx, added);
  await updateProjectRow(tx, bundle.row.id, { template_version: plan.toVersion, updated_at: at });
}

/** Pulls the newest published version into one project; done tasks are never changed or removed. */
export async function upgradeProject(tdb: TenantDb, actor: Actor, bundle: ProjectBundle): Promise<void> {
  authorize(canUpdateProject(actor, accessOf(bundle)));
  const newest = await newestPublished(tdb, bundle.row.template_id);
  if (newest === null || newest <= bundle.row.template_version) return;
  const plan = await planUpgrade(tdb, bundle, newest);
  if (!plan) throw notFound();
  await tdb.transaction(async (tx) => {
    await applyUpgrade(tx, bundle, plan);
    await recordAudit(tx, actor, {
      action: 'project.upgrade',
      objectType: 'project',
      objectId: bundle.row.id,
      data: {
        from: bundle.row.template_version,
        to: newest,
        added: plan.diff.added.length,
        changed: plan.diff.changed.length,
        removed: plan.diff.removed.length,
      },
    });
  });
}
