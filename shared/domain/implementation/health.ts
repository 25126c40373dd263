/** Health of a task, a phase and a project: on-track, at-risk (blocked, or due within 2 days with work left), overdue. */
import { daysBetween } from './calendar';
import { atRiskWithinDays, type Health, type HealthReason } from './vocab';

export interface HealthResult {
  health: Health;
  reason: HealthReason;
}

export interface TaskState {
  dueDate: string;
  doneAt: string | null;
  blocker: string | null;
}

/** `today` is the tenant-local date (YYYY-MM-DD). */
export function taskHealth(task: TaskState, today: string): HealthResult {
  if (task.doneAt) return { health: 'on-track', reason: 'done' };
  const daysLeft = daysBetween(today, task.dueDate);
  if (daysLeft < 0) return { health: 'overdue', reason: 'overdue' };
  if (task.blocker) return { health: 'at-risk', reason: 'blocked' };
  if (daysLeft <= atRiskWithinDays) return { health: 'at-risk', reason: 'due-soon' };
  return { health: 'on-track', reason: 'on-schedule' };
}

const rank: Record<Health, number> = { 'on-track': 0, 'at-risk': 1, overdue: 2 };

const rollupReason: Partial<Record<HealthReason, HealthReason>> = {
  overdue: 'tasks-overdue',
  'tasks-overdue': 'tasks-overdue',
  blocked: 'tasks-blocked',
  'tasks-blocked': 'tasks-blocked',
  'due-soon': 'tasks-due-soon',
  'tasks-due-soon': 'tasks-due-soon',
};

/** The worst of the parts, named after why; all done is 'done', nothing wrong is 'on-schedule'. */
export function rollupHealth(parts: readonly HealthResult[]): HealthResult {
  if (parts.every((part) => part.reason === 'done')) return { health: 'on-track', reason: 'done' };
  let worst: HealthResult = { health: 'on-track', reason: 'on-schedule' };
  for (const part of parts) {
    const worse = rank[part.health] > rank[worst.health];
    const blockedBeatsDueSoon =
      part.health === 'at-risk' && worst.health === 'at-risk' && part.reason === 'blocked';
    if (worse || blockedBeatsDueSoon) {
      worst = { health: part.health, reason: rollupReason[part.reason] ?? part.reason };
    }
  }
  return worst;
}

/** A project whose projected go-live lies past its target is at risk, even when every task is on time. */
export function withGoLive(
  rollup: HealthResult,
  goLive: { projected: string; target: string | null },
): HealthResult {
  const isLate = goLive.target !== null && goLive.projected > goLive.target;
  if (!isLate || rollup.health !== 'on-track' || rollup.reason === 'done') return rollup;
  return { health: 'at-risk', reason: 'go-live-late' };
}

/** Percent done, rounded down so 99.6% never shows as finished. */
export function progressOf(doneCount: number, total: number): number {
  if (total === 0) return 100;
  return Math.floor((doneCount * 100) / total);
}
