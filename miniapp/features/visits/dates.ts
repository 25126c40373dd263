/** Days the way a Chinese sales team says them (今天, 昨天, 11月23日 周一), counted in the tenant's time zone. */
import { localDateOf, localTimeOf } from '@shared/domain/clock';
import type { TFunction } from 'i18next';

const dayMs = 86_400_000;

function utcNoonOf(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(utcNoonOf(date).getTime() + days * dayMs).toISOString().slice(0, 10);
}

export type FollowUpChoice = 'tomorrow' | 'nextMonday' | 'thisFriday';

/**
 * The follow-up days a rep says most (明天, 下周一, 本周五), as dates after `today`, soonest first; 本周五 only while
 * it is still ahead this week, and a day named twice (Thursday's 明天 is Friday) offered once, by its nearer name.
 */
export function followUpChoices(today: string): { choice: FollowUpChoice; date: string }[] {
  const weekday = utcNoonOf(today).getUTCDay();
  const untilMonday = (8 - weekday) % 7 || 7;
  const candidates: { choice: FollowUpChoice; date: string }[] = [
    { choice: 'tomorrow', date: addDays(today, 1) },
    ...(weekday >= 1 && weekday <= 4
      ? [{ choice: 'thisFriday' as const, date: addDays(today, 5 - weekday) }]
      : []),
    { choice: 'nextMonday', date: addDays(today, untilMonday) },
  ];
  const seen = new Set<string>();
  return candidates
    .filter((candidate) => !seen.has(candidate.date) && seen.add(candidate.date))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** 今天 / 昨天 / 明天, else 11月23日 周一 (with the year when it is not this year). */
export function dayLabel(date: string, today: string, options: { t: TFunction; locale: string }): string {
  const { t, locale } = options;
  if (date === today) return t('ui.visits.today');
  if (date === addDays(today, -1)) return t('ui.visits.yesterday');
  if (date === addDays(today, 1)) return t('ui.visits.tomorrow');
  const noon = utcNoonOf(date);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(noon);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(noon);
  const parts = {
    year: noon.getUTCFullYear(),
    month: noon.getUTCMonth() + 1,
    monthName,
    day: noon.getUTCDate(),
    weekday,
  };
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return t(sameYear ? 'ui.visits.dayLabel' : 'ui.visits.dayLabelWithYear', parts);
}

/** 今天 14:30 / 11月23日 周一 14:30. */
export function dayAndTime(iso: string, options: { t: TFunction; locale: string; now?: Date }): string {
  const today = localDateOf(options.now ?? new Date());
  return `${dayLabel(localDateOf(iso), today, options)} ${localTimeOf(iso)}`;
}

export interface DayGroup<Item> {
  date: string;
  items: Item[];
}

/** Consecutive items (already newest first) gathered under the tenant-local day they happened on. */
export function groupByDay<Item>(items: Item[], instantOf: (item: Item) => string): DayGroup<Item>[] {
  const groups: DayGroup<Item>[] = [];
  for (const item of items) {
    const date = localDateOf(instantOf(item));
    const last = groups.at(-1);
    if (last && last.date === date) last.items.push(item);
    else groups.push({ date, items: [item] });
  }
  return groups;
}

/** Metres as a person reads them: 350 米, 1.2 公里 (en: 350 m, 1.2 km). */
export function formatDistance(meters: number, locale: string): string {
  const isChinese = locale.startsWith('zh');
  if (meters < 1000) return `${Math.round(meters)} ${isChinese ? '米' : 'm'}`;
  const km = meters < 10_000 ? (meters / 1000).toFixed(1) : String(Math.round(meters / 1000));
  return `${km} ${isChinese ? '公里' : 'km'}`;
}
