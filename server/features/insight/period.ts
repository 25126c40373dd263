/** The period and customer filter every dashboard starts from, settled from the query (defaults filled in). */
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import { localDateOf } from '@shared/domain/clock';
import { addDays } from '@shared/domain/visits';
import type { InsightFilters } from '@shared/schemas/insight';
import { type CustomerAttributeFilter, customerIdsMatching } from '../customers/service';
import { startOfDay, startOfNextDay } from '../requirements/service';
import { peopleInDepartment } from '../users/service';

/** Without a period the dashboards cover the last 30 local days, today included. */
export const defaultPeriodDays = 30;
/** A longer period would read years of visits per request; a year answers every planning question asked so far. */
export const maxPeriodDays = 366;

export interface Settled {
  period: { from: string; to: string };
  today: string;
  now: string;
  /** The period as instants: the first of `from`, and the first after `to`. */
  since: string;
  before: string;
}

export function settlePeriod(filters: InsightFilters, now: Date): Settled {
  const today = localDateOf(now);
  const to = filters.to ?? (filters.from && filters.from > today ? filters.from : today);
  const from = filters.from ?? addDays(to, 1 - defaultPeriodDays);
  if (from > to) throw new AppError('VALIDATION_FAILED', { to: 'validation.periodOrder' });
  if (addDays(from, maxPeriodDays) <= to)
    throw new AppError('VALIDATION_FAILED', { from: 'validation.periodTooLong' });
  return {
    period: { from, to },
    today,
    now: now.toISOString(),
    since: startOfDay(from),
    before: startOfNextDay(to),
  };
}

/** The customer attributes of the filters; with `byOwner`, the owner and team name the customer's owner. */
export function customerAttributes(
  tdb: TenantDb,
  filters: InsightFilters,
  { byOwner }: { byOwner: boolean },
): CustomerAttributeFilter {
  return {
    segment: filters.segment,
    tier: filters.tier,
    industry: filters.industry,
    flags: filters.flags,
    ...(byOwner
      ? {
          ownerId: filters.ownerId,
          owners: filters.department ? peopleInDepartment(tdb, filters.department) : undefined,
        }
      : {}),
  };
}

/** The subquery of matching customers' ids, or null when the filters name no customer attribute (all count). */
export function matchingCustomers(tdb: TenantDb, filter: CustomerAttributeFilter) {
  const narrows = Object.values(filter).some((value) =>
    Array.isArray(value) ? value.length > 0 : Boolean(value),
  );
  return narrows ? customerIdsMatching(tdb, filter) : null;
}

/** A share rounded to three places; null when there is nothing to divide by. */
export const shareOf = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;

/** A figure rounded to one place; null stays null. */
export const oneDecimal = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(value * 10) / 10;
