/** What a task patch changes in the row: state, evidence and sign-off, checked against the task as committed. */
import type { Actor } from '@server/core/auth/actor';
import { AppError } from '@server/core/errors';
import type { EvidenceKind } from '@shared/domain/implementation/vocab';
import type { AcceptanceItem, taskPatch } from '@shared/schemas/implementation';
import type { z } from 'zod';
import { missingEvidence } from './evidence';
import { signOffChanges } from './signoff';
import type { TaskRow } from './tasks-repo';

export type TaskPatchInput = z.output<typeof taskPatch>;
export type TaskChanges = Partial<Omit<TaskRow, 'id' | 'tenant_id'>>;

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

/**
 * The row changes against the task as committed (409 for a stale version, 422 when a tick lacks evidence or an
 * acceptance sign-off over undelivered go-live requirements lacks the reason).
 */
export function changesFor(
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

/** The audit actions a change records, one per kind of change. */
export const auditActions = (changes: TaskChanges): string[] =>
  [
    changes.done_at !== undefined ? (changes.done_at ? 'task.tick' : 'task.untick') : null,
    changes.assignee_id !== undefined ? 'task.assign' : null,
    changes.due_date !== undefined ? 'task.reschedule' : null,
    changes.blocker !== undefined ? (changes.blocker ? 'task.block' : 'task.unblock') : null,
    changes.note !== undefined || changes.attachment_ids !== undefined || changes.signed_at !== undefined
      ? 'task.evidence'
      : null,
  ].filter((action): action is string => action !== null);
