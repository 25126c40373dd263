/**
 * Who may read which dashboard: one rule for the /insight endpoints' policy and the `can` of /me, so the phone never
 * shows a tab the server would refuse. Figures are tenant-wide aggregates, so each dashboard goes to the roles whose
 * work it steers: visits to sales managers; demand and the loop to PMs and managers; implementation to everyone who
 * runs or plans projects.
 */
import type { Role } from './roles';

const visitReaders: readonly Role[] = ['admin', 'manager'];
const requirementReaders: readonly Role[] = ['admin', 'manager', 'pm'];
const implementationReaders: readonly Role[] = ['admin', 'manager', 'pm', 'implementer'];

/** Sales manager's dashboard: coverage, visits per rep, evidence, overdue follow-ups. */
export function canSeeVisitInsight(role: Role): boolean {
  return visitReaders.includes(role);
}

/** PM's dashboard: top requirements, demand heat map, productizable share. */
export function canSeeRequirementInsight(role: Role): boolean {
  return requirementReaders.includes(role);
}

/** The loop from mention to told, waiting items and overdue commitments. */
export function canSeeLoopInsight(role: Role): boolean {
  return requirementReaders.includes(role);
}

/** Implementation lead's dashboard: health, phases, late tasks, plan against actual, goals met. */
export function canSeeImplementationInsight(role: Role): boolean {
  return implementationReaders.includes(role);
}
