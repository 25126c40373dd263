/** Rows → the project JSON: phases with health and progress, tasks with their evidence and what the actor may do. */
import type { Actor } from '@server/core/auth/actor';
import type { WorkCalendar } from '@shared/domain/implementation/calendar';
import {
  type HealthResult,
  progressOf,
  rollupHealth,
  taskHealth,
  withGoLive,
} from '@shared/domain/implementation/health';
import { type Projection, projectSchedule } from '@shared/domain/implementation/projection';
import type { EvidenceKind, ProjectStatus } from '@shared/domain/implementation/vocab';
import type {
  AcceptanceItem,
  Goal,
  Project,
  ProjectPhase,
  ProjectSummary,
  ProjectTask,
} from '@shared/schemas/implementation';
import type { AttachmentView } from './evidence';
import {
  canAssignTask,
  canManageStatusLinks,
  canUpdateProject,
  canWorkOnTask,
  type ProjectAccess,
} from './policy';
import type { PhaseRow, ProjectRow, TaskRow } from './projects-repo';

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

const taskState = (task: TaskRow) => ({
  dueDate: task.due_date,
  doneAt: task.done_at,
  blocker: task.blocker,
});

export interface TaskContext {
  access: ProjectAccess;
  names: ReadonlyMap<string, string>;
  attachments: ReadonlyMap<string, AttachmentView>;
  projection: Projection;
}

function signatureException(task: TaskRow): NonNullable<ProjectTask['proof']['signature']>['exception'] {
  if (!task.signoff_exception_reason) return null;
  return {
    reason: task.signoff_exception_reason,
    undelivered: JSON.parse(task.signoff_exception_items ?? '[]') as AcceptanceItem[],
  };
}

export function presentTask(task: TaskRow, context: TaskContext, actor: Actor, today: string): ProjectTask {
  const { health, reason } = taskHealth(taskState(task), today);
  const views = (JSON.parse(task.attachment_ids) as string[])
    .map((id) => context.attachments.get(id))
    .filter((view): view is AttachmentView => view !== undefined);
  const signatureView = task.signature_attachment_id
    ? context.attachments.get(task.signature_attachment_id)
    : undefined;
  const mayWork = canWorkOnTask(actor, context.access, task.assignee_id);
  return {
    id: task.id,
    templateTaskId: task.template_task_id,
    title: task.title,
    guidance: task.guidance,
    evidence: task.evidence as EvidenceKind,
    assigneeId: task.assignee_id,
    assigneeName: task.assignee_id ? (context.names.get(task.assignee_id) ?? null) : null,
    dueDate: task.due_date,
    doneAt: task.done_at,
    doneById: task.done_by,
    doneByName: task.done_by ? (context.names.get(task.done_by) ?? null) : null,
    blocker: task.blocker,
    blockedAt: task.blocked_at,
    blockedUntil: task.blocked_until,
    projectedDueDate: context.projection.dueDates.get(task.id) ?? task.due_date,
    health,
    healthReason: reason,
    proof: {
      note: task.note,
      attachments: views,
      signature:
        signatureView && task.signer_name && task.signed_at
          ? {
              signerName: task.signer_name,
              signedAt: task.signed_at,
              attachment: signatureView,
              exception: signatureException(task),
            }
          : null,
    },
    can: { tick: mayWork, assign: canAssignTask(actor, context.access), block: mayWork },
    version: task.version,
  };
}

interface PhaseFigures {
  health: HealthResult;
  doneCount: number;
  taskCount: number;
}

function figuresOf(tasks: readonly TaskRow[], today: string): PhaseFigures {
  return {
    health: rollupHealth(tasks.map((task) => taskHealth(taskState(task), today))),
    doneCount: tasks.filter((task) => task.done_at !== null).length,
    taskCount: tasks.length,
  };
}

/**
 * Per phase: its tasks and figures; the project's health is the worst phase's, and at risk when dated blockers
 * project its go-live past the target.
 */
export function phaseFigures(
  bundle: Pick<ProjectBundle, 'row' | 'phases' | 'tasks' | 'calendar'>,
  today: string,
) {
  // A phase an upgrade emptied of tasks is no longer part of the plan.
  const phases = bundle.phases
    .map((phase) => {
      const tasks = bundle.tasks.filter((task) => task.phase_id === phase.id);
      return { phase, tasks, ...figuresOf(tasks, today) };
    })
    .filter((p) => p.taskCount > 0);
  const done = phases.reduce((sum, p) => sum + p.doneCount, 0);
  const total = phases.reduce((sum, p) => sum + p.taskCount, 0);
  const plannedEndDate = phases.at(-1)?.phase.due_date ?? bundle.row.start_date;
  const projection = projectSchedule(
    phases.flatMap((p) =>
      p.tasks.map((task) => ({
        id: task.id,
        dueDate: task.due_date,
        doneAt: task.done_at,
        blockedUntil: task.blocker ? task.blocked_until : null,
      })),
    ),
    plannedEndDate,
    bundle.calendar,
  );
  const goLive = { projected: projection.endDate, target: bundle.row.go_live_target };
  return {
    phases,
    health: withGoLive(rollupHealth(phases.map((p) => p.health)), goLive),
    progress: progressOf(done, total),
    openTaskCount: total - done,
    plannedEndDate,
    projection,
  };
}

export function presentGoals(row: Pick<ProjectRow, 'goals'>): Goal[] {
  const goals = JSON.parse(row.goals) as Omit<Goal, 'met'>[];
  return goals.map((goal) => ({ ...goal, met: goalMet(goal) }));
}

/** A goal is met when the actual reaches the target in the direction the target lies from the baseline. */
function goalMet(goal: Omit<Goal, 'met'>): boolean | null {
  if (goal.actual === null) return null;
  const rising = goal.baseline === null || goal.target >= goal.baseline;
  return rising ? goal.actual >= goal.target : goal.actual <= goal.target;
}

const person = (id: string, names: ReadonlyMap<string, string>) => ({ id, name: names.get(id) ?? '' });

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
  const phases: ProjectPhase[] = figures.phases.map((p) => ({
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
    tasks: p.tasks.map((task) => presentTask(task, context, actor, today)),
  }));
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
