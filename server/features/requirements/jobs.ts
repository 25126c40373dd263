/** The requirements feature's periodic sweeps: overdue promises to customers, announced from 08:00 Shanghai time. */
import { TenantDb } from '@server/core/db';
import { findTenantsWithCommitmentsDueBefore } from '@server/core/db/unscoped';
import type { PeriodicJob } from '@server/core/jobs/types';
import { localDateOf, localHourOf } from '@shared/domain/clock';
import { announceOverdueCommitments } from './commitments';

export const overdueCommitmentsJob: PeriodicJob = {
  name: 'requirements.overdue-commitments',
  everyMs: 15 * 60_000,
  async run({ db, now, log, publicUrl }) {
    if (localHourOf(now) < 8) return;
    for (const tenantId of await findTenantsWithCommitmentsDueBefore(db, localDateOf(now))) {
      const sent = await announceOverdueCommitments(new TenantDb(db, tenantId), now, publicUrl);
      if (sent > 0) log.info({ tenantId, sent }, 'overdue commitments announced');
    }
  },
};

export const requirementJobs: PeriodicJob[] = [overdueCommitmentsJob];
