/** A task row → the task JSON: health, projected due date, evidence views and what the actor may do. */
import type { Actor } from '@server/core/auth/actor';
import { taskHealth } from '@shared/domain/implementation/health';
import type { Projection } from '@shared/domain/implementation/projection';
import type { EvidenceKind } from '@shared/domain/implementation/vocab';
import type { AcceptanceItem, ProjectTask } from '@shared/schemas/implementation';
import type { AttachmentView } from './evidence';
import { taskState } from './figures';
import { canAssignTask, canWorkOnTask, type ProjectAccess } from './policy';
import type { TaskRow } from './tasks-repo';

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
