/** Only admins see every member and change roles or deactivate people; nobody changes their own standing. */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';

export const canManageMembers = (actor: Actor): boolean => hasRole(actor, 'admin');

/** An admin who demoted or deactivated themselves could lock the tenant out of its own settings. */
export const canUpdateMember = (actor: Actor, memberId: string): boolean =>
  canManageMembers(actor) && actor.userId !== memberId;
