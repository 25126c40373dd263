/** What taking a template version would do to a project's open tasks: per project, and for every running project. */
import type { TenantDb } from '@server/core/db';
import { applicablePhases } from '@shared/domain/implementation/conditions';
import {
  type DiffTask,
  diffProjectTasks,
  type ProjectDiffTask,
  type TaskDiff,
} from '@shared/domain/implementation/diff';
import type { ProjectUpgradeImpact, TemplatePhase } from '@shared/schemas/implementation';
import { findNewestPublished, findVersion, phasesOf } from '../templates/repo';
import { loadBundles, type ProjectBundle } from './loader';
import { findCustomerProfile } from './lookups-repo';
import { profileOf } from './plan';
import { findProjects } from './repo';

export interface UpgradePlan {
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

export async function planUpgrade(
  tdb: TenantDb,
  bundle: ProjectBundle,
  toVersion: number,
): Promise<UpgradePlan | null> {
  const version = await findVersion(tdb, bundle.row.template_id, toVersion);
  if (version?.status !== 'published') return null;
  return planAgainst(tdb, bundle, phasesOf(version), toVersion);
}

export const impactOf = (bundle: ProjectBundle, plan: UpgradePlan): ProjectUpgradeImpact => ({
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

export async function newestPublished(tdb: TenantDb, templateId: string): Promise<number | null> {
  const published = await findNewestPublished(tdb, templateId);
  return published?.version ?? null;
}
