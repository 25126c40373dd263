/** Every feature's periodic sweeps, in one list for the job runner started by main.ts. */
import type { PeriodicJob } from './core/jobs/types';
import { implementationJobs } from './features/implementation/jobs';
import { requirementJobs } from './features/requirements/jobs';
import { visitJobs } from './features/visits/jobs';

export const periodicJobs: PeriodicJob[] = [...visitJobs, ...requirementJobs, ...implementationJobs];
