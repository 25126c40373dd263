/** The requirements feature's periodic sweeps: overdue promises to customers, announced from 08:00 Shanghai time. */
import { TenantDb } from '@server/core/db';
import type { PeriodicJob } from '@server/core/jobs/types';
import { localDateOf, localHourOf } from '@shared/domain/clock';
import { announceOverdueCommitments } from './commitments';

export const overdueCommitmentsJob: PeriodicJob = {
  name: 'requirements.overdue-commitments',
  everyMs: 15 * 60_000,
  async run({ db, now, log, publicUrl }) {
    if (localHourOf(now) < 8) return;
    const tenants = await db
      .selectFrom('requirement_commitments')
      .select('tenant_id')
      .distinct()
      .where('fulfilled_at', 'is', null)
      .where('due_date', '<', localDateOf(now))
      .execute();
    for (const { tenant_id } of tenants) {
      const sent = await announceOverdueCommitments(new TenantDb(db, tenant_id), now, publicUrl);
      if (sent > 0) log.info({ tenantId: tenant_id, sent }, 'overdue commitments announced');
    }
  },
};

export const requirementJobs: PeriodicJob[] = [overdueCommitmentsJob];
