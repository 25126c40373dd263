/** Task changes from the phone: tick/untick, assign, evidence, blocker; safe to retry (clientOpId, natural no-ops). */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import { type TenantDb, updateAtVersion } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { localDateOf } from '@shared/domain/clock';
import type { ProjectTask } from '@shared/schemas/implementation';
import { notifyPerson } from '../../platform/service';
import { namesOf } from '../../users/service';
import { blockerMessage, projectUrl } from '../messages';
import { publishTaskEvents } from './events';
import { attachmentIdsOf, type EvidenceAttachments, taskSubjectType } from './evidence';
import { phaseFigures } from './figures';
import { loadTaskScope, type TaskScope } from './loader';
import { assertPeople } from './people';
import { canAssignTask, canSeeProject, canUpdateProject, canWorkOnTask, memberRoles } from './policy';
import { presentTask } from './present-task';
import { undeliveredFor } from './signoff';
import { auditActions, changesFor, type TaskChanges, type TaskPatchInput } from './task-changes';
import { claimOperation, findTask, lockTask, operationSeen, type TaskRow } from './tasks-repo';

export interface TaskDeps {
  attachments: EvidenceAttachments;
  publicUrl: string;
}

async function authorizePatch(
  tdb: TenantDb,
  actor: Actor,
  scope: TaskScope,
  task: TaskRow,
  input: TaskPatchInput,
) {
  const { access } = scope;
  authorize(canWorkOnTask(actor, access, task.assignee_id));
  if (input.assigneeId !== undefined && input.assigneeId !== task.assignee_id) {
    authorize(canAssignTask(actor, access));
    if (input.assigneeId) await assertPeople(tdb, [input.assigneeId], memberRoles, 'assigneeId');
  }
  if (input.dueDate !== undefined && input.dueDate !== task.due_date)
    authorize(canUpdateProject(actor, access));
}

/** Checks the attachments before the transaction; answers the ids the change links to the task. */
async function requireAttachments(tdb: TenantDb, deps: TaskDeps, input: TaskPatchInput): Promise<string[]> {
  const newIds = input.evidence?.attachmentIds ?? [];
  if (newIds.length > 0) await deps.attachments.require(tdb, newIds, 'evidence.attachmentIds');
  const signatureId = input.evidence?.signature?.attachmentId;
  if (signatureId) await deps.attachments.require(tdb, [signatureId], 'evidence.signature.attachmentId');
  return [...newIds, ...(signatureId ? [signatureId] : [])];
}

/** The blocker goes to the project owner in the same transaction (the outbox delivers it once). */
async function notifyBlocker(
  tx: TenantDb,
  actor: Actor,
  deps: TaskDeps,
  scope: TaskScope,
  task: TaskRow,
  changes: TaskChanges,
): Promise<void> {
  if (!changes.blocker || !changes.blocked_at || scope.row.owner_id === actor.userId) return;
  const names = await namesOf(tx, [actor.userId]);
  await notifyPerson(
    tx,
    scope.row.owner_id,
    blockerMessage({
      taskId: task.id,
      blockedAt: changes.blocked_at,
      project: scope.row.name,
      task: task.title,
      person: names.get(actor.userId) ?? '',
      reason: changes.blocker,
      url: projectUrl(deps.publicUrl, scope.row.id),
    }),
  );
}

/** Writes the changes at the locked version, links new evidence, records the audit and notifies. */
async function writeChanges(
  tx: TenantDb,
  context: { actor: Actor; deps: TaskDeps; scope: TaskScope; at: string; linked: string[] },
  task: TaskRow,
  changes: TaskChanges,
): Promise<TaskRow> {
  const { actor, deps, scope, at, linked } = context;
  if (!(await updateAtVersion(tx, 'impl_tasks', task.id, task.version, { ...changes, updated_at: at }))) {
    throw new AppError('VERSION_CONFLICT');
  }
  if (linked.length > 0) {
    await deps.attachments.link(tx, {
      subjectType: taskSubjectType,
      subjectId: task.id,
      attachmentIds: linked,
    });
  }
  for (const action of auditActions(changes)) {
    await recordAudit(tx, actor, {
      action,
      objectType: 'project_task',
      objectId: task.id,
      data: { projectId: scope.row.id },
    });
  }
  await notifyBlocker(tx, actor, deps, scope, task, changes);
  const saved = { ...task, ...changes, updated_at: at, version: task.version + 1 };
  await publishTaskEvents(tx, actor, scope, { before: task, after: saved });
  return saved;
}

/**
 * Reads, checks and writes the task inside one transaction holding its row, so two phones adding photos at once
 * both land: each merges into what the other committed instead of into a copy read before. Answers the task as
 * committed, or undefined when a concurrent retry of the same operation claimed it first.
 */
async function savePatch(
  tdb: TenantDb,
  actor: Actor,
  deps: TaskDeps,
  scope: TaskScope,
  seen: TaskRow,
  input: TaskPatchInput,
): Promise<TaskRow | undefined> {
  await authorizePatch(tdb, actor, scope, seen, input);
  const linked = await requireAttachments(tdb, deps, input);
  const undelivered = await undeliveredFor(tdb, scope, seen);
  return tdb.transaction(async (tx) => {
    const at = nowIso();
    if (input.clientOpId && !(await claimOperation(tx, input.clientOpId, seen.id, at))) return undefined;
    const task = await lockTask(tx, seen.id);
    if (!task) throw notFound();
    const changes = changesFor(task, input, { actor, at, undelivered });
    if (Object.keys(changes).length === 0) return task;
    return writeChanges(tx, { actor, deps, scope, at, linked }, task, changes);
  });
}

/** The task as the phone shows it, from the loaded project with the task as it now stands. */
async function presentSaved(
  tdb: TenantDb,
  actor: Actor,
  deps: TaskDeps,
  scope: TaskScope,
  task: TaskRow,
): Promise<ProjectTask> {
  const tasks = scope.tasks.map((candidate) => (candidate.id === task.id ? task : candidate));
  const date = localDateOf(nowIso());
  const { projection } = phaseFigures({ ...scope, tasks }, date);
  const people = [task.assignee_id, task.done_by].filter((id): id is string => id !== null);
  const attachmentIds = attachmentIdsOf([task]);
  const [names, views] = await Promise.all([
    namesOf(tdb, people),
    attachmentIds.length > 0 ? deps.attachments.views(tdb, attachmentIds) : [],
  ]);
  const attachments = new Map(views.map((view) => [view.id, view]));
  return presentTask(task, { access: scope.access, names, attachments, projection }, actor, date);
}

/** Applies a task change; a replayed clientOpId answers the task as it is now, changing nothing. */
export async function patchTask(
  tdb: TenantDb,
  actor: Actor,
  deps: TaskDeps,
  ids: { projectId: string; taskId: string },
  input: TaskPatchInput,
): Promise<ProjectTask> {
  const scope = await loadTaskScope(tdb, ids.projectId);
  if (!scope || !canSeeProject(actor, scope.access)) throw notFound();
  const task = scope.tasks.find((t) => t.id === ids.taskId);
  if (!task) throw notFound();
  const replay = input.clientOpId ? await operationSeen(tdb, input.clientOpId) : undefined;
  const saved = replay ? task : await savePatch(tdb, actor, deps, scope, task, input);
  const current = saved ?? (await findTask(tdb, task.id));
  if (!current) throw notFound();
  return presentSaved(tdb, actor, deps, scope, current);
}
