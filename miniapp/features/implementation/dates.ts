/** Calendar dates (YYYY-MM-DD, the tenant's day) read and written the way the reader's language writes them. */
import { currentLocale } from '@miniapp/lib/i18n';
import { localDateOf } from '@shared/domain/clock';

/** Today in the tenant's time zone, as YYYY-MM-DD. */
export function todayDate(now: Date = new Date()): string {
  return localDateOf(now);
}

/** Midnight UTC of a calendar date: arithmetic on dates without time-zone surprises. */
export function dateValue(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dateValue(to) - dateValue(from)) / 86_400_000);
}

/** 3月14日 / Mar 14; the year only when it is not this year. */
export function formatDay(date: string): string {
  const sameYear = date.slice(0, 4) === todayDate().slice(0, 4);
  return new Intl.DateTimeFormat(currentLocale(), {
    timeZone: 'UTC',
    ...(sameYear ? {} : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
  }).format(new Date(dateValue(date)));
}

/** One day reads as that day, not "1月25日 – 1月25日". */
export function formatRange(from: string, to: string): string {
  return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
}

/** A Date picked in a DatePicker → YYYY-MM-DD as the picker showed it (the phone's own calendar day). */
export function dateOfPicked(picked: Date): string {
  const month = String(picked.getMonth() + 1).padStart(2, '0');
  const day = String(picked.getDate()).padStart(2, '0');
  return `${picked.getFullYear()}-${month}-${day}`;
}

export function pickedOfDate(date: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day);
}
