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

/** A score or demand as people read it: one decimal at most (16.3, not 16.333333). */
export function formatScore(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

export function formatCoordinate(value: number): string {
  return value.toFixed(5);
}
