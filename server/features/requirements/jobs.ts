/** The requirements feature's periodic sweeps. */
import type { PeriodicJob } from '@server/core/jobs/types';

export const requirementJobs: PeriodicJob[] = [];
