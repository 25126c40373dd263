/** Who may change the tenant's working calendar, which every new plan's dates follow. */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';

export const canEditCalendar = (actor: Actor): boolean => hasRole(actor, 'admin');
