/** Numbers, money and dates the way the reader's language writes them (¥1,200,000; 2025年3月1日 14:30). */
import { currentLocale } from './i18n';

export function formatMoney(amount: number): string {
  return new Intl.NumberFormat(currentLocale(), {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** A day in a table cell: 12月2日 this year, 2025年3月1日 before. */
export function formatShortDate(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions =
    date.getFullYear() === now.getFullYear() ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(currentLocale(), options).format(date);
}

/** Whole days from an instant to now (0 on the same day or later). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}

/** A score or demand as people read it: one decimal at most (16.3, not 16.333333). */
export function formatScore(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

export function formatCoordinate(value: number): string {
  return value.toFixed(5);
}
