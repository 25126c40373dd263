/** Upgrading one project to its template's newest version: the preview, and pulling it without touching done work. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { planPhases } from '@shared/domain/implementation/calendar';
import type { ProjectUpgradeImpact, TemplatePhase } from '@shared/schemas/implementation';
import { loadWorkCalendar } from '../calendar/service';
import { accessOf, type ProjectBundle } from './loader';
import { newTaskRow } from './plan';
import { canUpdateProject } from './policy';
import { insertPhases, type PhaseRow, updatePhaseRow, updateProjectRow } from './repo';
import { insertTasks, updateTaskRow } from './tasks-repo';
import { impactOf, newestPublished, planUpgrade, type UpgradePlan } from './upgrade-plan';

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
