/**
 * Which sign-offs list the go-live requirements (the UAT phase's, or a task about go-live or acceptance), and which
 * of those requirements are not delivered yet: anything not released. Server and phone use this one rule.
 */
import type { EvidenceKind } from './vocab';

const acceptanceStep = /UAT|验收|上线|acceptance|go-live/i;

export interface SignOffStep {
  phaseName: string;
  taskTitle: string;
  evidence: EvidenceKind;
}

export function listsGoLiveRequirements(step: SignOffStep): boolean {
  return step.evidence === 'signoff' && acceptanceStep.test(`${step.phaseName} ${step.taskTitle}`);
}

export const deliveredStatus = 'released';

export function undeliveredItems<T extends { status: string }>(items: readonly T[]): T[] {
  return items.filter((item) => item.status !== deliveredStatus);
}
