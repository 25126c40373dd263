/**
 * Taking a triage decision back within its undo window: the requirement returns to the status it had, the decision
 * leaves the history, and its held messages are dropped, so no reporter ever hears of it.
 */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { dropHeld } from '@server/core/outbox/hold';
import { authorize } from '@server/core/policy';
import type { Requirement } from '@shared/schemas/requirements';
import { decisionHoldKey } from './decisions';
import { canUndoOwnChange } from './policy';
import { reopenCommitments } from './repo/commitments';
import { deleteDecision, findDecisionOn, latestDecision } from './repo/decisions';
import { setRequirement } from './repo/requirements';
import { mustFind, presentOne } from './service';
import { isStillUndoable } from './undo-window';

export async function undoDecision(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  decisionId: string,
): Promise<Requirement> {
  const requirement = await mustFind(tdb, requirementId);
  const decision = await findDecisionOn(tdb, requirement.id, decisionId);
  if (!decision) throw notFound();
  authorize(canUndoOwnChange(actor, decision.decided_by));
  // Only the latest decision of a live requirement can go: an earlier one has been overtaken by what came after.
  const latest = await latestDecision(tdb, requirement.id);
  if (
    !isStillUndoable(decision.created_at) ||
    latest?.id !== decision.id ||
    requirement.status === 'merged'
  ) {
    throw new AppError('UNDO_CLOSED');
  }
  await tdb.transaction(async (tx) => {
    if (!(await dropHeld(tx, decisionHoldKey(decision.id)))) throw new AppError('UNDO_CLOSED');
    await deleteDecision(tx, decision.id);
    const previous = await latestDecision(tx, requirement.id);
    const restored = previous?.status ?? 'new';
    await setRequirement(tx, requirement.id, {
      status: restored,
      updated_at: nowIso(),
      ...(requirement.first_decided_at === decision.created_at ? { first_decided_at: null } : {}),
    });
    if (decision.status === 'released') await reopenCommitments(tx, requirement.id, decision.created_at);
    await recordAudit(tx, actor, {
      action: 'requirement.decide.undo',
      objectType: 'requirement',
      objectId: requirement.id,
      data: { decisionId: decision.id, from: decision.status, to: restored },
    });
  });
  return presentOne(tdb, actor, await mustFind(tdb, requirement.id));
}
