/** The tenant's working calendar: holidays on weekdays and worked weekend days (调休), set by admins. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import type { WorkCalendar } from '@shared/domain/implementation/calendar';
import type { CalendarDayKind } from '@shared/domain/implementation/vocab';
import type { CalendarDay, calendarInput } from '@shared/schemas/implementation';
import type { z } from 'zod';
import { canEditCalendar } from './policy';
import { findCalendarDays, replaceCalendarDays } from './repo';

export async function listCalendarDays(tdb: TenantDb): Promise<CalendarDay[]> {
  const rows = await findCalendarDays(tdb);
  return rows.map((row) => ({ date: row.date, kind: row.kind as CalendarDayKind, name: row.name }));
}

export async function loadWorkCalendar(tdb: TenantDb): Promise<WorkCalendar> {
  const days = await listCalendarDays(tdb);
  return new Map(days.map((day) => [day.date, day.kind]));
}

/** Replaces the calendar; projects already planned keep their dates (a new plan uses the new calendar). */
export async function replaceCalendar(
  tdb: TenantDb,
  actor: Actor,
  input: z.output<typeof calendarInput>,
): Promise<{ items: CalendarDay[] }> {
  authorize(canEditCalendar(actor));
  const byDate = new Map(input.items.map((day) => [day.date, day]));
  await tdb.transaction(async (tx) => {
    await replaceCalendarDays(tx, [...byDate.values()]);
    await recordAudit(tx, actor, {
      action: 'calendar.replace',
      objectType: 'calendar',
      objectId: tdb.tenantId,
      data: { days: byDate.size },
    });
  });
  return { items: await listCalendarDays(tdb) };
}
