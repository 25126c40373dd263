/** Only admins subscribe URLs to the company's events, read the delivery log and re-send. */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';

export const canManageWebhooks = (actor: Actor): boolean => hasRole(actor, 'admin');
