/**
 * The visits feature's morning sweeps (from 08:00 Asia/Shanghai): the follow-up reminder on the follow-up date,
 * and the pre-visit brief on the day of a planned visit. Dedupe keys name visit and day, so reruns send nothing.
 */
import { TenantDb } from '@server/core/db';
import { findTenantsWithVisitsOn } from '@server/core/db/unscoped';
import type { JobContext, PeriodicJob } from '@server/core/jobs/types';
import type { OutgoingMessage } from '@server/platforms/types';
import { localDateOf, localHourOf } from '@shared/domain/clock';
import { type CustomerSummary, customerSummaries } from '../customers/service';
import { notifyPerson } from '../platform/service';
import { followUpMessage, preVisitBrief } from './brief';
import { findOpenFollowUps, findPlannedVisitsOn } from './reminder-queries';
import type { VisitRow } from './repo';

export const reminderHour = 8;
const everyMs = 5 * 60 * 1000;

/** Queues each due visit's message for its owner; a failure stops the sweep, the next run picks up the rest. */
async function remindOwners(
  tdb: TenantDb,
  rows: VisitRow[],
  compose: (tx: TenantDb, row: VisitRow, customer: CustomerSummary) => Promise<OutgoingMessage>,
): Promise<number> {
  const customers = new Map(
    (
      await customerSummaries(
        tdb,
        rows.map((row) => row.customer_id),
      )
    ).map((place) => [place.id, place]),
  );
  let sent = 0;
  for (const row of rows) {
    const customer = customers.get(row.customer_id);
    if (!customer) continue;
    const queued = await tdb.transaction(async (tx) =>
      notifyPerson(tx, row.owner_id, await compose(tx, row, customer)),
    );
    if (queued) sent += 1;
  }
  return sent;
}

export async function sweepFollowUps({ db, now, log, publicUrl }: JobContext): Promise<void> {
  if (localHourOf(now) < reminderHour) return;
  const today = localDateOf(now);
  for (const tenantId of await findTenantsWithVisitsOn(db, 'follow_up_at', today)) {
    const tdb = new TenantDb(db, tenantId);
    const rows = await findOpenFollowUps(tdb, {
      ownerId: null,
      until: today,
      on: today,
      now: now.toISOString(),
      limit: 10_000,
    });
    const sent = await remindOwners(tdb, rows, async (_tx, row, customer) =>
      followUpMessage(row, customer, today, publicUrl),
    );
    if (sent > 0) log.info({ tenantId, sent }, 'visit follow-up reminders queued');
  }
}

export async function sweepPreVisitBriefs({ db, now, log, publicUrl }: JobContext): Promise<void> {
  if (localHourOf(now) < reminderHour) return;
  const today = localDateOf(now);
  for (const tenantId of await findTenantsWithVisitsOn(db, 'visited_on', today)) {
    const tdb = new TenantDb(db, tenantId);
    const rows = await findPlannedVisitsOn(tdb, today, now.toISOString());
    const sent = await remindOwners(tdb, rows, (tx, row, customer) =>
      preVisitBrief(tx, row, customer, publicUrl),
    );
    if (sent > 0) log.info({ tenantId, sent }, 'pre-visit briefs queued');
  }
}

export const visitJobs: PeriodicJob[] = [
  { name: 'visits.follow-up-reminders', everyMs, run: sweepFollowUps },
  { name: 'visits.pre-visit-briefs', everyMs, run: sweepPreVisitBriefs },
];
