/** The requirements feature's periodic sweeps: overdue promises to customers, announced from 08:00 Shanghai time. */
import { TenantDb } from '@server/core/db';
import type { PeriodicJob } from '@server/core/jobs/types';
import { announceOverdueCommitments, shanghaiDate } from './commitments';

const shanghaiHour = (now: Date) => (now.getUTCHours() + 8) % 24;

/** Links in sweep messages use the configured public URL (the job context carries only the database). */
const publicUrl = () =>
  (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');

export const overdueCommitmentsJob: PeriodicJob = {
  name: 'requirements.overdue-commitments',
  everyMs: 15 * 60_000,
  async run({ db, now, log }) {
    if (shanghaiHour(now) < 8) return;
    const tenants = await db
      .selectFrom('requirement_commitments')
      .select('tenant_id')
      .distinct()
      .where('fulfilled_at', 'is', null)
      .where('due_date', '<', shanghaiDate(now))
      .execute();
    for (const { tenant_id } of tenants) {
      const sent = await announceOverdueCommitments(new TenantDb(db, tenant_id), now, publicUrl());
      if (sent > 0) log.info({ tenantId: tenant_id, sent }, 'overdue commitments announced');
    }
  },
};

export const requirementJobs: PeriodicJob[] = [overdueCommitmentsJob];
