/**
 * Who may do what with requirements. The pool is the whole tenant's (a rep must see others' requirements to +1
 * them instead of duplicating), but a rep sees the mentions — customers and their words — of their own accounts only.
 */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';
import type { Role } from '@shared/domain/roles';
import type { RequirementCan } from '@shared/schemas/requirements';
import { canSeeCustomer } from '../customers/service';
import type { RequirementRow } from './repo/requirements';

export const canCapture = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'manager', 'implementer', 'pm', 'admin');

/** Deciding, classifying and merging are the product managers' work (and admins', who may stand in). */
export const canManage = (actor: Actor): boolean => hasRole(actor, 'pm', 'admin');

/** The loop figures and the promises made to customers: product managers, admins, and sales managers. */
export const canOverseeLoop = (actor: Actor): boolean => canManage(actor) || actor.role === 'manager';

/** Who can be a requirement's product owner: an active PM or admin. */
export const canOwnRequirements = (person: { role: Role; active: boolean }): boolean =>
  person.active && (person.role === 'pm' || person.role === 'admin');

export const canUndoMerge = (actor: Actor, contested: boolean): boolean =>
  actor.role === 'admin' || (contested && actor.role === 'pm');

/** Only someone who reported on the merged requirement may say it is not the same need. */
export const canContestMerge = (actor: Actor, sourceReporterIds: readonly string[]): boolean =>
  sourceReporterIds.includes(actor.userId);

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

/** "Must ship for go-live" is set by the mention's reporter or a product manager. */
export const canMarkGoLive = (actor: Actor, mention: { reporter_id: string }): boolean =>
  canManage(actor) || mention.reporter_id === actor.userId;

/** Reps and implementers confirm telling the customers of their own mentions; these roles may for anyone. */
export const canTellForAnyone = (actor: Actor): boolean => hasRole(actor, 'pm', 'admin', 'manager');

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
