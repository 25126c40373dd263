/** Task changes from the phone: tick/untick, assign, evidence, blocker; safe to retry (clientOpId, natural no-ops). */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import type { EvidenceKind } from '@shared/domain/implementation/vocab';
import type { AcceptanceItem, ProjectTask, taskPatch } from '@shared/schemas/implementation';
import type { z } from 'zod';
import { notifyPerson } from '../platform/notify';
import { namesOf } from '../users/service';
import { loadBundles, withEvidence } from './bundle';
import { type EvidenceAttachments, missingEvidence, taskSubjectType } from './evidence';
import { blockerMessage, projectUrl } from './messages';
import { canAssignTask, canUpdateProject, canWorkOnTask, memberRoles } from './policy';
import { assertPeople, today, visibleProject } from './projects';
import { claimOperation, lockTask, operationSeen, type TaskRow, updateTaskRow } from './projects-repo';
import { signOffChanges, undeliveredFor } from './signoff';
import { accessOf, type ProjectBundle, phaseFigures, presentTask } from './view';

type TaskPatchInput = z.output<typeof taskPatch>;
type TaskChanges = Partial<Omit<TaskRow, 'id' | 'tenant_id'>>;

export interface TaskDeps {
  attachments: EvidenceAttachments;
  publicUrl: string;
}

/** The task's evidence after the patch: photos/files accumulate, a note or signature replaces the last one. */
function evidenceChanges(task: TaskRow, evidence: TaskPatchInput['evidence'], at: string): TaskChanges {
  if (!evidence) return {};
  const changes: TaskChanges = {};
  if (evidence.note !== undefined) changes.note = evidence.note;
  if (evidence.attachmentIds) {
    const current = JSON.parse(task.attachment_ids) as string[];
    changes.attachment_ids = JSON.stringify([...new Set([...current, ...evidence.attachmentIds])]);
  }
  if (evidence.signature === null) {
    Object.assign(changes, {
      signer_name: null,
      signature_attachment_id: null,
      signed_at: null,
      signoff_exception_reason: null,
      signoff_exception_items: null,
    });
  } else if (
    evidence.signature &&
    (evidence.signature.signerName !== task.signer_name ||
      evidence.signature.attachmentId !== task.signature_attachment_id)
  ) {
    Object.assign(changes, {
      signer_name: evidence.signature.signerName,
      signature_attachment_id: evidence.signature.attachmentId,
      signed_at: at,
    });
  }
  return changes;
}

function stateChanges(task: TaskRow, input: TaskPatchInput, actor: Actor, at: string): TaskChanges {
  const changes: TaskChanges = {};
  if (input.assigneeId !== undefined && input.assigneeId !== task.assignee_id)
    changes.assignee_id = input.assigneeId;
  if (input.dueDate !== undefined && input.dueDate !== task.due_date) changes.due_date = input.dueDate;
  if (input.done === true && !task.done_at) Object.assign(changes, { done_at: at, done_by: actor.userId });
  if (input.done === false && task.done_at) Object.assign(changes, { done_at: null, done_by: null });
  const finished = input.done === true || (input.done === undefined && task.done_at !== null);
  if (input.blocker === null || (finished && task.blocker && input.blocker === undefined)) {
    if (task.blocker) Object.assign(changes, { blocker: null, blocked_at: null, blocked_until: null });
  } else if (input.blocker !== undefined && input.blocker !== task.blocker) {
    Object.assign(changes, {
      blocker: input.blocker,
      blocked_at: at,
      blocked_until: input.blockedUntil ?? null,
    });
  } else if (input.blockedUntil !== undefined && input.blockedUntil !== task.blocked_until) {
    if (!task.blocker) {
      throw new AppError('VALIDATION_FAILED', {
        blockedUntil: 'ui.implementation.messages.blockedUntilNeedsBlocker',
      });
    }
    changes.blocked_until = input.blockedUntil;
  }
  return changes;
}

function assertEvidence(task: TaskRow, changes: TaskChanges): void {
  const next = { ...task, ...changes };
  if (!next.done_at) return;
  const missing = missingEvidence(task.evidence as EvidenceKind, {
    note: next.note,
    attachmentIds: JSON.parse(next.attachment_ids) as string[],
    signerName: next.signer_name,
    signatureAttachmentId: next.signature_attachment_id,
  });
  if (missing) throw new AppError('EVIDENCE_REQUIRED', missing);
}

async function authorizePatch(
  tdb: TenantDb,
  actor: Actor,
  input: TaskPatchInput,
  task: TaskRow,
  access: ReturnType<typeof accessOf>,
) {
  authorize(canWorkOnTask(actor, access, task.assignee_id));
  if (input.assigneeId !== undefined && input.assigneeId !== task.assignee_id) {
    authorize(canAssignTask(actor, access));
    if (input.assigneeId) await assertPeople(tdb, [input.assigneeId], memberRoles, 'assigneeId');
  }
  if (input.dueDate !== undefined && input.dueDate !== task.due_date)
    authorize(canUpdateProject(actor, access));
}

