/** Working-day arithmetic: weekends and the tenant's holidays are skipped, make-up workdays (调休) count. */
import type { CalendarDayKind } from './vocab';

/** Dates (YYYY-MM-DD) the tenant marked: a holiday on a weekday, or a worked weekend day. */
export type WorkCalendar = ReadonlyMap<string, CalendarDayKind>;

export const emptyCalendar: WorkCalendar = new Map();

const dayMs = 86_400_000;

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addCalendarDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * dayMs);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / dayMs);
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  const marked = calendar.get(date);
  if (marked) return marked === 'workday';
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date itself when it is a working day, else the next one. */
export function nextWorkingDay(date: string, calendar: WorkCalendar): string {
  let day = date;
  for (let guard = 0; !isWorkingDay(day, calendar) && guard < 366; guard++) day = addCalendarDays(day, 1);
  return day;
}

/** The working day `count` working days after `date` (count 0 = `date` moved onto a working day). */
export function addWorkingDays(date: string, count: number, calendar: WorkCalendar): string {
  let day = nextWorkingDay(date, calendar);
  for (let left = count; left > 0; left--) day = nextWorkingDay(addCalendarDays(day, 1), calendar);
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count++;
  }
  return count;
}

export interface PlannedPhase {
  startDate: string;
  dueDate: string;
}

/** Back-to-back phases from the start date: each lasts its duration in working days and ends on its due date. */
export function planPhases(
  startDate: string,
  durations: readonly number[],
  calendar: WorkCalendar,
): PlannedPhase[] {
  const plan: PlannedPhase[] = [];
  let start = nextWorkingDay(startDate, calendar);
  for (const duration of durations) {
    const dueDate = addWorkingDays(start, Math.max(1, duration) - 1, calendar);
    plan.push({ startDate: start, dueDate });
    start = addWorkingDays(dueDate, 1, calendar);
  }
  return plan;
}
