/**
 * Who sees which dashboard: the rule lives in shared/domain/insight.ts so /me's `can` and these checks never differ.
 * A customer's value loop follows the customer's own visibility.
 */
import type { Actor } from '@server/core/auth/actor';
import * as insight from '@shared/domain/insight';

export const canSeeVisitInsight = (actor: Actor): boolean => insight.canSeeVisitInsight(actor.role);

export const canSeeRequirementInsight = (actor: Actor): boolean =>
  insight.canSeeRequirementInsight(actor.role);

export const canSeeLoopInsight = (actor: Actor): boolean => insight.canSeeLoopInsight(actor.role);

export const canSeeImplementationInsight = (actor: Actor): boolean =>
  insight.canSeeImplementationInsight(actor.role);
