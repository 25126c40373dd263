/**
 * Only admins make, list and revoke API tokens, and only signed in as themselves: a token may not mint or revoke
 * tokens, so a leaked one cannot make itself a longer-lived successor.
 */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';

export const canManageApiTokens = (actor: Actor): boolean => hasRole(actor, 'admin') && !actor.apiToken;
