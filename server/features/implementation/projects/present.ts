/** Loaded projects → the project JSON (phases with health and progress, tasks, what the actor may do) and list rows. */
import type { Actor } from '@server/core/auth/actor';
import { progressOf } from '@shared/domain/implementation/health';
import type { ProjectStatus } from '@shared/domain/implementation/vocab';
import type {
  Goal,
  Project,
  ProjectPhase,
  ProjectSummary,
  ProjectTask,
} from '@shared/schemas/implementation';
import { phaseFigures } from './figures';
import { accessOf, type ProjectBundle } from './loader';
import { canManageStatusLinks, canUpdateProject } from './policy';
import { presentTask } from './present-task';
import type { ProjectRow } from './repo';
import type { TaskRow } from './tasks-repo';

export function presentGoals(row: Pick<ProjectRow, 'goals'>): Goal[] {
  const goals = JSON.parse(row.goals) as Omit<Goal, 'met'>[];
  return goals.map((goal) => ({ ...goal, met: goalMet(goal) }));
}

/** A goal is met when the actual reaches the target in the direction the target lies from the baseline. */
export function goalMet(goal: Omit<Goal, 'met'>): boolean | null {
  if (goal.actual === null) return null;
  const rising = goal.baseline === null || goal.target >= goal.baseline;
  return rising ? goal.actual >= goal.target : goal.actual <= goal.target;
}

const person = (id: string, names: ReadonlyMap<string, string>) => ({ id, name: names.get(id) ?? '' });

type PhaseWithFigures = ReturnType<typeof phaseFigures>['phases'][number];

function presentPhase(p: PhaseWithFigures, presentOne: (task: TaskRow) => ProjectTask): ProjectPhase {
  return {
    id: p.phase.id,
    name: p.phase.name,
    ownerRole: p.phase.owner_role,
    partnerRole: p.phase.partner_role,
    startDate: p.phase.start_date,
    dueDate: p.phase.due_date,
    health: p.health.health,
    healthReason: p.health.reason,
    progress: progressOf(p.doneCount, p.taskCount),
    doneCount: p.doneCount,
    taskCount: p.taskCount,
    tasks: p.tasks.map(presentOne),
  };
}

export function presentProject(bundle: ProjectBundle, actor: Actor, today: string): Project {
  const { row } = bundle;
  const access = accessOf(bundle);
  const figures = phaseFigures(bundle, today);
  const context = {
    access,
    names: bundle.names,
    attachments: bundle.attachments,
    projection: figures.projection,
  };
  const phases = figures.phases.map((p) =>
    presentPhase(p, (task) => presentTask(task, context, actor, today)),
  );
  const canUpdate = canUpdateProject(actor, access);
  return {
    id: row.id,
    name: row.name,
    customerId: row.customer_id,
    customerName: bundle.customerName,
    templateId: row.template_id,
    templateName: bundle.templateName,
    templateVersion: row.template_version,
    upgradeAvailable: bundle.upgradeAvailable,
    status: row.status as ProjectStatus,
    startDate: row.start_date,
    goLiveTarget: row.go_live_target,
    plannedEndDate: figures.plannedEndDate,
    projectedGoLive: figures.projection.endDate,
    owner: person(row.owner_id, bundle.names),
    members: bundle.memberIds.map((id) => person(id, bundle.names)),
    partners: bundle.partners,
    goals: presentGoals(row),
    health: figures.health.health,
    healthReason: figures.health.reason,
    progress: figures.progress,
    phases,
    acceptanceItems: bundle.acceptanceItems,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    can: {
      update: canUpdate,
      upgrade: canUpdate && bundle.upgradeAvailable !== null,
      share: canUpdate,
      manageLinks: canManageStatusLinks(actor, access),
    },
  };
}

export function presentSummary(
  bundle: Pick<
    ProjectBundle,
    'row' | 'customerName' | 'templateName' | 'phases' | 'tasks' | 'names' | 'calendar'
  >,
  today: string,
): ProjectSummary {
  const { row } = bundle;
  const figures = phaseFigures(bundle, today);
  return {
    id: row.id,
    name: row.name,
    customerId: row.customer_id,
    customerName: bundle.customerName,
    templateName: bundle.templateName,
    templateVersion: row.template_version,
    status: row.status as ProjectStatus,
    startDate: row.start_date,
    goLiveTarget: row.go_live_target,
    plannedEndDate: figures.plannedEndDate,
    projectedGoLive: figures.projection.endDate,
    owner: person(row.owner_id, bundle.names),
    health: figures.health.health,
    healthReason: figures.health.reason,
    progress: figures.progress,
    currentPhase: figures.phases.find((p) => p.doneCount < p.taskCount)?.phase.name ?? null,
    openTaskCount: figures.openTaskCount,
  };
}
