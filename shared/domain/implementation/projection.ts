/**
 * Projected dates: a blocker with a date ("客户 12/10 后才能开始") holds its task until that day, and every task after
 * it in the plan slips by the working days lost. Dates only move later; finished tasks keep theirs.
 */
import { addWorkingDays, nextWorkingDay, type WorkCalendar, workingDaysBetween } from './calendar';

export interface ScheduledTask {
  id: string;
  dueDate: string;
  doneAt: string | null;
  /** The blocker holds until this date: the task can be worked on from then. */
  blockedUntil: string | null;
}

export interface Projection {
  /** Each task's projected due date, by id. */
  dueDates: ReadonlyMap<string, string>;
  /** The projected end of the plan: the planned end moved by the slip, never earlier than a projected task. */
  endDate: string;
}

/** `tasks` in plan order (phase, then position); `plannedEnd` is the last phase's due date. */
export function projectSchedule(
  tasks: readonly ScheduledTask[],
  plannedEnd: string,
  calendar: WorkCalendar,
): Projection {
  const dueDates = new Map<string, string>();
  let slip = 0;
  let latest = plannedEnd;
  for (const task of tasks) {
    if (task.doneAt) {
      dueDates.set(task.id, task.dueDate);
      continue;
    }
    let due = slip > 0 ? addWorkingDays(task.dueDate, slip, calendar) : task.dueDate;
    if (task.blockedUntil) {
      const earliest = nextWorkingDay(task.blockedUntil, calendar);
      if (earliest > due) {
        slip += workingDaysBetween(due, earliest, calendar);
        due = earliest;
      }
    }
    dueDates.set(task.id, due);
    if (due > latest) latest = due;
  }
  const shiftedEnd = slip > 0 ? addWorkingDays(plannedEnd, slip, calendar) : plannedEnd;
  if (shiftedEnd > latest) latest = shiftedEnd;
  return { dueDates, endDate: latest };
}

/** Working days the projected go-live lies after the target (0 when on or before it, or no target). */
export function goLiveSlip(projected: string, target: string | null, calendar: WorkCalendar): number {
  return target ? workingDaysBetween(target, projected, calendar) : 0;
}
