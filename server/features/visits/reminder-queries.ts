/** SQL the reminder sweeps and the pre-visit brief read: open follow-ups, planned visits, a customer's history. */
import { type SqlBool, sql, type TenantDb } from '@server/core/db';

/** The visit's follow-up has not been answered yet at `now`: nobody has been back to the customer since. */
export function isUnanswered(now: string) {
  // Correlated on the outer row's tenant, which the outer query (through TenantDb) already fixed.
  return sql<SqlBool>`not exists (select 1 from visits later
    where later.tenant_id = visits.tenant_id and later.customer_id = visits.customer_id
      and later.visited_at > visits.visited_at and later.visited_at <= ${now})`;
}

/**
 * Follow-ups with a date up to `until` that no later visit to the same customer has answered yet (a follow-up
 * is done once someone went back), oldest first.
 */
export function findOpenFollowUps(
  tdb: TenantDb,
  filter: { ownerId: string | null; until: string; on?: string; now: string; limit: number },
) {
  let select = tdb
    .selectFrom('visits')
    .selectAll()
    .where('visits.follow_up_at', 'is not', null)
    .where('visits.follow_up_at', '<=', filter.until);
  if (filter.on) select = select.where('visits.follow_up_at', '=', filter.on);
  if (filter.ownerId) select = select.where('visits.owner_id', '=', filter.ownerId);
  return select
    .where(isUnanswered(filter.now))
    .orderBy('visits.follow_up_at')
    .orderBy('visits.id')
    .limit(filter.limit)
    .execute();
}

/** Planned visits on a local day that have not happened yet at `now`: the morning brief's list. */
export function findPlannedVisitsOn(tdb: TenantDb, day: string, now: string) {
  return tdb
    .selectFrom('visits')
    .selectAll()
    .where('visited_on', '=', day)
    .where('visited_at', '>', now)
    .orderBy('visited_at')
    .execute();
}

/** The last visits' next steps for a customer, newest first: the pre-visit brief's history. */
export function findLastVisitsOf(tdb: TenantDb, customerId: string, before: string, limit: number) {
  return tdb
    .selectFrom('visits')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('visited_at', '<', before)
    .orderBy('visited_at', 'desc')
    .limit(limit)
    .execute();
}
