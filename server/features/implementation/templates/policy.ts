/** Who may shape the templates every project follows. */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';

/** Delivery leads (PMs) and admins shape the standard; everyone follows it. */
export const canEditTemplates = (actor: Actor): boolean => hasRole(actor, 'admin', 'pm');

export const canInstallStandardTemplates = (actor: Actor): boolean => hasRole(actor, 'admin');
