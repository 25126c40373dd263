/** Template conditions: which phases and tasks apply to a customer, given its segment and flags. */
import type { CustomerFlag, Segment } from '../customers';

export interface Condition {
  segments?: Segment[] | undefined;
  flags?: CustomerFlag[] | undefined;
}

export interface CustomerProfile {
  segment: Segment;
  flags: Record<CustomerFlag, boolean>;
}

/** No condition applies to everyone; otherwise any listed segment and every listed flag must match. */
export function appliesTo(condition: Condition | null | undefined, customer: CustomerProfile): boolean {
  if (!condition) return true;
  const { segments, flags } = condition;
  if (segments && segments.length > 0 && !segments.includes(customer.segment)) return false;
  return (flags ?? []).every((flag) => customer.flags[flag]);
}

interface Conditional {
  condition?: Condition | null | undefined;
}

/** The phases (and within them the tasks) a customer gets; a phase left with no task is dropped. */
export function applicablePhases<P extends Conditional & { tasks: readonly Conditional[] }>(
  phases: readonly P[],
  customer: CustomerProfile,
): P[] {
  return phases
    .filter((phase) => appliesTo(phase.condition, customer))
    .map(
      (phase) =>
        ({ ...phase, tasks: phase.tasks.filter((task) => appliesTo(task.condition, customer)) }) as P,
    )
    .filter((phase) => phase.tasks.length > 0);
}