const auditAction = (changes: TaskChanges): string[] =>
  [
    changes.done_at !== undefined ? (changes.done_at ? 'task.tick' : 'task.untick') : null,
    changes.assignee_id !== undefined ? 'task.assign' : null,
    changes.due_date !== undefined ? 'task.reschedule' : null,
    changes.blocker !== undefined ? (changes.blocker ? 'task.block' : 'task.unblock') : null,
    changes.note !== undefined || changes.attachment_ids !== undefined || changes.signed_at !== undefined
      ? 'task.evidence'
      : null,
  ].filter((action): action is string => action !== null);

/** Checks the attachments before the transaction; answers the ids the change links to the task. */
async function requireAttachments(tdb: TenantDb, deps: TaskDeps, input: TaskPatchInput): Promise<string[]> {
  const newIds = input.evidence?.attachmentIds ?? [];
  if (newIds.length > 0) await deps.attachments.require(tdb, newIds, 'evidence.attachmentIds');
  const signatureId = input.evidence?.signature?.attachmentId;
  if (signatureId) await deps.attachments.require(tdb, [signatureId], 'evidence.signature.attachmentId');
  return [...newIds, ...(signatureId ? [signatureId] : [])];
}

/**
 * The row changes against the task as committed (409 for a stale version, 422 when a tick lacks evidence or an
 * acceptance sign-off over undelivered go-live requirements lacks the reason).
 */
function changesFor(
  task: TaskRow,
  input: TaskPatchInput,
  context: { actor: Actor; at: string; undelivered: readonly AcceptanceItem[] },
): TaskChanges {
  if (input.version !== undefined && input.version !== task.version) throw new AppError('VERSION_CONFLICT');
  const changes = {
    ...evidenceChanges(task, input.evidence, context.at),
    ...stateChanges(task, input, context.actor, context.at),
  };
  assertEvidence(task, changes);
  return { ...changes, ...signOffChanges(task, changes, input, context.undelivered) };
}

/** The blocker goes to the project owner in the same transaction (the outbox delivers it once). */
async function notifyBlocker(
  tx: TenantDb,
  actor: Actor,
  deps: TaskDeps,
  bundle: ProjectBundle,
  task: TaskRow,
  changes: TaskChanges,
): Promise<void> {
  if (!changes.blocker || !changes.blocked_at || bundle.row.owner_id === actor.userId) return;
  const names = await namesOf(tx, [actor.userId]);
  await notifyPerson(
    tx,
    bundle.row.owner_id,
    blockerMessage({
      taskId: task.id,
      blockedAt: changes.blocked_at,
      project: bundle.row.name,
      task: task.title,
      person: names.get(actor.userId) ?? '',
      reason: changes.blocker,
      url: projectUrl(deps.publicUrl, bundle.row.id),
    }),
  );
}

/**
 * Reads, checks and writes the task inside one transaction holding its row, so two phones adding photos at once
 * both land: each merges into what the other committed instead of into a copy read before.
 */
async function savePatch(
  tdb: TenantDb,
  actor: Actor,
  deps: TaskDeps,
  bundle: ProjectBundle,
  seen: TaskRow,
  input: TaskPatchInput,
): Promise<void> {
  await authorizePatch(tdb, actor, input, seen, accessOf(bundle));
  const linked = await requireAttachments(tdb, deps, input);
  const undelivered = await undeliveredFor(tdb, bundle, seen);
  await tdb.transaction(async (tx) => {
    const at = nowIso();
    if (input.clientOpId && !(await claimOperation(tx, input.clientOpId, seen.id, at))) return;
    const task = await lockTask(tx, seen.id);
    if (!task) throw notFound();
    const changes = changesFor(task, input, { actor, at, undelivered });
    if (Object.keys(changes).length === 0) return;
    await updateTaskRow(tx, task.id, { ...changes, updated_at: at });
    if (linked.length > 0) {
      await deps.attachments.link(tx, {
        subjectType: taskSubjectType,
        subjectId: task.id,
        attachmentIds: linked,
      });
    }
    for (const action of auditAction(changes)) {
      await recordAudit(tx, actor, {
        action,
        objectType: 'project_task',
        objectId: task.id,
        data: { projectId: bundle.row.id },
      });
    }
    await notifyBlocker(tx, actor, deps, bundle, task, changes);
  });
}

/** Applies a task change; a replayed clientOpId answers the task as it is now, changing nothing. */
export async function patchTask(
  tdb: TenantDb,
  actor: Actor,
  deps: TaskDeps,
  ids: { projectId: string; taskId: string },
  input: TaskPatchInput,
): Promise<ProjectTask> {
  const bundle = await visibleProject(tdb, actor, ids.projectId);
  const task = bundle.tasks.find((t) => t.id === ids.taskId);
  if (!task) throw notFound();
  const replay = input.clientOpId ? await operationSeen(tdb, input.clientOpId) : undefined;
  if (!replay) await savePatch(tdb, actor, deps, bundle, task, input);
  const [reloaded] = await loadBundles(tdb, [bundle.row]);
  const fresh = reloaded?.tasks.find((t) => t.id === ids.taskId);
  if (!reloaded || !fresh) throw notFound();
  const date = today();
  const { projection } = phaseFigures(reloaded, date);
  const full = await withEvidence(tdb, { ...reloaded, tasks: [fresh] }, deps.attachments);
  const context = { access: accessOf(full), names: full.names, attachments: full.attachments, projection };
  return presentTask(fresh, context, actor, date);
}
