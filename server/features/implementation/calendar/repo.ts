/** SQL for the tenant's calendar days. */
import type { TenantDb } from '@server/core/db';

export function findCalendarDays(tdb: TenantDb) {
  return tdb.selectFrom('impl_calendar_days').selectAll().orderBy('date').execute();
}

export async function replaceCalendarDays(
  tdb: TenantDb,
  days: readonly { date: string; kind: string; name: string }[],
): Promise<void> {
  await tdb.deleteFrom('impl_calendar_days').execute();
  if (days.length > 0) await tdb.insertInto('impl_calendar_days', [...days]).execute();
}
