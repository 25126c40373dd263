/**
 * Who may do what with requirements. The pool is the whole tenant's (a rep must see others' requirements to +1
 * them instead of duplicating), but a rep sees the mentions — customers and their words — of their own accounts only.
 */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';
import type { RequirementCan } from '@shared/schemas/requirements';
import { canSeeCustomer } from '../customers/policy';
import type { RequirementRow } from './repo';

export const canCapture = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'manager', 'implementer', 'pm', 'admin');

/** Deciding, classifying and merging are the product managers' work (and admins', who may stand in). */
export const canManage = (actor: Actor): boolean => hasRole(actor, 'pm', 'admin');

export const canUndoMerge = (actor: Actor, contested: boolean): boolean =>
  actor.role === 'admin' || (contested && actor.role === 'pm');

/** A triage decision or a merge is taken back within its undo window by whoever made it, or an admin. */
export const canUndoOwnChange = (actor: Actor, madeBy: string): boolean =>
  actor.role === 'admin' || (canManage(actor) && actor.userId === madeBy);

export const canEditWeights = (actor: Actor): boolean => actor.role === 'admin';

export const canExport = (actor: Actor): boolean => hasRole(actor, 'pm', 'admin', 'manager');

/**
 * A mention (the customer's words, the customer's name) follows the customer policy: a rep sees those of the
 * accounts they own now, even ones they reported before the account was handed to someone else.
 */
export const canSeeMention = (actor: Actor, customer: { owner_id: string } | undefined): boolean =>
  customer !== undefined && canSeeCustomer(actor, customer);

export function requirementCan(actor: Actor, row: RequirementRow): RequirementCan {
  const live = row.status !== 'merged';
  return {
    update: live && canManage(actor),
    decide: live && canManage(actor),
    merge: live && canManage(actor),
    addMention: live && canCapture(actor),
    follow: live,
    commit: live && hasRole(actor, 'pm', 'admin', 'sales', 'manager'),
  };
}
