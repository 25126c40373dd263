/** Only admins manage platform connections; anyone signed in may ask for the JS-API config of their tenant. */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';

export const canManageConnections = (actor: Actor): boolean => hasRole(actor, 'admin');
