/** The implementation feature's periodic sweeps. */
import type { PeriodicJob } from '@server/core/jobs/types';

export const implementationJobs: PeriodicJob[] = [];
