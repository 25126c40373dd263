/**
 * Who sees which dashboard. Figures are tenant-wide aggregates, so each dashboard goes to the roles whose work it
 * steers: visits to sales managers (and admins); demand and the loop to PMs and managers; implementation to
 * everyone who runs or plans projects. A customer's value loop follows the customer's own visibility.
 */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';

export const canSeeVisitInsight = (actor: Actor): boolean => hasRole(actor, 'admin', 'manager');

export const canSeeRequirementInsight = (actor: Actor): boolean => hasRole(actor, 'admin', 'manager', 'pm');

export const canSeeImplementationInsight = (actor: Actor): boolean =>
  hasRole(actor, 'admin', 'manager', 'pm', 'implementer');
