/**
 * A periodic sweep: finds what is due (a follow-up this morning, a task overdue, a promise broken) and writes outbox
 * rows for it. Sweeps must be idempotent (outbox dedupe keys name the occasion), so two instances running the same
 * sweep, or one sweep running twice, never send a second message.
 */
import type { RootDb } from '../db';
import type { Logger } from '../log';

export interface JobContext {
  db: RootDb;
  now: Date;
  log: Logger;
  /** Where links in messages point (config PUBLIC_URL). */
  publicUrl: string;
}

export interface PeriodicJob {
  name: string;
  everyMs: number;
  run(context: JobContext): Promise<void>;
}
